package org.mingle.domain.meetings;

import java.time.Instant;
import java.util.Objects;
import org.mingle.domain.events.EventId;

/**
 * A one-to-one meeting two people agreed on at an event (an accepted request), with its time and table once it has
 * them, for the timeline of a contact.
 *
 * @param acceptedAt when the request was accepted
 * @param slot       {@code null} until the meeting has a time
 * @param tableName  {@code null} until the meeting has a table
 */
public record MeetingBetween(MeetingRequestId id, EventId eventId, Instant acceptedAt, Slot slot, String tableName) {

    public MeetingBetween {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
    }

    /** When the two met, or will: the slot's start once it has one, otherwise when they agreed to meet. */
    public Instant at() {
        return slot != null ? slot.startsAt() : acceptedAt;
    }
}
