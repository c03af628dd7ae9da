package org.mingle.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.TestEvents;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccountId;
import org.mingle.testsupport.MicronautPostgres;

/** What the person asked sees of the matching engine: why to meet the sender, and whom to suggest instead. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeclineAdviceTest implements MicronautPostgres {

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
    DSLContext sql;

    private AccountId organizer;

    @BeforeAll
    void world() {
        organizer = TestAccounts.signUp(accounts, "Olga Organizer").id();
    }

    @Test
    void theReasonsForASenderAreTheEnginesSeenFromTheAddressee() {
        var event = TestEvents.published(events, organizer, 10, false);
        var ana = attendee(event, "Ana", List.of("Solar", "Batteries"));
        var ben = attendee(event, "Ben", List.of("Solar"));
        var stranger = TestPeople.create(sql, 1, "Stranger").get(0);

        var reasons = recommendations.reasons(ana, event, List.of(ben, stranger));

        assertThat(reasons).containsOnlyKeys(ben);
        assertThat(reasons.get(ben)).extracting(Reason::detail).anyMatch(detail -> detail.contains("Solar"));
        assertThat(recommendations.reasons(ana, event, List.of())).isEmpty();
    }

    @Test
    void suggestionsAreTheAddresseesBestWhomTheEngineWouldGiveTheSenderToo() {
        var event = TestEvents.published(events, organizer, 10, false);
        var addressee = attendee(event, "Ana", List.of("Rust", "Go", "Zig"));
        var sender = attendee(event, "Ben", List.of("Rust"));
        var best = attendee(event, "Cid", List.of("Rust", "Go", "Zig"));
        var matchedWithSender = attendee(event, "Dan", List.of("Rust", "Go"));
        var second = attendee(event, "Eve", List.of("Go"));
        var third = attendee(event, "Fay", List.of("Zig"));
        var fourth = attendee(event, "Gil", List.of("Java"));
        var match = meetings.request(sender, event, matchedWithSender, null);
        meetings.accept(matchedWithSender, event, match.id());

        var suggestions = recommendations.suggestionsFor(addressee, event, sender, 3);

        assertThat(suggestions).extracting(PersonToMeet::accountId)
                .as("never the sender nor whom the sender matched already; three at most")
                .containsExactlyInAnyOrder(best, second, third);
        assertThat(suggestions.get(0).accountId()).as("best first").isEqualTo(best);
        assertThat(recommendations.suggestionsFor(addressee, event, sender, 10)).extracting(PersonToMeet::accountId)
                .doesNotContain(sender, matchedWithSender).contains(fourth);
    }

    private AccountId attendee(EventId event, String name, List<String> interests) {
        var person = TestPeople.create(sql, 1, name).get(0);
        profiles.update(person, new ProfileInput(name, "", "", "", "", null, interests, List.of(), List.of(),
                List.of(), Map.of()));
        registrations.register(person, event);
        return person;
    }
}
