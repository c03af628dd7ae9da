package org.mingle.domain.meetings;

import java.util.Objects;
import java.util.UUID;

/** Identifies a meeting table. */
public record MeetingTableId(UUID value) {

    public MeetingTableId {
        Objects.requireNonNull(value, "value");
    }

    public static MeetingTableId newId() {
        return new MeetingTableId(UUID.randomUUID());
    }

    /** Reads an id as it appears in a URL; text that is no id names nothing, so it is refused as not found. */
    public static MeetingTableId fromString(String text) {
        try {
            return new MeetingTableId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            throw new MeetingTableNotFoundException();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
