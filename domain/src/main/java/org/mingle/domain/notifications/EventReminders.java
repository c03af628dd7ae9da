package org.mingle.domain.notifications;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventService;
import org.mingle.domain.mail.Words;
import org.mingle.domain.registration.RegistrationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reminds confirmed attendees of their event the day before and shortly before it starts ({@link ReminderKind}), in
 * the event's own time zone. Checked every minute on every instance; each reminder is recorded per attendee, event
 * and kind in the transaction that writes it, so it goes out once whichever instance finds it due first.
 */
@Singleton
@Requires(property = NotificationService.ENABLED, notEquals = "false")
class EventReminders {

    private static final Logger LOG = LoggerFactory.getLogger(EventReminders.class);

    private final EventService events;
    private final RegistrationService registrations;
    private final NotificationService notifications;
    private final JdbcReminders reminders;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    EventReminders(EventService events, RegistrationService registrations, NotificationService notifications,
                   JdbcReminders reminders, TransactionOperations<Connection> transactions, Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.notifications = notifications;
        this.reminders = reminders;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${mingle.notifications.reminder-interval:1m}", initialDelay = "20s")
    void remindDue() {
        try {
            for (var kind : ReminderKind.values()) {
                var now = clock.instant();
                for (var event : events.publishedStartingBetween(now.plus(kind.until()), now.plus(kind.from()))) {
                    remind(event, kind);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Sending event reminders failed; retrying on the next check: {}", e.toString());
        }
    }

    /** Reminds the event's confirmed attendees who have not had this reminder; how many it reminded. */
    int remind(Event event, ReminderKind kind) {
        return transactions.executeWrite(status -> {
            var due = reminders.recordNew(event.id(), kind, registrations.confirmedAttendees(event.id()),
                    clock.instant().truncatedTo(ChronoUnit.MICROS));
            var when = EventWords.whenAndWhere(event);
            var title = kind == ReminderKind.DAY_BEFORE ? Words.of("reminder.dayBefore.title", event.title())
                    : Words.of("reminder.soon.title", event.title());
            var body = kind == ReminderKind.DAY_BEFORE ? Words.of("reminder.dayBefore.body", when)
                    : Words.of("reminder.soon.body", when);
            notifications.sendAll(due.stream().map(account -> new NewNotification(account,
                    NotificationKind.EVENT_REMINDER, title, body, Optional.of(EventWords.eventPath(event.id())),
                    Optional.of(event.id()))).toList());
            return due.size();
        });
    }
}
