package org.mingle.domain.events;

import java.util.Objects;

/**
 * An event's details or status changed (edited, published, cancelled, completed); {@code status} is the one it has
 * now. Published inside the transaction that changed it.
 */
public record EventUpdated(EventId event, EventStatus status) {

    public EventUpdated {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(status, "status");
    }
}
