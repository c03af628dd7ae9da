package org.mingle.domain.events;

/**
 * What adding an email address to an event's team did: gave its account the role at once, or, for an address
 * without an account, mailed an invitation.
 */
public sealed interface TeamAddition {

    /** The address has an account, which is on the team now. */
    record Added(TeamMember member) implements TeamAddition {
    }

    /** The address has no account: an invitation is pending. */
    record Invited(TeamInvitation invitation) implements TeamAddition {
    }
}
