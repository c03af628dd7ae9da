package org.mingle.api.events;

/**
 * Where a pending invitation to an event's team stands, as the API names it: mailed and waiting ({@code INVITED}), or
 * past its two weeks ({@code EXPIRED}; inviting the address again sends a new link). Accepted and withdrawn
 * invitations are not listed: the first are on the team, the second are gone.
 */
public enum TeamInvitationState {
    INVITED,
    EXPIRED
}
