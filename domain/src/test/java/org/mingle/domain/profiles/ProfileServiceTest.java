package org.mingle.domain.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.TestEvents;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccountId;
import org.mingle.testsupport.MicronautPostgres;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProfileServiceTest implements MicronautPostgres {

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

    private AccountId organizer;
    private EventId event;

    @BeforeAll
    void world() {
        organizer = TestAccounts.signUp(accounts, "Olga Organizer").id();
        event = TestEvents.published(events, organizer, 10, false);
    }

    @Test
    void aSavedProfileComesBackWholeAndRenamesTheAccount() {
        var ana = TestAccounts.signUp(accounts, "Ana Lima").id();

        profiles.update(ana, new ProfileInput("Ana Sofia Lima", "Climate founder", "Ten years in solar.", "Sunfield",
                "Energy", "LEAD", List.of("Solar", "Batteries"), List.of("INVESTMENT"), List.of("JOB", "ADVICE"),
                List.of("https://sunfield.example"), Map.of("bio", "PRIVATE")));

        var mine = profiles.mine(ana);
        assertThat(mine.displayName()).isEqualTo("Ana Sofia Lima");
        assertThat(accounts.get(ana).displayName()).isEqualTo("Ana Sofia Lima");
        assertThat(mine.interests()).extracting(Interest::display).containsExactly("Solar", "Batteries");
        assertThat(mine.seeking()).containsExactly(Goal.INVESTMENT);
        assertThat(mine.offering()).containsExactly(Goal.JOB, Goal.ADVICE);
        assertThat(mine.seniority()).isEqualTo(Seniority.LEAD);
        assertThat(mine.links()).containsExactly("https://sunfield.example");
        assertThat(mine.visibilityOf(ProfileField.BIO)).isEqualTo(Visibility.PRIVATE);
        assertThat(mine.updatedAt()).isNotNull();
    }

    @Test
    void someoneWhoNeverSavedAProfileHasAnEmptyOneWithDefaultVisibility() {
        var ben = TestAccounts.signUp(accounts, "Ben Empty").id();

        var profile = profiles.mine(ben);

        assertThat(profile.displayName()).isEqualTo("Ben Empty");
        assertThat(profile.interests()).isEmpty();
        assertThat(profile.updatedAt()).isNull();
        assertThat(profile.visibilityOf(ProfileField.LINKS)).isEqualTo(Visibility.CONNECTIONS);
    }

    @Test
    void eachViewerSeesWhatTheirRelationshipAllows() {
        var ana = TestAccounts.signUp(accounts, "Ana Shown").id();
        var ben = TestAccounts.signUp(accounts, "Ben Fellow").id();
        var cid = TestAccounts.signUp(accounts, "Cid Stranger").id();
        var dora = TestAccounts.signUp(accounts, "Dora Door").id();
        profiles.update(ana, new ProfileInput(null, "Founder", "Private bio", "Sunfield", "Energy", null,
                List.of("Solar"), List.of(), List.of(), List.of("https://ana.example"),
                Map.of("headline", "PUBLIC", "bio", "PRIVATE", "company", "ATTENDEES", "links", "CONNECTIONS")));
        registrations.register(ana, event);
        registrations.register(ben, event);
        events.addToTeam(organizer, event, accounts.get(dora).email().value(), EventRole.CHECKIN_STAFF, "127.0.0.1");

        var stranger = profiles.view(cid, ana);
        assertThat(stranger.relationship()).isEqualTo(Relationship.NONE);
        assertThat(stranger.headline()).isEqualTo("Founder");
        assertThat(stranger.company()).isNull();
        assertThat(stranger.interests()).isNull();

        var fellow = profiles.view(ben, ana);
        assertThat(fellow.relationship()).isEqualTo(Relationship.FELLOW_ATTENDEE);
        assertThat(fellow.company()).isEqualTo("Sunfield");
        assertThat(fellow.links()).isNull();
        assertThat(profiles.view(dora, ana).relationship()).as("the event's team counts as taking part")
                .isEqualTo(Relationship.FELLOW_ATTENDEE);

        var request = meetings.request(ben, event, ana, "Coffee?");
        meetings.accept(ana, event, request.id());
        var connection = profiles.view(ben, ana);
        assertThat(connection.relationship()).isEqualTo(Relationship.CONNECTION);
        assertThat(connection.links()).containsExactly("https://ana.example");
        assertThat(connection.bio()).isNull();

        assertThat(profiles.view(ana, ana).bio()).isEqualTo("Private bio");
    }

    @Test
    void cancellingTheOnlySharedRegistrationEndsTheFellowship() {
        var eli = TestAccounts.signUp(accounts, "Eli Leaving").id();
        var fay = TestAccounts.signUp(accounts, "Fay Staying").id();
        registrations.register(eli, event);
        registrations.register(fay, event);
        assertThat(profiles.relationship(fay, eli)).isEqualTo(Relationship.FELLOW_ATTENDEE);

        registrations.cancel(eli, event);

        assertThat(profiles.relationship(fay, eli)).isEqualTo(Relationship.NONE);
    }

    @Test
    void unknownAndErasedPeopleAreNotFound() {
        var gus = TestAccounts.signUp(accounts, "Gus Gone").id();
        var viewer = TestAccounts.signUp(accounts, "Viewer").id();
        accounts.erase(gus, "127.0.0.1");

        assertThatThrownBy(() -> profiles.view(viewer, gus)).isInstanceOf(ProfileNotFoundException.class);
        assertThatThrownBy(() -> profiles.view(viewer, new AccountId(UUID.randomUUID())))
                .isInstanceOf(ProfileNotFoundException.class);
    }

    @Test
    void suggestionsPreferTagsInUseAndNeverRevealHiddenOnes() {
        String tag = "zq" + UUID.randomUUID().toString().substring(0, 6);
        saveInterests("Popular " + tag, List.of("Popular " + tag.toUpperCase()), "ATTENDEES");
        saveInterests("Popular " + tag, List.of("popular " + tag), "PUBLIC");
        saveInterests("Popular " + tag, List.of("Popular " + tag), "ATTENDEES");
        saveInterests("Rare", List.of("Rare " + tag), "ATTENDEES");
        saveInterests("Hidden", List.of("Secret " + tag), "PRIVATE");
        saveInterests("Hidden", List.of("Covert " + tag), "CONNECTIONS");

        var suggestions = profiles.suggestInterests(tag, 10);

        assertThat(suggestions).hasSize(2);
        assertThat(suggestions.get(0)).isEqualToIgnoringCase("popular " + tag);
        assertThat(suggestions.get(1)).isEqualTo("Rare " + tag);
        assertThat(profiles.suggestInterests("pop", 20)).doesNotContain("Secret " + tag);
    }

    private void saveInterests(String name, List<String> interests, String visibility) {
        var person = TestAccounts.signUp(accounts, name).id();
        profiles.update(person, new ProfileInput(null, "", "", "", "", null, interests, List.of(), List.of(),
                List.of(), Map.of("interests", visibility)));
    }
}
