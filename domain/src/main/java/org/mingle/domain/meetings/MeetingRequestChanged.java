package org.mingle.domain.meetings;

import java.util.Objects;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/**
 * A meeting request was made, accepted, declined or withdrawn (its new status): published inside the transaction
 * that did it, for the feature that tells the other person. (An accepted request also publishes {@link MeetingMatched},
 * which the matching model listens to.)
 */
public record MeetingRequestChanged(EventId event, MeetingRequestId request, AccountId from, AccountId to,
                              MeetingRequestStatus status) {

    public MeetingRequestChanged {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(status, "status");
    }
}
