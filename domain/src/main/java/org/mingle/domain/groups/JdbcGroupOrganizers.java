package org.mingle.domain.groups;

import static org.mingle.db.jooq.Tables.GROUPS;
import static org.mingle.db.jooq.Tables.GROUP_MEMBERS;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.GroupId;
import org.mingle.domain.shared.GroupOrganizers;

/** The group's owners and organizers, read from its membership. */
@Singleton
class JdbcGroupOrganizers implements GroupOrganizers {

    private final DSLContext sql;

    JdbcGroupOrganizers(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public boolean organizes(GroupId group, AccountId account) {
        return sql.fetchExists(GROUP_MEMBERS, GROUP_MEMBERS.GROUP_ID.eq(group)
                .and(GROUP_MEMBERS.ACCOUNT_ID.eq(account))
                .and(GROUP_MEMBERS.STATUS.eq(MembershipStatus.MEMBER))
                .and(GROUP_MEMBERS.ROLE.in(GroupRole.OWNER, GroupRole.ORGANIZER)));
    }

    @Override
    public boolean exists(GroupId group) {
        return sql.fetchExists(GROUPS, GROUPS.ID.eq(group));
    }
}
