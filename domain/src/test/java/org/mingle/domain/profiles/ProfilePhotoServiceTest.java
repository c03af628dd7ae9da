package org.mingle.domain.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.awt.Color;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.TestEvents;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.personaldata.PersonalDataService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccountId;
import org.mingle.testsupport.MicronautPostgres;
import org.mingle.testsupport.TestImages;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProfilePhotoServiceTest implements MicronautPostgres {

    private static final byte[] PORTRAIT = TestImages.png(TestImages.stripes(300, 200, Color.ORANGE, Color.GRAY));

    @Inject
    ProfilePhotoService photos;
    @Inject
    ProfileService profiles;
    @Inject
    AccountService accounts;
    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;
    @Inject
    MeetingRequestService meetings;
    @Inject
    PersonalDataService personalData;

    private EventId event;

    @BeforeAll
    void world() {
        var organizer = TestAccounts.signUp(accounts, "Olga Organizer").id();
        event = TestEvents.published(events, organizer, 10, false);
    }

    @Test
    void thePhotoIsShownAsFarAsItsVisibilityLetsEachViewerSee() {
        var ana = TestAccounts.signUp(accounts, "Ana Photo").id();
        var ben = TestAccounts.signUp(accounts, "Ben Fellow").id();
        var cid = TestAccounts.signUp(accounts, "Cid Stranger").id();
        var dan = TestAccounts.signUp(accounts, "Dan Match").id();
        for (var person : List.of(ana, ben, dan)) {
            registrations.register(person, event);
        }
        meetings.accept(ana, event, meetings.request(dan, event, ana, "Coffee?").id());
        photos.upload(ana, PORTRAIT);

        // By default, like the other fields networking needs: fellow attendees and connections.
        assertThat(shownTo(ana, ana)).isTrue();
        assertThat(shownTo(ben, ana)).isTrue();
        assertThat(shownTo(dan, ana)).isTrue();
        assertThat(shownTo(cid, ana)).isFalse();

        showPhotoTo(ana, Visibility.CONNECTIONS);
        assertThat(shownTo(ben, ana)).isFalse();
        assertThat(shownTo(dan, ana)).isTrue();

        showPhotoTo(ana, Visibility.PRIVATE);
        assertThat(shownTo(dan, ana)).isFalse();
        assertThat(shownTo(ana, ana)).isTrue();

        showPhotoTo(ana, Visibility.PUBLIC);
        var seen = photos.photo(cid, ana, PhotoSize.SMALL).orElseThrow();
        assertThat(seen.shownToEveryone()).isTrue();
        assertThat(ImageFormat.sniff(seen.jpeg())).contains(ImageFormat.JPEG);
        assertThat(photos.photo(dan, ana, PhotoSize.LARGE).orElseThrow().jpeg()).isNotEqualTo(seen.jpeg());
    }

    @Test
    void listsLearnInOneBatchWhoseFacesTheViewerSees() {
        var eve = TestAccounts.signUp(accounts, "Eve Viewer").id();
        var fay = TestAccounts.signUp(accounts, "Fay Shown").id();
        var gil = TestAccounts.signUp(accounts, "Gil Hidden").id();
        var hal = TestAccounts.signUp(accounts, "Hal Without").id();
        for (var person : List.of(eve, fay, gil, hal)) {
            registrations.register(person, event);
        }
        var fayPhoto = photos.upload(fay, PORTRAIT);
        photos.upload(gil, PORTRAIT);
        showPhotoTo(gil, Visibility.CONNECTIONS);

        assertThat(photos.shownTo(eve, List.of(fay, gil, hal))).containsExactly(Map.entry(fay, fayPhoto));
        assertThat(photos.shownTo(eve, List.of())).isEmpty();
    }

    @Test
    void anotherUploadReplacesThePhotoAndRemovingItLeavesNone() {
        var ivy = TestAccounts.signUp(accounts, "Ivy Changing").id();
        var first = photos.upload(ivy, PORTRAIT);
        var firstBytes = photos.photo(ivy, ivy, PhotoSize.LARGE).orElseThrow().jpeg();

        var second = photos.upload(ivy, TestImages.jpeg(TestImages.stripes(500, 500, Color.BLUE)));

        assertThat(second).isAfter(first);
        assertThat(savedAt(ivy)).contains(second);
        assertThat(photos.photo(ivy, ivy, PhotoSize.LARGE).orElseThrow().jpeg()).isNotEqualTo(firstBytes);
        assertThat(photos.remove(ivy)).isTrue();
        assertThat(savedAt(ivy)).isEmpty();
        assertThat(photos.photo(ivy, ivy, PhotoSize.SMALL)).isEmpty();
        assertThat(photos.remove(ivy)).isFalse();
    }

    @Test
    void aRefusedUploadKeepsThePhotoThereWas() {
        var jon = TestAccounts.signUp(accounts, "Jon Keeping").id();
        var kept = photos.upload(jon, PORTRAIT);

        assertThatThrownBy(() -> photos.upload(jon, "not an image".getBytes()))
                .isInstanceOf(NotAnImageException.class);

        assertThat(savedAt(jon)).contains(kept);
    }

    @Test
    void theExportCarriesThePhotoAndErasureDeletesIt() {
        var kim = TestAccounts.signUp(accounts, "Kim Leaving").id();
        photos.upload(kim, PORTRAIT);
        var stored = photos.photo(kim, kim, PhotoSize.LARGE).orElseThrow();

        @SuppressWarnings("unchecked")
        var exported = (Map<String, Object>) personalData.export(kim).get("photo");
        assertThat(exported).containsEntry("mediaType", "image/jpeg").containsEntry("width", 256);
        assertThat(Base64.getDecoder().decode((String) exported.get("base64"))).isEqualTo(stored.jpeg());

        accounts.erase(kim, "127.0.0.1");

        assertThat(savedAt(kim)).isEmpty();
        assertThat(personalData.export(kim).get("photo")).isNull();
    }

    /** When the owner's photo was saved, as the owner sees it; empty without one. */
    private Optional<Instant> savedAt(AccountId owner) {
        return photos.photo(owner, owner, PhotoSize.SMALL).map(ShownPhoto::updatedAt);
    }

    private boolean shownTo(AccountId viewer, AccountId owner) {
        boolean one = photos.photo(viewer, owner, PhotoSize.LARGE).isPresent();
        boolean inList = photos.shownTo(viewer, List.of(owner)).containsKey(owner);
        assertThat(inList).as("the list says the same as the photo itself").isEqualTo(one);
        return one;
    }

    private void showPhotoTo(AccountId owner, Visibility visibility) {
        var mine = profiles.mine(owner);
        profiles.update(owner, new ProfileInput(null, mine.headline(), mine.bio(), mine.company(), mine.industry(),
                null, List.of(), List.of(), List.of(), List.of(), Map.of("photo", visibility.name())));
    }
}
