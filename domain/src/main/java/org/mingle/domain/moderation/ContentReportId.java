package org.mingle.domain.moderation;

import java.util.Objects;
import java.util.UUID;

/** Identifies a report of an event or a group. */
public record ContentReportId(UUID value) {

    public ContentReportId {
        Objects.requireNonNull(value, "value");
    }

    public static ContentReportId newId() {
        return new ContentReportId(UUID.randomUUID());
    }

    /** Reads an id as it appears in a URL; text that is no id names nothing, so it is refused as not found. */
    public static ContentReportId fromString(String text) {
        try {
            return new ContentReportId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            throw new ContentReportNotFoundException();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
