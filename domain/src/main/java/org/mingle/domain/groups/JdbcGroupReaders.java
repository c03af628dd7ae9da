package org.mingle.domain.groups;

import static org.mingle.db.jooq.Tables.GROUP_MEMBERS;

import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.GroupId;
import org.mingle.domain.shared.GroupReaders;

/**
 * Who may read a group's events, for the events feature: everyone for a public group, members for a private one; and
 * whose groups come first in a member's list.
 */
@Singleton
class JdbcGroupReaders implements GroupReaders {

    private final Groups groups;
    private final DSLContext sql;

    JdbcGroupReaders(Groups groups, DSLContext sql) {
        this.groups = groups;
        this.sql = sql;
    }

    @Override
    public boolean mayRead(GroupId group, Optional<AccountId> viewer) {
        return groups.find(group).map(found -> GroupAccess.canSee(found,
                viewer.flatMap(account -> groups.membership(group, account)))).orElse(false);
    }

    @Override
    public Set<GroupId> groupsOf(AccountId account) {
        return sql.select(GROUP_MEMBERS.GROUP_ID).from(GROUP_MEMBERS)
                .where(GROUP_MEMBERS.ACCOUNT_ID.eq(account).and(GROUP_MEMBERS.STATUS.eq(MembershipStatus.MEMBER)))
                .fetchSet(GROUP_MEMBERS.GROUP_ID);
    }

    @Override
    public Set<GroupId> organizedBy(AccountId account) {
        return groups.organizedBy(account);
    }
}
