package org.mingle.domain.groups;

import static org.mingle.db.jooq.Tables.GROUP_MEMBERS;

import jakarta.inject.Singleton;
import java.util.Set;
import org.jooq.DSLContext;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.GroupId;
import org.mingle.domain.shared.MyGroups;

/** The groups an account belongs to, read from the membership. */
@Singleton
class JdbcMyGroups implements MyGroups {

    private final DSLContext sql;

    JdbcMyGroups(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public Set<GroupId> groupsOf(AccountId account) {
        return sql.select(GROUP_MEMBERS.GROUP_ID).from(GROUP_MEMBERS)
                .where(GROUP_MEMBERS.ACCOUNT_ID.eq(account).and(GROUP_MEMBERS.STATUS.eq(MembershipStatus.MEMBER)))
                .fetchSet(GROUP_MEMBERS.GROUP_ID);
    }
}
