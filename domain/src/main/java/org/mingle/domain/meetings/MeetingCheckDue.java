package org.mingle.domain.meetings;

import java.time.Instant;
import java.util.Objects;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/**
 * Ten minutes into its slot a meeting is not known to be held: {@code person} is to be asked "Did you meet
 * {@code other}?". Published once per person who has not answered yet, inside the sweep's transaction.
 */
public record MeetingCheckDue(EventId event, MeetingRequestId meeting, AccountId person, AccountId other,
                              Instant startsAt) {

    public MeetingCheckDue {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(other, "other");
        Objects.requireNonNull(startsAt, "startsAt");
    }
}
