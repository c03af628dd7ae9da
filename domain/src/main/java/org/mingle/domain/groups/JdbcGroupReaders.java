package org.mingle.domain.groups;

import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.Set;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.GroupId;
import org.mingle.domain.shared.GroupReaders;

/** Who may read a group's events, for the events feature: everyone for a public group, members for a private one. */
@Singleton
class JdbcGroupReaders implements GroupReaders {

    private final Groups groups;

    JdbcGroupReaders(Groups groups) {
        this.groups = groups;
    }

    @Override
    public boolean mayRead(GroupId group, Optional<AccountId> viewer) {
        return groups.find(group).map(found -> GroupAccess.canSee(found,
                viewer.flatMap(account -> groups.membership(group, account)))).orElse(false);
    }

    @Override
    public Set<GroupId> membersOnly() {
        return groups.membersOnly();
    }

    @Override
    public Set<GroupId> organizedBy(AccountId account) {
        return groups.organizedBy(account);
    }
}
