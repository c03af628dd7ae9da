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
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.accounts.TestPeople;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventLocks;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.events.EventSeats;
import org.mingle.domain.events.EventService;
import org.mingle.domain.shared.AccountId;
import org.mingle.testsupport.MicronautPostgres;

/**
 * Two organizers bulk-approving overlapping selections of one event at the same moment, in real parallel
 * transactions: never more CONFIRMED than seats, the counters equal to the rows, and nobody approved twice. A negative
 * control runs the same load without the event's row lock and shows that these checks catch the overbooking.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkApprovalConcurrencyTest implements MicronautPostgres {

    private static final int PENDING = 200;
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

    private AccountId owner;
    private AccountId coOrganizer;
    private String coOrganizerEmail;
    private List<AccountId> people;

    @BeforeAll
    void world() {
        owner = TestAccounts.signUp(accounts, "Owen Owner").id();
        var co = TestAccounts.signUp(accounts, "Cleo Co");
        coOrganizer = co.id();
        coOrganizerEmail = co.email().value();
        people = TestPeople.create(sql, PENDING, "Hopeful");
    }

    @RepeatedTest(3)
    void twoOrganizersApprovingOverlappingSelectionsAtOnceFillTheSeatsExactly() throws Exception {
        var event = eventWithPending();
        var ids = registrationIds(event);
        // The owner picks the first three quarters, the co-organizer the last three quarters, each in its own order.
        var ownersPick = shuffled(ids.subList(0, 150));
        var coOrganizersPick = shuffled(ids.subList(50, PENDING));

        long started = System.nanoTime();
        var outcomes = inParallel(List.of(
                () -> registrations.approveAll(owner, event, ownersPick),
                () -> registrations.approveAll(coOrganizer, event, coOrganizersPick)));
        // How long the event's lock keeps the second organizer waiting: a figure for decision 36, not a check.
        System.out.printf("two bulk approvals of 150 chosen each, one after the other on the lock: %d ms%n",
                (System.nanoTime() - started) / 1_000_000);

        assertThat(outcomes).allMatch(outcome -> outcome instanceof BulkOutcome);
        assertThat(violations(event)).isEmpty();
        var approvedByEither = new ArrayList<RegistrationId>();
        outcomes.forEach(outcome -> ((BulkOutcome) outcome).done().forEach(r -> approvedByEither.add(r.id())));
        assertThat(approvedByEither).hasSize(SEATS).doesNotHaveDuplicates();
        assertThat(count(event, RegistrationStatus.CONFIRMED)).isEqualTo(SEATS);
        assertThat(count(event, RegistrationStatus.PENDING_APPROVAL)).isEqualTo(PENDING - SEATS);
    }

    @Test
    void negativeControlWithoutTheLockTheSameLoadOverbooksAndTheChecksSaySo() throws Exception {
        var withoutLock = new RegistrationService(store, new SeatLock(eventLocks) {
            @Override
            EventSeats lock(EventId event) {
                return eventLocks.readSeatsUnlocked(event).orElseThrow();
            }
        }, events, waitlist, arrival -> { }, departure -> { }, change -> { }, created -> { }, requested -> { },
                cancelled -> { }, checkedIn -> { }, clock);

        List<String> found = List.of();
        for (int attempt = 0; attempt < 5 && found.isEmpty(); attempt++) {
            var event = eventWithPending();
            var ids = registrationIds(event);
            var ownersPick = ids.subList(0, 150);
            var coOrganizersPick = ids.subList(50, PENDING);
            inParallel(List.of(
                    () -> transactions.executeWrite(status -> withoutLock.approveAll(owner, event, ownersPick)),
                    () -> transactions.executeWrite(status ->
                            withoutLock.approveAll(coOrganizer, event, coOrganizersPick))));
            found = violations(event);
        }

        assertThat(found).as("violations found without the lock").isNotEmpty()
                .anySatisfy(violation -> assertThat(violation).startsWith("more confirmed than seats"));
    }

    /** Every broken invariant of the event, in words; empty when all hold. */
    private List<String> violations(EventId event) {
        var problems = new ArrayList<String>();
        int confirmed = count(event, RegistrationStatus.CONFIRMED);
        int pending = count(event, RegistrationStatus.PENDING_APPROVAL);
        if (confirmed > SEATS) {
            problems.add("more confirmed than seats: " + confirmed + " > " + SEATS);
        }
        if (confirmed + pending != PENDING) {
            problems.add("registrations went missing: " + confirmed + " + " + pending + " != " + PENDING);
        }
        var counters = sql.selectFrom(EVENTS).where(EVENTS.ID.eq(event)).fetchSingle();
        if (counters.getConfirmedCount() != confirmed) {
            problems.add("counter " + counters.getConfirmedCount() + " differs from rows " + confirmed);
        }
        return problems;
    }

    private int count(EventId event, RegistrationStatus status) {
        return sql.fetchCount(REGISTRATIONS, REGISTRATIONS.EVENT_ID.eq(event).and(REGISTRATIONS.STATUS.eq(status)));
    }

    private List<RegistrationId> registrationIds(EventId event) {
        return sql.select(REGISTRATIONS.ID).from(REGISTRATIONS).where(REGISTRATIONS.EVENT_ID.eq(event))
                .orderBy(REGISTRATIONS.REGISTERED_AT, REGISTRATIONS.ID).fetch(REGISTRATIONS.ID);
    }

    /** A published event that needs approval, with everybody waiting for it. */
    private EventId eventWithPending() {
        var start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        var event = events.create(owner, new EventInput("Selective", "", start, start.plus(Duration.ofHours(2)),
                "Europe/Berlin", "Hall", SEATS, null, true, 0.5)).id();
        events.addToTeam(owner, event, coOrganizerEmail, EventRole.CO_ORGANIZER, null);
        events.publish(owner, event);
        people.forEach(person -> registrations.register(person, event));
        return event;
    }

    private static List<RegistrationId> shuffled(List<RegistrationId> ids) {
        var copy = new ArrayList<>(ids);
        Collections.shuffle(copy);
        return copy;
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
