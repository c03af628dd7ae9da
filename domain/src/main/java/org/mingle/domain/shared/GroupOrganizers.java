package org.mingle.domain.shared;

/**
 * Who runs a group, for the features that act on a group's behalf (its events, its series) without depending on the
 * groups feature, which implements this port.
 */
public interface GroupOrganizers {

    /** Whether the account is a member of the group with the role OWNER or ORGANIZER. */
    boolean organizes(GroupId group, AccountId account);

    /** Whether the group exists: a caller who does not run it learns 403 for a real group, 404 for an unknown one. */
    boolean exists(GroupId group);
}
