package org.mingle.domain.meetings;

import java.time.Instant;
import java.util.Objects;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/**
 * A matched meeting got its time and table: when it was accepted, or later, when the organizer added sessions or
 * tables or someone left and freed a slot. Published inside that transaction.
 */
public record MeetingScheduled(EventId event, MeetingRequestId meeting, AccountId first, AccountId second,
                               Instant startsAt, String table) {

    public MeetingScheduled {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(table, "table");
    }
}
