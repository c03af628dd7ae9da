package org.mingle.domain.events;

import java.util.Objects;
import java.util.UUID;

/** Identifies an event. */
public record EventId(UUID value) {

    public EventId {
        Objects.requireNonNull(value, "value");
    }

    public static EventId newId() {
        return new EventId(UUID.randomUUID());
    }

    /** Reads an id as it appears in a URL; text that is no id names no event, so it is refused as not found. */
    public static EventId fromString(String text) {
        try {
            return new EventId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            throw new EventNotFoundException(text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
