package org.mingle.domain.meetings;

import java.util.Objects;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/** Two attendees became a mutual match at an event (one accepted the other's request). Published inside that transaction. */
public record MeetingMatched(EventId event, AccountId from, AccountId to) {

    public MeetingMatched {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
