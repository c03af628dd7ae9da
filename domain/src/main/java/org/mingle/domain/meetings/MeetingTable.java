package org.mingle.domain.meetings;

import java.util.Objects;
import org.mingle.domain.events.EventId;

/** A table or other place where pairs meet; {@code seats} people fit, so {@code seats / 2} meetings at once. */
public record MeetingTable(MeetingTableId id, EventId eventId, String name, int seats) {

    public MeetingTable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(name, "name");
        if (seats < 2) {
            throw new IllegalArgumentException("a meeting table seats at least two");
        }
    }

    public int meetingsAtOnce() {
        return seats / 2;
    }
}
