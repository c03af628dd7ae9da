package org.mingle.domain.webhooks;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventUpdated;
import org.mingle.domain.matching.ConnectedPairs;
import org.mingle.domain.meetings.MeetingRequestChanged;
import org.mingle.domain.meetings.MeetingRequestStatus;
import org.mingle.domain.registration.CheckedIn;
import org.mingle.domain.registration.RegistrationCancelled;
import org.mingle.domain.registration.RegistrationChanged;
import org.mingle.domain.registration.RegistrationCreated;
import org.mingle.domain.registration.RegistrationService;

/**
 * Turns the changes other features publish into deliveries, inside the transaction that made the change: a change
 * that rolls back sends nothing, one that commits loses nothing. A change at an event without subscribers costs one
 * indexed read; with subscribers, one insert of a row per webhook. Payloads carry ids and states only, what the
 * event's organizers see anyway.
 */
@Singleton
class WebhookTriggers {

    private final JdbcWebhooks store;
    private final RegistrationService registrations;
    private final Clock clock;

    WebhookTriggers(JdbcWebhooks store, RegistrationService registrations, Clock clock) {
        this.store = store;
        this.registrations = registrations;
        this.clock = clock;
    }

    @EventListener
    void registrationCreated(RegistrationCreated created) {
        enqueue(created.event(), WebhookType.REGISTRATION_CREATED, () -> data(created.event(),
                "registrationId", created.registration().toString(), "accountId", created.account().toString(),
                "status", created.status().name()));
    }

    @EventListener
    void registrationChanged(RegistrationChanged changed) {
        if (changed.change() != RegistrationChanged.Change.PROMOTED) {
            return;
        }
        enqueue(changed.event(), WebhookType.REGISTRATION_PROMOTED, () -> data(changed.event(),
                "registrationId", registrations.mineAt(changed.account(), changed.event())
                        .map(registration -> registration.id().toString()).orElse(""),
                "accountId", changed.account().toString(), "status", "CONFIRMED"));
    }

    @EventListener
    void registrationCancelled(RegistrationCancelled cancelled) {
        enqueue(cancelled.event(), WebhookType.REGISTRATION_CANCELLED, () -> data(cancelled.event(),
                "registrationId", cancelled.registration().toString(), "accountId", cancelled.account().toString(),
                "previousStatus", cancelled.previous().name()));
    }

    @EventListener
    void checkedIn(CheckedIn checkedIn) {
        enqueue(checkedIn.event(), WebhookType.CHECKIN_CREATED, () -> data(checkedIn.event(),
                "registrationId", checkedIn.registration().toString(), "accountId", checkedIn.account().toString()));
    }

    @EventListener
    void connectionRecorded(ConnectedPairs.Recorded recorded) {
        enqueue(recorded.event(), WebhookType.CONNECTION_CREATED, () -> data(recorded.event(),
                "accountIds", List.of(recorded.pair().first().toString(), recorded.pair().second().toString())));
    }

    @EventListener
    void meetingRequestChanged(MeetingRequestChanged changed) {
        if (changed.status() != MeetingRequestStatus.ACCEPTED) {
            return;
        }
        enqueue(changed.event(), WebhookType.MEETING_ACCEPTED, () -> data(changed.event(),
                "meetingRequestId", changed.request().toString(), "fromAccountId", changed.from().toString(),
                "toAccountId", changed.to().toString()));
    }

    @EventListener
    void eventUpdated(EventUpdated updated) {
        enqueue(updated.event(), WebhookType.EVENT_UPDATED, () -> data(updated.event(),
                "status", updated.status().name()));
    }

    private void enqueue(EventId event, WebhookType type, Supplier<String> data) {
        var webhooks = store.subscribers(event, type);
        if (!webhooks.isEmpty()) {
            store.enqueue(webhooks, type, data.get(), clock.instant().truncatedTo(ChronoUnit.MICROS));
        }
    }

    /** The {@code data} object: the event's id, then the given names and values. */
    private static String data(EventId event, Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("eventId", event.toString());
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return JsonText.object(fields);
    }
}
