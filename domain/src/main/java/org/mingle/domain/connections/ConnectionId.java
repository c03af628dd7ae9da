package org.mingle.domain.connections;

import java.util.Objects;
import java.util.UUID;

/** Identifies a connection between two people at an event. */
public record ConnectionId(UUID value) {

    public ConnectionId {
        Objects.requireNonNull(value, "value");
    }

    public static ConnectionId newId() {
        return new ConnectionId(UUID.randomUUID());
    }

    /** Reads an id as it appears in a URL; text that is no id names no connection, so it is refused as not found. */
    public static ConnectionId fromString(String text) {
        try {
            return new ConnectionId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            throw new ConnectionNotFoundException();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
