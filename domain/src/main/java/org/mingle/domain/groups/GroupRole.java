package org.mingle.domain.groups;

/** What a member may do in a group. */
public enum GroupRole {
    /** Everything, including roles; a group always keeps at least one. */
    OWNER,
    /** Creates the group's events (and organizes each) and approves members. */
    ORGANIZER,
    /** Belongs: sees the members and the private group's events. */
    MEMBER
}
