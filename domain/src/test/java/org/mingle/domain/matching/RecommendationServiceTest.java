package org.mingle.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.accounts.TestPeople;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventPatch;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.TestEvents;
import org.mingle.domain.meetings.BlockService;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.testsupport.MicronautPostgres;

/** Recommendations from live data: profiles, registrations, blocks, matches and the event's settings as stored. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecommendationServiceTest implements MicronautPostgres {

    @Inject
    RecommendationService recommendations;
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
    BlockService blocks;
    @Inject
    DSLContext sql;

    private AccountId organizer;

    @BeforeAll
    void world() {
        organizer = TestAccounts.signUp(accounts, "Olga Organizer").id();
    }

    @Test
    void theBestMatchComesFirstWithReadableReasonsAndNeverTheViewer() {
        var event = TestEvents.published(events, organizer, 10, false);
        var ana = attendee(event, "Ana", List.of("Solar", "Batteries"), List.of("INVESTMENT"), List.of(), "Energy",
                "Sunfield", Map.of());
        var ben = attendee(event, "Ben", List.of("Solar"), List.of(), List.of("INVESTMENT"), "Finance", "Capital",
                Map.of("headline", "PUBLIC"));
        var cid = attendee(event, "Cid", List.of("Batteries"), List.of(), List.of(), "Energy", "Volt",
                Map.of("company", "CONNECTIONS"));

        var forAna = recommendations.recommendations(ana, event, 10);

        assertThat(forAna).extracting(PersonToMeet::accountId).containsExactly(ben, cid);
        var first = forAna.get(0);
        assertThat(first.displayName()).isEqualTo("Ben");
        assertThat(first.headline()).isEqualTo("Ben's headline");
        assertThat(first.company()).isEqualTo("Capital");
        assertThat(first.reasons()).extracting(Reason::kind)
                .contains(Reason.Kind.SHARED_INTEREST, Reason.Kind.COMPLEMENTARY_GOAL, Reason.Kind.NEW_PERSPECTIVE);
        assertThat(first.reasons()).extracting(Reason::detail).anyMatch(detail -> detail.contains("Solar"));
        assertThat(forAna).allMatch(person -> person.score() > 0);
        assertThat(forAna.get(1).company()).as("a company shown to connections only").isNull();
    }

    @Test
    void blocksMatchesAndLeaversDisappearAtOnce() {
        var event = TestEvents.published(events, organizer, 10, false);
        var ana = attendee(event, "Ana", List.of("Rust"), List.of(), List.of(), "", "", Map.of());
        var ben = attendee(event, "Ben", List.of("Rust"), List.of(), List.of(), "", "", Map.of());
        var cid = attendee(event, "Cid", List.of("Rust"), List.of(), List.of(), "", "", Map.of());
        var dan = attendee(event, "Dan", List.of("Rust"), List.of(), List.of(), "", "", Map.of());
        assertThat(ids(ana, event)).containsExactlyInAnyOrder(ben, cid, dan);

        blocks.block(ben, ana);
        var request = meetings.request(ana, event, cid, null);
        meetings.accept(cid, event, request.id());
        registrations.cancel(dan, event);

        assertThat(ids(ana, event)).isEmpty();
        assertThat(ids(ben, event)).as("a block hides both sides").doesNotContain(ana);
    }

    @Test
    void recommendationsFollowProfileChangesAndHiddenFieldsStayOut() {
        var event = TestEvents.published(events, organizer, 10, false);
        var ana = attendee(event, "Ana", List.of("Chess"), List.of(), List.of(), "", "", Map.of());
        var ben = attendee(event, "Ben", List.of("Go"), List.of(), List.of(), "", "", Map.of("headline", "PRIVATE"));
        assertThat(recommendations.recommendations(ana, event, 5)).singleElement()
                .satisfies(person -> assertThat(person.reasons()).extracting(Reason::kind)
                        .doesNotContain(Reason.Kind.SHARED_INTEREST));

        profiles.update(ben, new ProfileInput(null, "Ben's headline", "", "", "", null, List.of("Chess"), List.of(),
                List.of(), List.of(), Map.of("interests", "ATTENDEES")));
        var updated = recommendations.recommendations(ana, event, 5).get(0);
        assertThat(updated.reasons()).extracting(Reason::kind).containsExactly(Reason.Kind.SHARED_INTEREST);
        assertThat(updated.headline()).as("a private headline is never shown").isNull();

        profiles.update(ben, new ProfileInput(null, "", "", "", "", null, List.of("Chess"), List.of(), List.of(),
                List.of(), Map.of("interests", "CONNECTIONS")));
        assertThat(recommendations.recommendations(ana, event, 5).get(0).reasons()).isEmpty();
    }

    @Test
    void colleaguesAreLeftOutOnlyWhenTheOrganizersSaySo() {
        var event = TestEvents.published(events, organizer, 10, false);
        var ana = attendee(event, "Ana", List.of("AI"), List.of(), List.of(), "", "Acme", Map.of());
        var ben = attendee(event, "Ben", List.of("AI"), List.of(), List.of(), "", "ACME", Map.of());
        assertThat(ids(ana, event)).containsExactly(ben);

        events.update(organizer, event, new EventPatch(null, null, null, null, null, null, null, null, false, null,
                null, true, null));

        assertThat(ids(ana, event)).isEmpty();
    }

    @Test
    void onlyConfirmedAttendeesGetRecommendationsAndTheLimitIsChecked() {
        var event = TestEvents.published(events, organizer, 10, false);
        var ana = attendee(event, "Ana", List.of(), List.of(), List.of(), "", "", Map.of());
        var outsider = TestPeople.create(sql, 1, "Outsider").get(0);

        assertThatThrownBy(() -> recommendations.recommendations(outsider, event, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> recommendations.recommendations(ana, event, 0))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> recommendations.recommendations(ana, event, RecommendationService.LIMIT_MAX + 1))
                .isInstanceOf(InvalidInputException.class);
    }

    private List<AccountId> ids(AccountId viewer, EventId event) {
        return recommendations.recommendations(viewer, event, 10).stream().map(PersonToMeet::accountId).toList();
    }

    private AccountId attendee(EventId event, String name, List<String> interests, List<String> seeking,
                               List<String> offering, String industry, String company,
                               Map<String, String> visibility) {
        var person = TestPeople.create(sql, 1, name).get(0);
        profiles.update(person, new ProfileInput(name, name + "'s headline", "", company, industry,
                name.equals("Ben") ? "JUNIOR" : "SENIOR", interests, seeking, offering, List.of(), visibility));
        registrations.register(person, event);
        return person;
    }
}
