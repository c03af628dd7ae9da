package org.mingle.domain.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingle.db.jooq.Tables.EVENTS;
import static org.mingle.db.jooq.Tables.REGISTRATIONS;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.accounts.TestPeople;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventRowLocks;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventLocks;
import org.mingle.domain.events.EventSeats;
import org.mingle.domain.events.EventService;
import org.mingle.domain.shared.AccountId;
import org.mingle.testsupport.MicronautPostgres;

/**
 * The registration invariants under real parallel transactions: never more CONFIRMED than seats, waitlist positions
 * exactly 1..k, the event's counters equal to the rows, one active registration per person. A negative control runs
 * the same load without the event row lock and shows that these checks do catch overbooking.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationConcurrencyTest implements MicronautPostgres {

    private static final int ATTEMPTS = 200;
    private static final int SEATS = 100;

    @Inject
    RegistrationService registrations;
    @Inject
    EventService events;
    @Inject
    AccountService accounts;
    @Inject
    DSLContext sql;
    @Inject
    Registrations store;

    @Inject
    EventLocks eventLocks;
    @Inject
    WaitlistPromotion waitlist;
    @Inject
    Clock clock;
    @Inject
    TransactionOperations<Connection> transactions;

    private AccountId organizer;
    private List<AccountId> people;

    @BeforeAll
    void world() {
        organizer = TestAccounts.signUp(accounts, "Cora Concurrent").id();
        people = TestPeople.create(sql, ATTEMPTS, "Racer");
    }

    @RepeatedTest(3)
    void twoHundredParallelRegistrationsFillOneHundredSeatsExactly() throws Exception {
        var event = publishedEvent(SEATS);

        var outcomes = inParallel(people, person -> registrations.register(person, event));

        assertThat(outcomes).allMatch(outcome -> outcome instanceof Registration);
        assertThat(violations(event, SEATS)).isEmpty();
        assertThat(count(event, RegistrationStatus.CONFIRMED)).isEqualTo(SEATS);
        assertThat(count(event, RegistrationStatus.WAITLISTED)).isEqualTo(ATTEMPTS - SEATS);
    }

    @RepeatedTest(2)
    void cancellationsAndRegistrationsRacingKeepTheInvariants() throws Exception {
        int seats = 40;
        var event = publishedEvent(seats);
        var early = people.subList(0, 100);
        for (var person : early) {
            registrations.register(person, event);
        }
        var leaving = new ArrayList<>(early.subList(0, 60));
        Collections.shuffle(leaving);
        var arriving = people.subList(100, ATTEMPTS);
        var actions = new ArrayList<Callable<Object>>();
        leaving.forEach(person -> actions.add(() -> registrations.cancel(person, event)));
        arriving.forEach(person -> actions.add(() -> registrations.register(person, event)));
        Collections.shuffle(actions);

        var outcomes = inParallel(actions);

        assertThat(outcomes).allMatch(outcome -> outcome instanceof Registration);
        assertThat(violations(event, seats)).isEmpty();
        assertThat(count(event, RegistrationStatus.CONFIRMED)).isEqualTo(seats);
        assertThat(count(event, RegistrationStatus.WAITLISTED)).isEqualTo(100 - 60 + 100 - seats);
    }

    @Test
    void negativeControlWithoutTheLockTheSameLoadOverbooksAndTheChecksSayso() throws Exception {
        var withoutLock = new RegistrationService(store, new SeatLock(eventLocks) {
            @Override
            EventSeats lock(EventId event) {
                return eventLocks.readSeatsUnlocked(event).orElseThrow();
            }
        }, events, waitlist, arrival -> { }, departure -> { }, change -> { }, created -> { }, requested -> { },
                cancelled -> { }, checkedIn -> { }, clock);

        List<String> found = List.of();
        for (int attempt = 0; attempt < 5 && found.isEmpty(); attempt++) {
            var event = publishedEvent(SEATS);
            inParallel(people, person -> transactions.executeWrite(status -> withoutLock.register(person, event)));
            found = violations(event, SEATS);
        }

        assertThat(found).as("violations found without the lock").isNotEmpty()
                .anySatisfy(violation -> assertThat(violation).startsWith("more confirmed than seats"));
    }

    /** Every broken invariant of the event, in words; empty when all hold. */
    private List<String> violations(EventId event, int seats) {
        var problems = new ArrayList<String>();
        int confirmed = count(event, RegistrationStatus.CONFIRMED);
        int waitlisted = count(event, RegistrationStatus.WAITLISTED);
        if (confirmed > seats) {
            problems.add("more confirmed than seats: " + confirmed + " > " + seats);
        }
        var positions = sql.select(REGISTRATIONS.WAITLIST_POSITION).from(REGISTRATIONS)
                .where(REGISTRATIONS.EVENT_ID.eq(event).and(REGISTRATIONS.STATUS.eq(RegistrationStatus.WAITLISTED)))
                .orderBy(REGISTRATIONS.WAITLIST_POSITION).fetch(REGISTRATIONS.WAITLIST_POSITION);
        if (!positions.equals(IntStream.rangeClosed(1, waitlisted).boxed().toList())) {
            problems.add("waitlist positions are not 1.." + waitlisted + ": " + positions);
        }
        if (waitlisted > 0 && confirmed < seats) {
            problems.add("people wait while seats are free: " + confirmed + " confirmed, " + waitlisted + " waiting");
        }
        var counters = sql.selectFrom(EVENTS).where(EVENTS.ID.eq(event)).fetchSingle();
        if (counters.getConfirmedCount() != confirmed || counters.getWaitlistCount() != waitlisted) {
            problems.add("counters " + counters.getConfirmedCount() + "/" + counters.getWaitlistCount()
                    + " differ from rows " + confirmed + "/" + waitlisted);
        }
        var doubles = sql.select(REGISTRATIONS.ACCOUNT_ID).from(REGISTRATIONS)
                .where(REGISTRATIONS.EVENT_ID.eq(event)
                        .and(REGISTRATIONS.STATUS.in(RegistrationStatus.ACTIVE)))
                .groupBy(REGISTRATIONS.ACCOUNT_ID).having(DSL.count().gt(1)).fetch();
        if (!doubles.isEmpty()) {
            problems.add(doubles.size() + " people hold two active registrations");
        }
        return problems;
    }

    @Test
    void rowsReferringToTheEventAreWrittenWhileARegistrationHoldsItsLock() throws Exception {
        var event = publishedEvent(SEATS);

        assertThat(referredToWhileLocked(event, eventLocks::lockSeats)).as("under the seat lock").isTrue();
        assertThat(referredToWhileLocked(event, locked -> sql.select(EVENTS.ID).from(EVENTS)
                .where(EVENTS.ID.eq(locked)).forUpdate().fetch()))
                .as("negative control: under a FOR UPDATE lock, which blocks foreign keys' checks").isFalse();
    }

    /**
     * Whether another transaction can check a foreign key to the event (a notification's, a meeting's) within a
     * second while one transaction holds the event locked as {@code lock} does.
     */
    private boolean referredToWhileLocked(EventId event, Consumer<EventId> lock) throws Exception {
        return EventRowLocks.writesWhileLocked(transactions, sql, event, lock,
                () -> sql.execute(EventRowLocks.FOREIGN_KEY_CHECK, event.value()));
    }

    private int count(EventId event, RegistrationStatus status) {
        return sql.fetchCount(REGISTRATIONS, REGISTRATIONS.EVENT_ID.eq(event)
                .and(REGISTRATIONS.STATUS.eq(status)));
    }

    private EventId publishedEvent(int capacity) {
        var start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        var event = events.create(organizer, new EventInput("Crowded", "", start, start.plus(Duration.ofHours(2)),
                "Europe/Berlin", "Hall", capacity, null, false, 0.5));
        return events.publish(organizer, event.id()).id();
    }

    private static List<Object> inParallel(List<AccountId> people, Function<AccountId, Object> action) throws Exception {
        return inParallel(people.stream().<Callable<Object>>map(person -> () -> action.apply(person)).toList());
    }

    /** Starts every action at the same moment on its own thread; returns each result or exception. */
    private static List<Object> inParallel(List<Callable<Object>> actions) throws Exception {
        var pool = Executors.newFixedThreadPool(actions.size());
        var start = new CountDownLatch(1);
        try {
            var futures = actions.stream().map(action -> pool.submit(() -> {
                start.await();
                try {
                    return action.call();
                } catch (RuntimeException refused) {
                    return refused;
                }
            })).toList();
            start.countDown();
            var results = new ArrayList<Object>();
            for (var future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
