package org.mingle.domain.agenda;

import java.util.Objects;
import java.util.UUID;

/** Identifies a talk on an event's agenda. */
public record TalkId(UUID value) {

    public TalkId {
        Objects.requireNonNull(value, "value");
    }

    public static TalkId newId() {
        return new TalkId(UUID.randomUUID());
    }

    /** Reads an id as it appears in a URL; text that is no id names nothing, so it is refused as not found. */
    public static TalkId fromString(String text) {
        try {
            return new TalkId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            throw new TalkNotFoundException();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
