package org.mingle.domain.events;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.mingle.domain.shared.AccountId;

/**
 * An invitation to an event's team, mailed to an address that had no Mingle account. {@code inviterName} is the
 * inviter's name as the invited person sees it, empty once that account is erased.
 */
public record TeamInvitation(TeamInvitationId id, EventId event, String email, EventRole role,
                             Optional<AccountId> invitedBy, Optional<String> inviterName,
                             TeamInvitationStatus status, Instant sentAt, Instant expiresAt) {

    public TeamInvitation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(invitedBy, "invitedBy");
        Objects.requireNonNull(inviterName, "inviterName");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Pending, but too old to be accepted. */
    public boolean expiredAt(Instant now) {
        return status == TeamInvitationStatus.PENDING && !expiresAt.isAfter(now);
    }
}
