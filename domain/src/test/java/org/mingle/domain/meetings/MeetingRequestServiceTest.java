package org.mingle.domain.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mingle.db.jooq.Tables.MEETING_REQUESTS;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
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
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.TestEvents;
import org.mingle.domain.profiles.Relationship;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.ConflictException;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.RuleViolationException;
import org.mingle.testsupport.MicronautPostgres;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingRequestServiceTest implements MicronautPostgres {

    @Inject
    MeetingRequestService meetings;
    @Inject
    BlockService blocks;
    @Inject
    AccountService accounts;
    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;
    @Inject
    DSLContext sql;

    private AccountId organizer;

    @BeforeAll
    void world() {
        organizer = TestAccounts.signUp(accounts, "Olga Organizer").id();
    }

    @Test
    void aRequestIsPendingUntilTheAddresseeAcceptsAndThenBothSeeTheMatch() {
        var event = event(10);
        var people = attendees(event, 2);
        var ana = people.get(0);
        var ben = people.get(1);

        var request = meetings.request(ana, event, ben, "  Coffee at the break?  ");
        assertThat(request.status()).isEqualTo(MeetingRequestStatus.PENDING);
        assertThat(request.message()).isEqualTo("Coffee at the break?");
        var inbox = meetings.requests(ben, event);
        assertThat(inbox).singleElement().satisfies(view -> {
            assertThat(view.incoming()).isTrue();
            assertThat(view.other().accountId()).isEqualTo(ana);
        });

        var accepted = meetings.accept(ben, event, request.id());

        assertThat(accepted.status()).isEqualTo(MeetingRequestStatus.ACCEPTED);
        assertThat(accepted.respondedAt()).isNotNull();
        assertThat(meetings.matches(ana, event)).singleElement().satisfies(view -> {
            assertThat(view.other().accountId()).isEqualTo(ben);
            assertThat(view.other().relationship()).isEqualTo(Relationship.CONNECTION);
        });
        assertThat(meetings.matches(ben, event)).extracting(view -> view.other().accountId()).containsExactly(ana);
    }

    @Test
    void onlyPendingRequestsToThePersonWaitForTheirAnswer() {
        var event = event(10);
        var people = attendees(event, 4);
        var ben = people.get(1);
        meetings.request(people.get(0), event, ben, null);
        var answered = meetings.request(people.get(2), event, ben, null);
        meetings.request(ben, event, people.get(3), null);
        assertThat(meetings.waitingForAnswer(ben, event)).isEqualTo(2);

        meetings.accept(ben, event, answered.id());

        assertThat(meetings.waitingForAnswer(ben, event)).isEqualTo(1);
        assertThat(meetings.waitingForAnswer(people.get(3), event)).as("the one asked by Ben").isEqualTo(1);
        assertThat(meetings.waitingForAnswer(people.get(0), event)).as("only sent one").isZero();
    }

    @Test
    void onlyTheRightPersonMayAnswerAndOnlyOnce() {
        var event = event(10);
        var people = attendees(event, 3);
        var request = meetings.request(people.get(0), event, people.get(1), null);

        assertThatThrownBy(() -> meetings.accept(people.get(0), event, request.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.cancel(people.get(1), event, request.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.accept(people.get(2), event, request.id()))
                .isInstanceOf(MeetingRequestNotFoundException.class);
        assertThatThrownBy(() -> meetings.find(people.get(2), event, request.id()))
                .isInstanceOf(MeetingRequestNotFoundException.class);

        assertThat(meetings.decline(people.get(1), event, request.id()).status())
                .isEqualTo(MeetingRequestStatus.DECLINED);
        assertThatThrownBy(() -> meetings.accept(people.get(1), event, request.id()))
                .isInstanceOf(ConflictException.class).hasMessage("This request was already declined.");
    }

    @Test
    void theSenderMayCancelAndAskAgainLater() {
        var event = event(10);
        var people = attendees(event, 2);
        var first = meetings.request(people.get(0), event, people.get(1), null);
        assertThatThrownBy(() -> meetings.request(people.get(0), event, people.get(1), null))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> meetings.request(people.get(1), event, people.get(0), null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already asked you");

        assertThat(meetings.cancel(people.get(0), event, first.id()).status())
                .isEqualTo(MeetingRequestStatus.CANCELLED);

        assertThat(meetings.request(people.get(0), event, people.get(1), null).status())
                .isEqualTo(MeetingRequestStatus.PENDING);
    }

    @Test
    void onlyConfirmedAttendeesTakePart() {
        var event = event(10);
        var people = attendees(event, 1);
        var outsider = TestPeople.create(sql, 1, "Outsider").get(0);

        assertThatThrownBy(() -> meetings.request(outsider, event, people.get(0), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.request(people.get(0), event, outsider, null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("not a confirmed attendee");
        assertThatThrownBy(() -> meetings.request(people.get(0), event, new AccountId(UUID.randomUUID()), null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("not a confirmed attendee");
        assertThatThrownBy(() -> meetings.request(people.get(0), event, people.get(0), null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("yourself");
        assertThatThrownBy(() -> meetings.request(people.get(0), event, outsider, "x".repeat(501)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("message");
    }

    @Test
    void anAttendeeWhoLeftCannotBeMatched() {
        var event = event(10);
        var people = attendees(event, 2);
        var request = meetings.request(people.get(0), event, people.get(1), null);
        registrations.cancel(people.get(0), event);

        assertThatThrownBy(() -> meetings.accept(people.get(1), event, request.id()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("no longer");
    }

    @Test
    void theOrganizersLimitOnUnansweredRequestsHolds() {
        var event = event(2);
        var people = attendees(event, 4);
        var sender = people.get(0);
        var first = meetings.request(sender, event, people.get(1), null);
        meetings.request(sender, event, people.get(2), null);

        assertThatThrownBy(() -> meetings.request(sender, event, people.get(3), null))
                .isInstanceOf(RuleViolationException.class).hasMessageStartingWith("You have 2 unanswered requests");

        meetings.accept(people.get(1), event, first.id());
        assertThat(meetings.request(sender, event, people.get(3), null).status())
                .as("an answered request no longer counts").isEqualTo(MeetingRequestStatus.PENDING);
    }

    @Test
    void aSenderOverTheAllowanceLearnsWhenAPlaceFreesUpAndAnExpiredRequestFreesIt() {
        var event = event(2);
        var people = attendees(event, 4);
        var sender = people.get(0);
        var first = meetings.request(sender, event, people.get(1), null);
        meetings.request(sender, event, people.get(2), null);

        assertThatThrownBy(() -> meetings.request(sender, event, people.get(3), null))
                .isInstanceOfSatisfying(RequestAllowanceException.class, refused -> {
                    assertThat(refused.allowance()).isEqualTo(2);
                    assertThat(refused.freesAt()).isEqualTo(first.expiresAt());
                    assertThat(refused.getMessage()).contains("(Europe/Lisbon)");
                });

        runOut(first);
        assertThat(meetings.request(sender, event, people.get(3), null).status())
                .as("the request that ran out no longer counts, even before the sweep").isEqualTo(
                        MeetingRequestStatus.PENDING);
        assertThat(statusOf(first)).isEqualTo(MeetingRequestStatus.EXPIRED);
    }

    @Test
    void aRequestWaitsForItsAnswerAsLongAsTheEventSaysAndNobodyAnswersItAfterwards() {
        var event = event(10);
        var people = attendees(event, 2);
        var ana = people.get(0);
        var ben = people.get(1);

        var request = meetings.request(ana, event, ben, null);
        assertThat(request.expiresAt()).isEqualTo(request.createdAt().plus(Duration.ofDays(2)));

        runOut(request);
        assertThatThrownBy(() -> meetings.accept(ben, event, request.id()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("expired");
        assertThat(meetings.expireOverdue(500)).isPositive();
        assertThat(statusOf(request)).isEqualTo(MeetingRequestStatus.EXPIRED);
        assertThatThrownBy(() -> meetings.accept(ben, event, request.id()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already expired");
        assertThat(meetings.request(ben, event, ana, "My turn").status())
                .as("either may ask again").isEqualTo(MeetingRequestStatus.PENDING);
    }

    @Test
    void aRequestNeverWaitsPastTheEndOfItsEvent() {
        var start = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
        var created = events.create(organizer, new EventInput("Short notice", "", start, start.plus(Duration.ofHours(2)),
                "Europe/Berlin", "", 50, null, false, 0.3, false, 10, null, null, null, "P7D"));
        var event = events.publish(organizer, created.id()).id();
        var people = attendees(event, 2);

        var request = meetings.request(people.get(0), event, people.get(1), null);

        assertThat(request.expiresAt()).isEqualTo(start.plus(Duration.ofHours(2)));
    }

    @Test
    void sweepsRunningAtOnceExpireEachRequestOnce() throws Exception {
        var event = event(10);
        var people = attendees(event, 7);
        var sent = new ArrayList<MeetingRequest>();
        for (int i = 1; i < people.size(); i++) {
            sent.add(meetings.request(people.get(0), event, people.get(i), null));
        }
        sent.forEach(this::runOut);

        int expired;
        var pool = Executors.newFixedThreadPool(4);
        try {
            var start = new CountDownLatch(1);
            var sweeps = new ArrayList<Future<Integer>>();
            for (int i = 0; i < 4; i++) {
                sweeps.add(pool.submit(() -> {
                    start.await();
                    return meetings.expireOverdue(2);
                }));
            }
            start.countDown();
            expired = 0;
            for (var sweep : sweeps) {
                expired += sweep.get();
            }
        } finally {
            pool.shutdownNow();
        }
        expired += meetings.expireOverdue(500);

        assertThat(sent).allSatisfy(request -> assertThat(statusOf(request)).isEqualTo(MeetingRequestStatus.EXPIRED));
        assertThat(expired).as("each of the six marked once, whichever sweep took it").isEqualTo(6);
    }

    /** Moves the request's expiry into the past, as if its wait had gone by. */
    private void runOut(MeetingRequest request) {
        sql.update(MEETING_REQUESTS).set(MEETING_REQUESTS.EXPIRES_AT, Instant.now().minusSeconds(1))
                .set(MEETING_REQUESTS.CREATED_AT, Instant.now().minus(Duration.ofDays(3)))
                .where(MEETING_REQUESTS.ID.eq(request.id())).execute();
    }

    private MeetingRequestStatus statusOf(MeetingRequest request) {
        return sql.select(MEETING_REQUESTS.STATUS).from(MEETING_REQUESTS).where(MEETING_REQUESTS.ID.eq(request.id()))
                .fetchOne().value1();
    }

    @Test
    void blockingClosesWhatIsPendingBothWaysAndRefusesNewRequests() {
        var event = event(10);
        var people = attendees(event, 3);
        var ana = people.get(0);
        var ben = people.get(1);
        var fromAna = meetings.request(ana, event, ben, null);
        var fromBenElsewhere = meetings.request(ben, event, people.get(2), null);

        blocks.block(ben, ana);

        assertThat(meetings.find(ana, event, fromAna.id()).request().status()).isEqualTo(MeetingRequestStatus.DECLINED);
        assertThat(meetings.find(ben, event, fromBenElsewhere.id()).request().status())
                .as("requests to other people are untouched").isEqualTo(MeetingRequestStatus.PENDING);
        assertThatThrownBy(() -> meetings.request(ana, event, ben, null)).isInstanceOf(RuleViolationException.class)
                .hasMessage("You cannot send a meeting request to this person.");
        assertThatThrownBy(() -> meetings.request(ben, event, ana, null)).isInstanceOf(RuleViolationException.class);
        assertThat(blocks.blocked(ben)).extracting(BlockedPerson::accountId).containsExactly(ana);

        blocks.unblock(ben, ana);
        blocks.unblock(ben, ana);
        assertThat(meetings.request(ana, event, ben, null).status()).isEqualTo(MeetingRequestStatus.PENDING);
    }

    @Test
    void noRequestsOnceTheEventIsOver() {
        var event = event(10);
        var people = attendees(event, 2);
        events.complete(organizer, event);

        assertThatThrownBy(() -> meetings.request(people.get(0), event, people.get(1), null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("while the event is open");
    }

    @Test
    void blockingYourselfOrNobodyIsRefused() {
        var ana = TestPeople.create(sql, 1, "Solo").get(0);
        assertThatThrownBy(() -> blocks.block(ana, ana)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> blocks.block(ana, new AccountId(UUID.randomUUID())))
                .isInstanceOf(org.mingle.domain.profiles.ProfileNotFoundException.class);
    }

    private EventId event(int maxPending) {
        return TestEvents.published(events, organizer, maxPending, false);
    }

    private List<AccountId> attendees(EventId event, int count) {
        var people = TestPeople.create(sql, count, "Attendee");
        people.forEach(person -> registrations.register(person, event));
        return people;
    }
}
