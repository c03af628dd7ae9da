package org.mingle.domain.meetings;

import java.util.Objects;
import java.util.UUID;

/** Identifies a networking session. */
public record NetworkingSessionId(UUID value) {

    public NetworkingSessionId {
        Objects.requireNonNull(value, "value");
    }

    public static NetworkingSessionId newId() {
        return new NetworkingSessionId(UUID.randomUUID());
    }

    /** Reads an id as it appears in a URL; text that is no id names nothing, so it is refused as not found. */
    public static NetworkingSessionId fromString(String text) {
        try {
            return new NetworkingSessionId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            throw new NetworkingSessionNotFoundException();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
