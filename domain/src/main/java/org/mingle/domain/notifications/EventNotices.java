package org.mingle.domain.notifications;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventRescheduled;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.events.EventUpdated;
import org.mingle.domain.mail.Words;
import org.mingle.domain.registration.RegistrationService;

/**
 * Tells everyone registered (confirmed, waitlisted or waiting for approval) when their event is cancelled or its time
 * or place changes, in the transaction that changed it, all at once ({@link NotificationService#sendAll}).
 */
@Singleton
@Requires(property = NotificationService.ENABLED, notEquals = "false")
class EventNotices {

    private final NotificationService notifications;
    private final EventService events;
    private final RegistrationService registrations;

    EventNotices(NotificationService notifications, EventService events, RegistrationService registrations) {
        this.notifications = notifications;
        this.events = events;
        this.registrations = registrations;
    }

    @EventListener
    void eventUpdated(EventUpdated updated) {
        if (updated.status() != EventStatus.CANCELLED) {
            return;
        }
        var event = event(updated.event());
        tellRegistrants(event, NotificationKind.EVENT_CANCELLED, Words.of("event.cancelled.title", event.title()),
                Words.of("event.cancelled.body", event.title(), EventWords.whenAndWhere(event)));
    }

    @EventListener
    void eventRescheduled(EventRescheduled rescheduled) {
        var event = event(rescheduled.event());
        tellRegistrants(event, NotificationKind.EVENT_CHANGED, Words.of("event.changed.title", event.title()),
                Words.of("event.changed.body", event.title(), EventWords.whenAndWhere(event)));
    }

    private void tellRegistrants(Event event, NotificationKind kind, Words title, Words body) {
        var path = Optional.of(EventWords.eventPath(event.id()));
        notifications.sendAll(registrations.activeRegistrants(event.id()).stream()
                .map(account -> new NewNotification(account, kind, title, body, path, Optional.of(event.id())))
                .toList());
    }

    private Event event(EventId id) {
        return events.forItsRegistrants(id);
    }
}
