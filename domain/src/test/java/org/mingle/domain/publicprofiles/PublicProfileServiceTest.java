package org.mingle.domain.publicprofiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventInputs;
import org.mingle.domain.events.EventNotFoundException;
import org.mingle.domain.events.EventService;
import org.mingle.domain.personaldata.PersonalDataService;
import org.mingle.domain.profiles.PhotoSize;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.profiles.ProfilePhotoService;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.testsupport.MicronautPostgres;
import org.mingle.testsupport.Parallel;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicProfileServiceTest implements MicronautPostgres {

    @Inject
    PublicProfileService publicProfiles;
    @Inject
    ProfileService profiles;
    @Inject
    ProfilePhotoService photos;
    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;
    @Inject
    AccountService accounts;
    @Inject
    PersonalDataService personalData;

    private final Instant nextWeek = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.MINUTES);

    @Test
    void thePageShowsOnlyPublicFieldsAndOnlyOnceTurnedOn() throws IOException {
        var grace = TestAccounts.signUp(accounts, "Grace Hopper");
        photos.upload(grace.id(), png());
        publicProfiles.save(grace.id(), profile(Map.of("headline", "PUBLIC", "company", "CONNECTIONS")),
                new PublicSettingsInput("Grace-Hopper", null, null));

        assertThat(publicProfiles.settings(grace.id()).handle()).contains("grace-hopper");
        assertThat(publicProfiles.find("grace-hopper")).as("off by default").isEmpty();

        publicProfiles.save(grace.id(), profile(Map.of("headline", "PUBLIC", "company", "CONNECTIONS")),
                new PublicSettingsInput(null, true, null));
        var page = publicProfiles.find("Grace-Hopper").orElseThrow();

        assertThat(page.handle()).isEqualTo("grace-hopper");
        assertThat(page.profile().displayName()).isEqualTo("Grace Hopper");
        assertThat(page.profile().headline()).isEqualTo("Compiler pioneer");
        assertThat(page.profile().company()).as("CONNECTIONS only").isNull();
        assertThat(page.profile().bio()).as("ATTENDEES by default").isNull();
        assertThat(page.indexable()).as("no search engines unless allowed").isFalse();
        assertThat(page.photoUpdatedAt()).as("the photo is for attendees by default").isEmpty();
        assertThat(publicProfiles.photo("grace-hopper", PhotoSize.LARGE)).isEmpty();

        publicProfiles.save(grace.id(), profile(Map.of("headline", "PUBLIC", "photo", "PUBLIC")),
                new PublicSettingsInput(null, null, true));
        page = publicProfiles.find("grace-hopper").orElseThrow();
        assertThat(page.photoUpdatedAt()).isPresent();
        assertThat(page.indexable()).isTrue();
        assertThat(publicProfiles.photo("grace-hopper", PhotoSize.SMALL)).isPresent();

        publicProfiles.save(grace.id(), profile(Map.of()), new PublicSettingsInput(null, false, null));
        assertThat(publicProfiles.find("grace-hopper")).as("turned off: gone at once").isEmpty();
        assertThat(publicProfiles.photo("grace-hopper", PhotoSize.LARGE)).isEmpty();
    }

    @Test
    void unknownMalformedAndPrivateHandlesAnswerAlike() {
        var quiet = TestAccounts.signUp(accounts, "Quiet Quinn");
        publicProfiles.save(quiet.id(), profile(Map.of()), new PublicSettingsInput("quiet-quinn", false, null));

        assertThat(publicProfiles.find("quiet-quinn")).isEmpty();
        assertThat(publicProfiles.find("nobody-here")).isEmpty();
        assertThat(publicProfiles.find("../etc")).isEmpty();
        assertThat(publicProfiles.find("admin")).isEmpty();
    }

    @Test
    void aTakenHandleSavesNothingAndEveryFieldIsCheckedAtOnce() {
        var first = TestAccounts.signUp(accounts, "First Fiona");
        var second = TestAccounts.signUp(accounts, "Second Sam");
        publicProfiles.save(first.id(), profile(Map.of()), new PublicSettingsInput("fiona", true, null));

        assertThatThrownBy(() -> publicProfiles.save(second.id(), profile(Map.of()),
                new PublicSettingsInput("FIONA", true, null)))
                .isInstanceOf(HandleTakenException.class).hasMessage("The handle fiona is taken; choose another.");
        assertThat(profiles.mine(second.id()).headline()).as("the profile was not saved either").isEmpty();

        var bad = new ProfileInput(null, "x".repeat(200), null, null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> publicProfiles.save(second.id(), bad, new PublicSettingsInput("-", true, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.errors())
                        .extracting(FieldError::field).containsExactly("headline", "handle"));
    }

    @Test
    void twoPeopleClaimingOneHandleAtOnceGetItOnce() throws InterruptedException {
        var ann = TestAccounts.signUp(accounts, "Ann Parallel");
        var bob = TestAccounts.signUp(accounts, "Bob Parallel");
        List<Callable<Object>> same = List.of(
                () -> publicProfiles.save(ann.id(), profile(Map.of()), new PublicSettingsInput("racer", true, null)),
                () -> publicProfiles.save(bob.id(), profile(Map.of()), new PublicSettingsInput("racer", true, null)));

        var outcomes = Parallel.run(same);

        assertThat(outcomes).filteredOn(OwnProfile.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(HandleTakenException.class::isInstance).hasSize(1);
        assertThat(publicProfiles.find("racer")).isPresent();

        // Negative control: different handles at the same moment both get through.
        List<Callable<Object>> different = List.of(
                () -> publicProfiles.save(ann.id(), profile(Map.of()), new PublicSettingsInput("ann-p", true, null)),
                () -> publicProfiles.save(bob.id(), profile(Map.of()), new PublicSettingsInput("bob-p", true, null)));
        assertThat(Parallel.run(different)).allMatch(OwnProfile.class::isInstance);
    }

    @Test
    void onlyAttendedEventsGoOnTheRecordAndOnlyPublicOnesShow() {
        var owner = TestAccounts.signUp(accounts, "Olga Organizer");
        var attendee = TestAccounts.signUp(accounts, "Alex Attendee");
        publicProfiles.save(attendee.id(), profile(Map.of()), new PublicSettingsInput("alex-a", true, null));
        publicProfiles.save(owner.id(), profile(Map.of()), new PublicSettingsInput("olga-o", true, null));
        var held = published(owner, "Held breakfast");
        var unlisted = published(owner, "Unlisted breakfast");
        var upcoming = published(owner, "Upcoming breakfast");
        var draft = events.create(owner.id(), EventInputs.valid("Draft breakfast", nextWeek)).id();
        for (EventId event : List.of(held, unlisted, upcoming)) {
            registrations.register(attendee.id(), event);
        }

        assertThat(publicProfiles.keepState(attendee.id(), held)).isEqualTo(KeepState.NOT_ATTENDED);
        assertThatThrownBy(() -> publicProfiles.keep(attendee.id(), held)).isInstanceOf(NotAttendedException.class);
        assertThatThrownBy(() -> publicProfiles.keepState(attendee.id(), draft))
                .isInstanceOf(EventNotFoundException.class);

        events.complete(owner.id(), held);
        events.complete(owner.id(), unlisted);
        assertThat(publicProfiles.keepState(attendee.id(), held)).isEqualTo(KeepState.KEEPABLE);
        publicProfiles.keep(attendee.id(), held);
        publicProfiles.keep(attendee.id(), held);
        publicProfiles.keep(attendee.id(), unlisted);
        events.changeListing(unlisted, false);

        assertThat(publicProfiles.keepState(attendee.id(), held)).isEqualTo(KeepState.KEPT);
        var record = publicProfiles.find("alex-a").orElseThrow().record();
        assertThat(record.attended()).extracting(RecordEvent::title).containsExactly("Held breakfast");
        assertThat(record.attendedTotal()).isEqualTo(1);
        assertThat(record.organized()).isEmpty();
        var organized = publicProfiles.find("olga-o").orElseThrow().record();
        assertThat(organized.organized()).extracting(RecordEvent::title)
                .as("published and completed, not the unlisted one nor the draft")
                .containsExactlyInAnyOrder("Held breakfast", "Upcoming breakfast");

        assertThat(publicProfiles.drop(attendee.id(), held)).isTrue();
        assertThat(publicProfiles.find("alex-a").orElseThrow().record().attended()).isEmpty();
        assertThat(publicProfiles.keepState(attendee.id(), held)).isEqualTo(KeepState.KEEPABLE);
    }

    @Test
    void theExportHoldsThePageAndErasureRetiresTheHandle() {
        var owner = TestAccounts.signUp(accounts, "Erin Organizer");
        var leaving = TestAccounts.signUp(accounts, "Lea Leaving");
        var event = published(owner, "Farewell breakfast");
        registrations.register(leaving.id(), event);
        events.complete(owner.id(), event);
        publicProfiles.save(leaving.id(), profile(Map.of()), new PublicSettingsInput("lea-leaving", true, true));
        publicProfiles.keep(leaving.id(), event);

        @SuppressWarnings("unchecked")
        var exported = (Map<String, Object>) personalData.export(leaving.id()).get("publicProfile");
        assertThat(exported).containsEntry("handle", "lea-leaving").containsEntry("publicProfile", true)
                .containsEntry("allowSearchEngines", true);
        assertThat(exported.get("keptEvents").toString()).contains(event.toString());

        accounts.erase(leaving.id(), null);

        assertThat(publicProfiles.find("lea-leaving")).isEmpty();
        assertThat(publicProfiles.settings(leaving.id()).handle()).isEmpty();
        var next = TestAccounts.signUp(accounts, "Lea Newcomer");
        assertThatThrownBy(() -> publicProfiles.save(next.id(), profile(Map.of()),
                new PublicSettingsInput("lea-leaving", true, null)))
                .as("an old link must never lead to someone else").isInstanceOf(HandleTakenException.class);
    }

    private EventId published(Account owner, String title) {
        var id = events.create(owner.id(), EventInputs.valid(title, nextWeek)).id();
        events.publish(owner.id(), id);
        return id;
    }

    private static ProfileInput profile(Map<String, String> visibility) {
        return new ProfileInput(null, "Compiler pioneer", "Wrote the first compiler.", "Remington Rand", "Software",
                null, List.of("compilers"), null, null, null, visibility);
    }

    private static byte[] png() throws IOException {
        var image = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
        var bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }
}
