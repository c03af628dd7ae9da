package org.mingle.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mingle.db.jooq.Tables.RECOMMENDATION_DISMISSALS;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.mingle.domain.personaldata.PersonalDataService;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.NotFoundException;
import org.mingle.domain.shared.RuleViolationException;
import org.mingle.testsupport.MicronautPostgres;

/** "Not for me" from live data: who disappears, what the reasons teach, the undo, the rules, export and erasure. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DismissalServiceTest implements MicronautPostgres {

    @Inject
    DismissalService dismissals;
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
    PersonalDataService personalData;
    @Inject
    DSLContext sql;

    private AccountId organizer;

    @BeforeAll
    void world() {
        organizer = TestAccounts.signUp(accounts, "Olga Organizer").id();
    }

    @Test
    void aDismissedPersonNeverShowsAgainToTheViewerOnlyAndAnUndoBringsThemBack() {
        var event = TestEvents.published(events, organizer, 10, false);
        var ana = attendee(event, "Ana", List.of("Rust"), "");
        var ben = attendee(event, "Ben", List.of("Rust"), "");
        var cid = attendee(event, "Cid", List.of("Rust"), "");
        assertThat(ids(ana, event)).containsExactlyInAnyOrder(ben, cid);

        dismissals.dismiss(ana, event, ben, DismissalReason.NOT_NOW);

        assertThat(ids(ana, event)).containsExactly(cid);
        assertThat(ids(ben, event)).as("private to the viewer: the dismissed person still sees them").contains(ana);
        assertThat(ids(cid, event)).contains(ana, ben);

        assertThat(dismissals.undo(ana, event, ben)).isTrue();
        assertThat(ids(ana, event)).containsExactlyInAnyOrder(ben, cid);
        assertThat(dismissals.undo(ana, event, ben)).as("taking back twice is harmless").isFalse();
    }

    @Test
    void dismissingAgainReplacesTheReasonAndKeepsOneRow() {
        var event = TestEvents.published(events, organizer, 10, false);
        var ana = attendee(event, "Ana", List.of("Go"), "");
        var ben = attendee(event, "Ben", List.of("Go"), "");

        dismissals.dismiss(ana, event, ben, DismissalReason.NOT_NOW);
        dismissals.dismiss(ana, event, ben, DismissalReason.ALREADY_KNOW);

        assertThat(dismissals.mine(ana, event)).singleElement()
                .satisfies(dismissal -> assertThat(dismissal.reason()).isEqualTo(DismissalReason.ALREADY_KNOW));
    }

    @Test
    void parallelDismissalsOfOnePersonLeaveOneRowAndNoError() throws Exception {
        var event = TestEvents.published(events, organizer, 10, false);
        var ana = attendee(event, "Ana", List.of("Go"), "");
        var ben = attendee(event, "Ben", List.of("Go"), "");
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            var start = new CountDownLatch(1);
            List<Future<Dismissal>> done = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                var reason = DismissalReason.values()[i % DismissalReason.values().length];
                done.add(pool.submit(() -> {
                    start.await();
                    return dismissals.dismiss(ana, event, ben, reason);
                }));
            }
            start.countDown();
            for (var one : done) {
                one.get(); // throws if any transaction failed, as a plain insert on the same key would
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sql.fetchCount(RECOMMENDATION_DISMISSALS, RECOMMENDATION_DISMISSALS.VIEWER_ID.eq(ana)))
                .isEqualTo(1);
        assertThat(ids(ana, event)).isEmpty();
    }

    @Test
    void interestsTheViewerKeepsPassingOnWeighLessAndTheReasonsSaySo() {
        var event = TestEvents.published(events, organizer, 10, false);
        var ana = attendee(event, "Ana", List.of("Fintech", "Sailing"), "");
        var first = attendee(event, "Ben", List.of("Fintech"), "");
        var second = attendee(event, "Cid", List.of("Fintech"), "");
        var fintech = attendee(event, "Dan", List.of("Fintech"), "");
        var sailing = attendee(event, "Eve", List.of("Sailing", "Chess", "Go", "Tea"), "");
        assertThat(ids(ana, event).indexOf(fintech)).as("before learning: the closer match first")
                .isLessThan(ids(ana, event).indexOf(sailing));

        dismissals.dismiss(ana, event, first, DismissalReason.NOT_RELEVANT);
        assertThat(ids(ana, event)).as("one dismissal teaches nothing yet")
                .containsExactlyInAnyOrder(second, fintech, sailing).endsWith(sailing);

        dismissals.dismiss(ana, event, second, DismissalReason.NOT_RELEVANT);
        var after = recommendations.recommendations(ana, event, 10);
        assertThat(after).extracting(PersonToMeet::accountId).containsExactly(sailing, fintech);
        assertThat(after.get(1).reasons()).extracting(Reason::kind).contains(Reason.Kind.LEARNED);
        assertThat(after.get(1).reasons()).extracting(Reason::detail)
                .contains("Less weight on Fintech: you passed on 2 people for it");
        assertThat(after.get(0).reasons()).extracting(Reason::kind).doesNotContain(Reason.Kind.LEARNED);

        dismissals.undo(ana, event, second);
        assertThat(ids(ana, event)).as("an undo forgets what it taught")
                .containsExactlyInAnyOrder(second, fintech, sailing).endsWith(sailing);
    }

    @Test
    void peopleAtTheCompanyOfSomeoneTheViewerKnowsRankLower() {
        var event = TestEvents.published(events, organizer, 10, false);
        var ana = attendee(event, "Ana", List.of("Energy", "Hiking"), "Sunfield");
        var known = attendee(event, "Ben", List.of("Energy"), "Acme");
        var colleague = attendee(event, "Cid", List.of("Energy"), "ACME");
        var other = attendee(event, "Dan", List.of("Hiking", "Chess"), "Volt");
        assertThat(ids(ana, event).indexOf(colleague)).isLessThan(ids(ana, event).indexOf(other));

        dismissals.dismiss(ana, event, known, DismissalReason.ALREADY_KNOW);

        var after = recommendations.recommendations(ana, event, 10);
        assertThat(after).extracting(PersonToMeet::accountId).containsExactly(other, colleague);
        assertThat(after.get(1).reasons()).extracting(Reason::detail)
                .contains("Ranked lower: you already know someone at Acme");
    }

    @Test
    void theRulesRefuseWhatMakesNoSense() {
        var event = TestEvents.published(events, organizer, 10, false);
        var ana = attendee(event, "Ana", List.of(), "");
        var ben = attendee(event, "Ben", List.of(), "");
        var outsider = TestPeople.create(sql, 1, "Outsider").get(0);

        assertThatThrownBy(() -> dismissals.dismiss(ana, event, ben, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> dismissals.dismiss(ana, event, ana, DismissalReason.NOT_NOW))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> dismissals.dismiss(ana, event, outsider, DismissalReason.NOT_NOW))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> dismissals.dismiss(outsider, event, ana, DismissalReason.NOT_NOW))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dismissals.undo(outsider, event, ana)).isInstanceOf(AccessDeniedException.class);
        assertThat(dismissals.mine(ana, event)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theExportListsWhatThePersonDismissedAndErasureRemovesItBothWays() {
        var event = TestEvents.published(events, organizer, 10, false);
        var ana = attendee(event, "Ana", List.of(), "");
        var ben = attendee(event, "Ben", List.of(), "");
        var cid = attendee(event, "Cid", List.of(), "");
        dismissals.dismiss(ana, event, ben, DismissalReason.NOT_RELEVANT);
        dismissals.dismiss(cid, event, ana, DismissalReason.NOT_NOW);

        var export = (List<Map<String, Object>>) personalData.export(ana).get("recommendationDismissals");
        assertThat(export).singleElement().satisfies(item -> {
            assertThat(item).containsEntry("eventId", event.toString())
                    .containsEntry("dismissedAccountId", ben.toString()).containsEntry("reason", "NOT_RELEVANT")
                    .containsKey("at");
        });

        accounts.erase(ana, "127.0.0.1");

        assertThat(sql.fetchCount(RECOMMENDATION_DISMISSALS, RECOMMENDATION_DISMISSALS.VIEWER_ID.eq(ana)
                .or(RECOMMENDATION_DISMISSALS.DISMISSED_ID.eq(ana)))).isZero();
        assertThat(dismissals.mine(cid, event)).isEmpty();
    }

    private List<AccountId> ids(AccountId viewer, EventId event) {
        return recommendations.recommendations(viewer, event, 10).stream().map(PersonToMeet::accountId).toList();
    }

    private AccountId attendee(EventId event, String name, List<String> interests, String company) {
        var person = TestPeople.create(sql, 1, name).get(0);
        profiles.update(person, new ProfileInput(name, "", "", company, "", null, interests, List.of(), List.of(),
                List.of(), Map.of()));
        registrations.register(person, event);
        return person;
    }
}
