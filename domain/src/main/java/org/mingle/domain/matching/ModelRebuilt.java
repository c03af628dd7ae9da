package org.mingle.domain.matching;

import java.time.Duration;
import java.util.Objects;
import org.mingle.domain.events.EventId;

/**
 * This instance read an event's whole matching model from the database (decision 22): published after the model was
 * rebuilt, so that operators see how often that happens, why, and what it costs.
 */
public record ModelRebuilt(EventId event, Cause cause, Duration took, int attendees) {

    /** Why the whole model was read. */
    public enum Cause {
        /** The first request for the event on this instance, or the first after it left the cache. */
        FIRST_REQUEST,
        /** A change that touches the whole event (its settings, a block lifted). */
        CHANGE,
        /** A version check found a change the model had missed (a notification lost). */
        MISSED_CHANGE
    }

    public ModelRebuilt {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(took, "took");
    }
}
