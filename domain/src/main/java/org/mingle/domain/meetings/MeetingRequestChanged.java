package org.mingle.domain.meetings;

import java.util.Objects;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/**
 * A meeting request was made, accepted, declined or withdrawn (its new status): published inside the transaction
 * that did it, for the feature that tells the other person. (An accepted request also publishes {@link MeetingMatched},
 * which the matching model listens to.)
 *
 * @param suggested whom the addressee suggested meeting instead when declining; {@code null} without one
 */
public record MeetingRequestChanged(EventId event, MeetingRequestId request, AccountId from, AccountId to,
                              MeetingRequestStatus status, AccountId suggested) {

    public MeetingRequestChanged {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(status, "status");
        if (suggested != null && status != MeetingRequestStatus.DECLINED) {
            throw new IllegalArgumentException("only a declined request carries a suggestion");
        }
    }

    public MeetingRequestChanged(EventId event, MeetingRequestId request, AccountId from, AccountId to,
                                 MeetingRequestStatus status) {
        this(event, request, from, to, status, null);
    }
}
