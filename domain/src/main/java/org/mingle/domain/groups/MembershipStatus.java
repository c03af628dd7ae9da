package org.mingle.domain.groups;

/** Whether a person belongs to a group yet. */
public enum MembershipStatus {
    /** Belongs to the group. */
    MEMBER,
    /** Asked to join a group that approves its members; waits for an organizer. */
    PENDING
}
