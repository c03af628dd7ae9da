package org.mingle.domain.notifications;

import java.util.Objects;
import java.util.UUID;

/** Identifies a notification. */
public record NotificationId(UUID value) {

    public NotificationId {
        Objects.requireNonNull(value, "value");
    }

    public static NotificationId newId() {
        return new NotificationId(UUID.randomUUID());
    }

    /** Reads an id as it appears in a URL; text that is no id names no notification, so it is refused as not found. */
    public static NotificationId fromString(String text) {
        try {
            return new NotificationId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            throw new NotificationNotFoundException();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
