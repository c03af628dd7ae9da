package org.mingle.domain.events;

import java.time.Instant;
import java.util.Comparator;

/**
 * The order in which a person's own events are listed: what is still to come (or on now) first, the soonest at the
 * top, then what is over, the most recent first. Someone opening "My registrations" on the way to an event wants
 * that event, not the first they ever signed up for.
 */
public final class EventOrder {

    private EventOrder() {
    }

    /** Whether the event is over at {@code now}: completed, or past its end. */
    public static boolean isOver(Event event, Instant now) {
        return event.status() == EventStatus.COMPLETED || !now.isBefore(event.details().endsAt());
    }

    /** Upcoming and ongoing events by start, soonest first; then past events by start, latest first. */
    public static Comparator<Event> upcomingFirst(Instant now) {
        Comparator<Event> byStart = Comparator.comparing(event -> event.details().startsAt());
        return Comparator.<Event, Boolean>comparing(event -> isOver(event, now))
                .thenComparing((a, b) -> isOver(a, now) ? byStart.compare(b, a) : byStart.compare(a, b))
                .thenComparing(event -> event.id().value());
    }
}
