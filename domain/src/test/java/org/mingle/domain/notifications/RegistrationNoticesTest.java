package org.mingle.domain.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mingle.db.jooq.Tables.NOTIFICATIONS;
import static org.mingle.db.jooq.Tables.REGISTRATION_NOTICE_REQUESTS;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.accounts.TestPeople;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventRowLocks;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.TestEvents;
import org.mingle.domain.registration.AlreadyRegisteredException;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccountId;
import org.mingle.testsupport.MicronautPostgres;
import org.mingle.testsupport.Parallel;
import org.mingle.testsupport.TestDatabases;

/**
 * A registration's notice (decision 66): asked for in the registration's transaction before it takes the event's
 * lock, written just after it commits, never for a registration that rolled back, and told once from the registration
 * as it is when its writing did not happen.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationNoticesTest implements MicronautPostgres {

    private static final int INSTANCES = 4;

    @Inject
    RegistrationNotices notices;
    @Inject
    RegistrationService registrations;
    @Inject
    EventService events;
    @Inject
    AccountService accounts;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    DSLContext sql;
    @Inject
    NotificationService notifications;

    private AccountId organizer;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(TestDatabases.create().micronautProperties());
        // Only the test's own passes over requests left over run.
        properties.put("mingle.notifications.mail-interval", "1h");
        return properties;
    }

    @BeforeAll
    void world() {
        organizer = TestAccounts.signUp(accounts, "Olga Organizer").id();
    }

    @Test
    void theNoticeIsWrittenJustAfterTheRegistrationCommitsNotWhileItHoldsTheEventsLock() {
        EventId event = TestEvents.published(events, organizer, 5, false);
        var ana = TestPeople.create(sql, 1, "Ana").get(0);

        transactions.executeWrite(status -> {
            registrations.register(ana, event);
            assertThat(noticesOf(ana)).as("nothing written while the registration holds the lock").isZero();
            assertThat(requestsOf(ana)).as("the request, written with the registration").isOne();
            return null;
        });
        notices.awaitTold();

        assertThat(kindsOf(ana)).containsExactly(NotificationKind.REGISTRATION_CONFIRMED);
        assertThat(requestsOf(ana)).isZero();
    }

    @Test
    void aNoticeIsWrittenWhileItsEventsRowIsLockedAgainstForeignKeyChecks() throws Exception {
        EventId event = TestEvents.published(events, organizer, 5, false);
        var ana = TestPeople.create(sql, 1, "Locked").get(0);
        var notice = new NewNotification(ana, NotificationKind.REGISTRATION_CONFIRMED, "A seat",
                "Yours", Optional.empty(), Optional.of(event));

        assertThat(whileTheEventIsLocked(event, () -> notifications.sendAll(List.of(notice))))
                .as("the notice, written while another transaction holds the event's row").isTrue();
        assertThat(kindsOf(ana)).containsExactly(NotificationKind.REGISTRATION_CONFIRMED);
        assertThat(whileTheEventIsLocked(event, () -> sql.execute(EventRowLocks.FOREIGN_KEY_CHECK, event.value())))
                .as("negative control: the lock blocks what checking a foreign key to the event takes").isFalse();
    }

    /**
     * Whether the write finishes within a second while another transaction holds the event's row locked against
     * everything but reading (decision 68: a notification's event is no foreign key, so writing one never waits for a
     * busy event's row).
     */
    private boolean whileTheEventIsLocked(EventId event, Runnable write) throws Exception {
        return EventRowLocks.writesWhileLocked(transactions, sql, event,
                locked -> sql.execute("select 1 from events where id = ? for update", locked.value()), write);
    }

    @Test
    void aRegistrationThatRolledBackOrWasRefusedIsNotToldAndLeavesNoRequest() {
        EventId event = TestEvents.published(events, organizer, 5, false);
        var people = TestPeople.create(sql, 2, "Person");
        var ana = people.get(0);
        var ben = people.get(1);

        assertThatThrownBy(() -> transactions.executeWrite(status -> {
            registrations.register(ana, event);
            throw new IllegalStateException("something after the registration failed");
        })).hasMessageContaining("something after");
        registrations.register(ben, event);
        assertThatThrownBy(() -> registrations.register(ben, event)).isInstanceOf(AlreadyRegisteredException.class);
        notices.awaitTold();

        assertThat(noticesOf(ana)).isZero();
        assertThat(kindsOf(ben)).as("told once, of the registration that stands")
                .containsExactly(NotificationKind.REGISTRATION_CONFIRMED);
        assertThat(requestsOf(ana) + requestsOf(ben)).isZero();
    }

    @Test
    void aRequestLeftOverIsToldFromTheRegistrationAsItIsNowAndAFreshOneIsLeftToTheWriter() {
        var start = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.MINUTES);
        EventId event = events.create(organizer, new EventInput("One seat", "", start, start.plus(Duration.ofHours(2)),
                "Europe/Berlin", "Hall", 1, null, false, 0.5)).id();
        events.publish(organizer, event);
        var people = TestPeople.create(sql, 4, "Left");
        var seated = people.get(0);
        var waiting = people.get(1);
        var gone = people.get(2);
        var fresh = people.get(3);
        for (var person : List.of(seated, waiting, gone)) {
            registrations.register(person, event);
        }
        registrations.cancel(gone, event);
        notices.awaitTold();
        sql.deleteFrom(NOTIFICATIONS).where(NOTIFICATIONS.ACCOUNT_ID.in(people)).execute();
        // As if the process had stopped between their commits and the writing of their notices.
        var longAgo = Instant.now().minusSeconds(60);
        for (var person : List.of(seated, waiting, gone)) {
            leftOver(person, event, longAgo);
        }
        leftOver(fresh, event, Instant.now());

        assertThat(notices.tellLeftOver(Instant.now().minus(RegistrationNotices.LEFT_OVER_AFTER))).isEqualTo(3);

        assertThat(kindsOf(seated)).containsExactly(NotificationKind.REGISTRATION_CONFIRMED);
        assertThat(kindsOf(waiting)).containsExactly(NotificationKind.REGISTRATION_WAITLISTED);
        assertThat(sql.select(NOTIFICATIONS.BODY).from(NOTIFICATIONS).where(NOTIFICATIONS.ACCOUNT_ID.eq(waiting))
                .fetchOne(NOTIFICATIONS.BODY)).as("their place now").contains("number 1");
        assertThat(noticesOf(gone)).as("cancelled meanwhile: nothing to tell").isZero();
        assertThat(requestsOf(fresh)).as("not yet left over").isOne();
        sql.deleteFrom(REGISTRATION_NOTICE_REQUESTS).where(REGISTRATION_NOTICE_REQUESTS.ACCOUNT_ID.eq(fresh)).execute();
    }

    @Test
    void passesOnSeveralInstancesAtOnceTellEachRequestLeftOverOnce() throws Exception {
        var people = leftOverSeats(40);

        var taken = Parallel.run(INSTANCES, () -> notices.tellLeftOver(Instant.now()));

        assertThat(taken.stream().mapToInt(Integer.class::cast).sum()).isEqualTo(40);
        assertThat(people).allSatisfy(person -> assertThat(noticesOf(person)).isOne());
    }

    @Test
    void negativeControlPassesThatReadRequestsWithoutTakingThemTellThemAgain() throws Exception {
        var people = leftOverSeats(10);
        var told = new AtomicInteger();
        var allRead = new CyclicBarrier(INSTANCES);

        Parallel.run(INSTANCES, () -> transactions.executeWrite(status -> {
            var waiting = sql.select(REGISTRATION_NOTICE_REQUESTS.ID).from(REGISTRATION_NOTICE_REQUESTS)
                    .where(REGISTRATION_NOTICE_REQUESTS.ACCOUNT_ID.in(people)).fetch(REGISTRATION_NOTICE_REQUESTS.ID);
            try {
                allRead.await(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            told.addAndGet(waiting.size());
            sql.deleteFrom(REGISTRATION_NOTICE_REQUESTS).where(REGISTRATION_NOTICE_REQUESTS.ID.in(waiting)).execute();
            return waiting.size();
        }));

        assertThat(told.get()).as("each request told once per instance").isEqualTo(10 * INSTANCES);
    }

    /** People with a seat each whose notice was never written: only a request left over says to tell them. */
    private List<AccountId> leftOverSeats(int count) {
        EventId event = TestEvents.published(events, organizer, count, false);
        var people = TestPeople.create(sql, count, "Seat");
        for (var person : people) {
            registrations.register(person, event);
        }
        notices.awaitTold();
        sql.deleteFrom(NOTIFICATIONS).where(NOTIFICATIONS.ACCOUNT_ID.in(people)).execute();
        people.forEach(person -> leftOver(person, event, Instant.now().minusSeconds(60)));
        return people;
    }

    private void leftOver(AccountId person, EventId event, Instant askedAt) {
        sql.insertInto(REGISTRATION_NOTICE_REQUESTS, REGISTRATION_NOTICE_REQUESTS.ACCOUNT_ID,
                REGISTRATION_NOTICE_REQUESTS.EVENT_ID, REGISTRATION_NOTICE_REQUESTS.ASKED_AT)
                .values(person, event, askedAt).execute();
    }

    private int noticesOf(AccountId person) {
        return sql.fetchCount(NOTIFICATIONS, NOTIFICATIONS.ACCOUNT_ID.eq(person));
    }

    private int requestsOf(AccountId person) {
        return sql.fetchCount(REGISTRATION_NOTICE_REQUESTS, REGISTRATION_NOTICE_REQUESTS.ACCOUNT_ID.eq(person));
    }

    private List<NotificationKind> kindsOf(AccountId person) {
        return sql.select(NOTIFICATIONS.KIND).from(NOTIFICATIONS).where(NOTIFICATIONS.ACCOUNT_ID.eq(person))
                .fetch(NOTIFICATIONS.KIND);
    }
}
