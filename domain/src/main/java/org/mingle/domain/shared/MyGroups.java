package org.mingle.domain.shared;

import java.util.Set;

/**
 * The groups an account belongs to, for features that put a member's groups first (the list of upcoming events)
 * without depending on the groups feature, which implements this port.
 */
public interface MyGroups {

    /** The groups in which the account is a member (status MEMBER, any role); pending requests do not count. */
    Set<GroupId> groupsOf(AccountId account);
}
