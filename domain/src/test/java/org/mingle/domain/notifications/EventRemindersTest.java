package org.mingle.domain.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingle.db.jooq.Tables.EVENT_REMINDERS;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
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
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.PageRequest;
import org.mingle.testsupport.MicronautPostgres;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventRemindersTest implements MicronautPostgres {

    @Inject
    EventReminders reminders;
    @Inject
    NotificationService notifications;
    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;
    @Inject
    AccountService accounts;
    @Inject
    DSLContext sql;

    private AccountId organizer;

    @BeforeAll
    void world() {
        organizer = TestAccounts.signUp(accounts, "Olga Reminders").id();
    }

    @Test
    void confirmedAttendeesAreRemindedOnceTheDayBeforeAndAgainShortlyBefore() {
        var tonight = event("Tonight's mixer", Duration.ofHours(5), 2);
        var ana = attend(tonight);
        var ben = attend(tonight);
        var waiting = attend(tonight);

        reminders.remindDue();
        reminders.remindDue();

        assertThat(reminded(ana)).containsExactly("Reminder: Tonight's mixer is coming up");
        assertThat(reminded(ben)).hasSize(1);
        assertThat(reminded(waiting)).as("not confirmed").isEmpty();
        assertThat(reminder(ana).body()).startsWith("It takes place ").contains("(Europe/Berlin) at Loft");

        var soon = event("Breakfast", Duration.ofMinutes(90), 5);
        var cleo = attend(soon);
        reminders.remindDue();
        assertThat(reminded(cleo)).as("registered late: only the nearer reminder")
                .containsExactly("Breakfast starts soon");
    }

    @Test
    void eventsFarAheadOrAlreadyStartedAreLeftAlone() {
        var later = event("Next month", Duration.ofHours(30), 5);
        var dan = attend(later);

        reminders.remindDue();

        assertThat(reminded(dan)).isEmpty();
    }

    @Test
    void checksOnSeveralInstancesAtOnceRemindEachAttendeeOnce() throws Exception {
        var event = event("Busy night", Duration.ofHours(6), 50);
        var people = new ArrayList<AccountId>();
        for (int i = 0; i < 20; i++) {
            people.add(attend(event));
        }
        var found = events.get(java.util.Optional.empty(), event);

        int sent = inParallel(4, () -> reminders.remind(found, ReminderKind.DAY_BEFORE));

        assertThat(sent).isEqualTo(20);
        assertThat(people).allSatisfy(person -> assertThat(reminded(person)).hasSize(1));
    }

    @Test
    void negativeControlWithoutTheRecordEveryCheckRemindsAgain() {
        var event = event("Forgetful night", Duration.ofHours(6), 5);
        var eve = attend(event);
        var found = events.get(java.util.Optional.empty(), event);

        reminders.remind(found, ReminderKind.DAY_BEFORE);
        sql.deleteFrom(EVENT_REMINDERS).where(EVENT_REMINDERS.EVENT_ID.eq(event)).execute();
        reminders.remind(found, ReminderKind.DAY_BEFORE);

        assertThat(reminded(eve)).hasSize(2);
    }

    private EventId event(String title, Duration from, int seats) {
        var start = Instant.now().plus(from).truncatedTo(ChronoUnit.SECONDS);
        var created = events.create(organizer, new EventInput(title, "", start, start.plus(Duration.ofHours(2)),
                "Europe/Berlin", "Loft", seats, null, false, 0.3));
        return events.publish(organizer, created.id()).id();
    }

    private AccountId attend(EventId event) {
        var person = TestPeople.create(sql, 1, "Attendee").get(0);
        registrations.register(person, event);
        return person;
    }

    private List<String> reminded(AccountId person) {
        return notifications.list(person, false, PageRequest.of(0, 20)).items().stream()
                .filter(n -> n.kind() == NotificationKind.EVENT_REMINDER).map(Notification::title).toList();
    }

    /** The person's reminder (their registration's notice is written just after its commit, maybe after it). */
    private Notification reminder(AccountId person) {
        return notifications.list(person, false, PageRequest.of(0, 20)).items().stream()
                .filter(n -> n.kind() == NotificationKind.EVENT_REMINDER).findFirst().orElseThrow();
    }

    private interface Work {
        int run() throws Exception;
    }

    private static int inParallel(int workers, Work work) throws Exception {
        var barrier = new CyclicBarrier(workers);
        var pool = Executors.newFixedThreadPool(workers);
        try {
            var results = new ArrayList<Future<Integer>>();
            for (int i = 0; i < workers; i++) {
                results.add(pool.submit(() -> {
                    barrier.await();
                    return work.run();
                }));
            }
            int total = 0;
            for (var result : results) {
                total += result.get();
            }
            return total;
        } finally {
            pool.shutdownNow();
        }
    }
}
