package org.mingle.domain.shared;

import java.util.Optional;
import java.util.Set;

/**
 * Who may read a group's events, for the events feature, which keeps a private group's events from everyone outside
 * the group without depending on the groups feature (which implements this port).
 */
public interface GroupReaders {

    /** Whether the viewer may see the group's events: anyone for a public group, members for a private one. */
    boolean mayRead(GroupId group, Optional<AccountId> viewer);

    /**
     * The groups in which the account is a member (status MEMBER, any role), whose events come first in its list of
     * upcoming events; pending requests do not count.
     */
    Set<GroupId> groupsOf(AccountId account);

    /** The groups the account owns or organizes, whose events it organizes too. */
    Set<GroupId> organizedBy(AccountId account);
}
