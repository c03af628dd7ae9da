package org.mingle.domain.events;

/**
 * Where an invitation to an event's team stands. Expiry is no status of its own: a pending invitation past its
 * {@code expiresAt} has expired, and inviting the address again makes it pending for another 14 days.
 */
public enum TeamInvitationStatus {
    /** Mailed and not yet answered. */
    PENDING,
    /** The invited person joined the team. */
    ACCEPTED,
    /** The owner withdrew it. */
    REVOKED
}
