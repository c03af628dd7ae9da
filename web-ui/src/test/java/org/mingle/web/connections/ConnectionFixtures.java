package org.mingle.web.connections;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventService;
import org.mingle.domain.registration.RegistrationService;

/** Events for the connection views: one under way about now, one weeks ahead, with confirmed attendees. */
final class ConnectionFixtures {

    private final EventService events;
    private final RegistrationService registrations;
    private final Account organizer;

    ConnectionFixtures(EventService events, RegistrationService registrations, Account organizer) {
        this.events = events;
        this.registrations = registrations;
        this.organizer = organizer;
    }

    /**
     * A published event starting within the hour, which counts as happening now (a new event cannot start in the
     * past), where these people hold confirmed places.
     */
    Event now(String title, List<Account> attendees) {
        return event(title, Instant.now().plus(Duration.ofMinutes(30)), attendees);
    }

    /** A published event weeks ahead: in common, but not happening now. */
    Event later(String title, List<Account> attendees) {
        return event(title, Instant.now().plus(Duration.ofDays(30)), attendees);
    }

    private Event event(String title, Instant start, List<Account> attendees) {
        Instant startsAt = start.truncatedTo(ChronoUnit.MINUTES);
        var draft = events.create(organizer.id(), new EventInput(title, "", startsAt,
                startsAt.plus(Duration.ofHours(3)), "Europe/Berlin", "Hall 3", 50, null, false, 0.5));
        var event = events.publish(organizer.id(), draft.id());
        attendees.forEach(attendee -> registrations.register(attendee.id(), event.id()));
        return event;
    }
}
