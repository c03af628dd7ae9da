package org.mingle.domain.meetings;

import java.time.Instant;
import java.util.Objects;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/**
 * A scheduled meeting moved to the time one of its two people proposed, because the other accepted it. Published
 * inside that transaction, so the proposer learns the new time and table; the one who accepted has just seen them.
 */
public record MeetingMoved(EventId event, MeetingRequestId meeting, AccountId proposer, AccountId acceptedBy,
                           Instant startsAt, String table) {

    public MeetingMoved {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(proposer, "proposer");
        Objects.requireNonNull(acceptedBy, "acceptedBy");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(table, "table");
    }
}
