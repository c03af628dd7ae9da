package org.mingle.domain.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
import java.util.function.Function;
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
 * Two arrangements (two curated schedules published at once) racing for the last place of a slot, in real parallel
 * transactions: with the event's row lock the second sees the first's meeting and is skipped. A negative control runs
 * the same race without the lock: the second then books the place it cannot see is taken, and only the database's
 * unique key stops it, with an error. (An accepted request racing a publication is in CuratedServiceTest; accepting
 * takes the event's lock for update, which also waits for the key-share locks the publication's inserts hold.)
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArrangedMeetingsConcurrencyTest implements MicronautPostgres {

    @Inject
    ArrangedMeetings arranged;
    @Inject
    MeetingScheduleService schedule;
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

    /** One slot, one table of two seats (room for one meeting), and two pairs planned into that place. */
    private record Race(Event event, ArrangedMeetings.Arrangement first, ArrangedMeetings.Arrangement second) {
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
        var place = new SlotBook.Placement(session.id(), session.slots().get(0), table.id(), 1);
        return new Race(event, new ArrangedMeetings.Arrangement(people.get(0), people.get(1), place),
                new ArrangedMeetings.Arrangement(people.get(2), people.get(3), place));
    }

    @Test
    void withTheLockTheSecondArrangementSeesThePlaceTakenAndIsSkipped() throws Exception {
        var race = race();
        var second = race(race, arrangements -> arranged.arrange(race.event(), arrangements));

        assertThat(second.get(20, TimeUnit.SECONDS)).singleElement()
                .satisfies(outcome -> assertThat(outcome.skipped()).isEqualTo(ArrangedMeetings.Skipped.NO_LONGER_FREE));
        assertThat(schedule.agenda(organizer, race.event().id()).booked()).hasSize(1);
    }

    @Test
    void negativeControlWithoutTheLockTheSecondArrangementBooksATakenPlaceAndFails() throws Exception {
        var race = race();
        var second = race(race, arrangements -> arranged.arrangeHoldingTheLock(race.event(), arrangements));

        var failure = catchThrowableOfType(() -> second.get(20, TimeUnit.SECONDS), ExecutionException.class);
        assertThat(failure).as("the second did not see the first's meeting and took its place").isNotNull();
        assertThat(failure).hasStackTraceContaining("duplicate key");
        assertThat(schedule.agenda(organizer, race.event().id()).booked()).hasSize(1);
    }

    /**
     * Arranges the first pair in a transaction held open until the second arrangement has come to wait for it, then
     * lets it commit; answers the second, in its own transaction, which must still be running at that moment.
     */
    private CompletableFuture<List<ArrangedMeetings.Outcome>> race(
            Race race, Function<List<ArrangedMeetings.Arrangement>, List<ArrangedMeetings.Outcome>> arrange)
            throws Exception {
        var firstInTransaction = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var first = CompletableFuture.runAsync(() -> transactions.executeWrite(status -> {
            assertThat(arrange.apply(List.of(race.first()))).singleElement()
                    .satisfies(outcome -> assertThat(outcome.booked()).isTrue());
            firstInTransaction.countDown();
            try {
                assertThat(release.await(20, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        assertThat(firstInTransaction.await(20, TimeUnit.SECONDS)).isTrue();
        var second = CompletableFuture.supplyAsync(() -> transactions.executeWrite(status ->
                arrange.apply(List.of(race.second()))));
        awaitSomeoneWaitingForALock();
        assertThat(second).as("the second waits: for the event's lock, or for the database's unique key").isNotDone();
        release.countDown();
        first.get(20, TimeUnit.SECONDS);
        return second;
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
