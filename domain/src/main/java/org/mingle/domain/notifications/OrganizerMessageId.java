package org.mingle.domain.notifications;

import java.util.Objects;
import java.util.UUID;

/** Identifies a message from an event's organizers. */
public record OrganizerMessageId(UUID value) {

    public OrganizerMessageId {
        Objects.requireNonNull(value, "value");
    }

    public static OrganizerMessageId newId() {
        return new OrganizerMessageId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
