package org.mingle.domain.groups;

/** How people join a group. */
public enum JoinPolicy {
    /** Anyone signed in joins at once. */
    OPEN,
    /** An owner or organizer approves each request. */
    APPROVAL
}
