package org.mingle.domain.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.accounts.TestPeople;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.TestEvents;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccountId;
import org.mingle.testsupport.MicronautPostgres;

/**
 * Arranged meetings (a published curated schedule) and an accepted request racing for the last place of a slot, in
 * real parallel transactions: with the event's row lock the one that comes second sees the first and the accepted
 * meeting waits for a place. A negative control runs the same race without the lock: the second transaction then
 * books the place it cannot see is taken, and only the database's unique key stops it, with an error.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArrangedMeetingsConcurrencyTest implements MicronautPostgres {

    @Inject
    ArrangedMeetings arranged;
    @Inject
    MeetingScheduleService schedule;
    @Inject
    MeetingRequestService meetings;
    @Inject
    AccountService accounts;
    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    DSLContext sql;

    private AccountId organizer;

    @BeforeAll
    void world() {
        organizer = TestAccounts.signUp(accounts, "Olga Organizer").id();
    }

    /** One slot, one table of two seats: room for one meeting. */
    private record Race(Event event, List<AccountId> people, ArrangedMeetings.Arrangement arrangement,
                        MeetingRequestId request) {
    }

    private Race race() {
        var eventId = TestEvents.published(events, organizer, 10, false);
        var event = events.get(Optional.of(organizer), eventId);
        var start = event.details().startsAt();
        var session = schedule.addSession(organizer, eventId, new SessionInput("One slot", start,
                start.plus(Duration.ofMinutes(20)), 20));
        var table = schedule.addTable(organizer, eventId, new TableInput("Only table", 2));
        var people = TestPeople.create(sql, 4, "Racer");
        people.forEach(person -> registrations.register(person, eventId));
        var arrangement = new ArrangedMeetings.Arrangement(people.get(0), people.get(1),
                new SlotBook.Placement(session.id(), session.slots().get(0), table.id(), 1));
        var request = meetings.request(people.get(2), eventId, people.get(3), null);
        return new Race(event, people, arrangement, request.id());
    }

    @Test
    void withTheLockTheAcceptedMeetingWaitsForAPlace() throws Exception {
        var race = race();
        var accept = raceAgainstAccepting(race, () -> arranged.arrange(race.event(), List.of(race.arrangement())));

        accept.get(20, TimeUnit.SECONDS);
        var agenda = schedule.agenda(organizer, race.event().id());
        assertThat(agenda.booked()).singleElement()
                .satisfies(booked -> assertThat(booked.meeting()).isNotEqualTo(race.request()));
        assertThat(agenda.waiting()).singleElement()
                .satisfies(waiting -> assertThat(waiting.meeting()).isEqualTo(race.request()));
    }

    @Test
    void negativeControlWithoutTheLockTheAcceptingTransactionBooksATakenPlaceAndFails() throws Exception {
        var race = race();
        var accept = raceAgainstAccepting(race,
                () -> arranged.arrangeHoldingTheLock(race.event(), List.of(race.arrangement())));

        var failure = org.assertj.core.api.Assertions.catchThrowableOfType(() -> accept.get(20, TimeUnit.SECONDS),
                ExecutionException.class);
        assertThat(failure).as("accepting did not see the arranged meeting and took its place").isNotNull();
        assertThat(failure).hasStackTraceContaining("duplicate key");
    }

    /**
     * Arranges in a transaction held open until accepting has started, then lets it commit; answers the accepting,
     * which must still be running when the arranging commits.
     */
    private CompletableFuture<MeetingRequest> raceAgainstAccepting(Race race, Runnable arrange) throws Exception {
        var arrangedInTransaction = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var arranging = CompletableFuture.runAsync(() -> transactions.executeWrite(status -> {
            arrange.run();
            arrangedInTransaction.countDown();
            try {
                assertThat(release.await(20, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        assertThat(arrangedInTransaction.await(20, TimeUnit.SECONDS)).isTrue();
        var accept = CompletableFuture.supplyAsync(() -> meetings.accept(race.people().get(3), race.event().id(),
                race.request()));
        awaitSomeoneWaitingForALock();
        assertThat(accept).as("accepting waits: for the lock, or for the database's unique key").isNotDone();
        release.countDown();
        arranging.get(20, TimeUnit.SECONDS);
        return accept;
    }

    /**
     * Waits until another transaction of this test's database waits for a lock: the racing call has reached the
     * point where it must wait for the transaction held open (a fixed pause would pass vacuously on a slow machine).
     */
    private void awaitSomeoneWaitingForALock() throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (sql.fetchCount(DSL.table("pg_stat_activity"), DSL.field("datname").eq(DSL.field("current_database()"))
                .and(DSL.field("wait_event_type").eq("Lock"))) == 0) {
            if (System.nanoTime() > until) {
                throw new AssertionError("nobody came to wait for the lock");
            }
            Thread.sleep(20);
        }
    }
}
