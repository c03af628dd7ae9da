package org.mingle.domain.meetings;

import java.util.Objects;
import java.util.UUID;

/** Identifies a meeting request. */
public record MeetingRequestId(UUID value) {

    public MeetingRequestId {
        Objects.requireNonNull(value, "value");
    }

    public static MeetingRequestId newId() {
        return new MeetingRequestId(UUID.randomUUID());
    }

    /** Reads an id as it appears in a URL; text that is no id names no request, so it is refused as not found. */
    public static MeetingRequestId fromString(String text) {
        try {
            return new MeetingRequestId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            throw new MeetingRequestNotFoundException();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
