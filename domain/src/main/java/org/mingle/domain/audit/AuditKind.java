package org.mingle.domain.audit;

/** The security events Mingle records. */
public enum AuditKind {
    SIGNED_UP, LOGIN_SUCCEEDED, LOGIN_FAILED, LOGIN_THROTTLED, LOGGED_OUT, ROLE_GRANTED, ROLE_REVOKED, ACCOUNT_ERASED,
    PASSWORD_RESET_REQUESTED, PASSWORD_RESET,
    /** An invitation to an event's team mailed to an address without an account (no account: the actor and event). */
    TEAM_INVITATION_SENT,
    TEAM_INVITATION_REVOKED
}
