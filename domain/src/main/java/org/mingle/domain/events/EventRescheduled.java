package org.mingle.domain.events;

import java.util.Objects;

/**
 * A published event's time, time zone or venue changed: what its registrants must hear about. Published inside the
 * transaction that changed it, after {@link EventUpdated}.
 */
public record EventRescheduled(EventId event, EventDetails before, EventDetails after) {

    public EventRescheduled {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** Whether a change from {@code before} to {@code after} is one registrants must hear about. */
    static boolean matters(EventDetails before, EventDetails after) {
        return !before.startsAt().equals(after.startsAt()) || !before.endsAt().equals(after.endsAt())
                || !before.timeZone().equals(after.timeZone()) || !before.venue().equals(after.venue());
    }
}
