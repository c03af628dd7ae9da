package org.mingle.domain.events;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mingle.domain.shared.AccountId;

/** Where invitations to events' teams are kept. Addresses are normalised ({@code Email}) before they come here. */
interface TeamInvitations {

    /** Makes invitations to one event take turns until the transaction ends (the hourly limit counts exactly). */
    void lockEvent(EventId event);

    void insert(TeamInvitationId id, EventId event, String email, EventRole role, AccountId invitedBy, Instant now,
                Instant expiresAt);

    /** Inviting the address again: the pending invitation gets the new role and inviter, a new mail and expiry. */
    void refresh(TeamInvitationId id, EventRole role, AccountId invitedBy, Instant now, Instant expiresAt);

    Optional<TeamInvitation> find(TeamInvitationId id);

    /** The invitation, its row locked until the transaction ends, so two acceptances take turns. */
    Optional<TeamInvitation> findForUpdate(TeamInvitationId id);

    Optional<TeamInvitation> findPending(EventId event, String email);

    /** The event's pending invitations, expired ones included, oldest mail first. */
    List<TeamInvitation> pendingOf(EventId event);

    /** Marks a pending invitation accepted by the account; false when it was no longer pending. */
    boolean accept(TeamInvitationId id, AccountId account, Instant now);

    /** Marks a pending invitation of the event withdrawn; false when there was none. */
    boolean revoke(TeamInvitationId id, EventId event, Instant now);

    /** Invitations addressed to the email or accepted by the account, for the personal-data export. */
    List<TeamInvitation> concerning(AccountId account, Optional<String> email);

    /** Invitations the account sent, for the personal-data export. */
    List<TeamInvitation> sentBy(AccountId account);

    /**
     * Removes what concerns an erased account: invitations addressed to its email or accepted by it, and pending
     * ones it sent (nobody stands behind them any more); other invitations it sent forget who sent them.
     */
    void erase(AccountId account, Optional<String> email);

    /** Deletes invitations answered or expired before the cutoff; answers how many. */
    int purgeBefore(Instant cutoff);
}
