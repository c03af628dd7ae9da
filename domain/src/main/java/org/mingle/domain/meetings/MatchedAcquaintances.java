package org.mingle.domain.meetings;

import static org.jooq.impl.DSL.select;
import static org.mingle.db.jooq.Tables.MEETING_REQUESTS;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.jooq.DSLContext;
import org.mingle.domain.profiles.Acquaintances;
import org.mingle.domain.shared.AccountId;

/** People matched by an accepted meeting request, at any event, know each other. */
@Singleton
class MatchedAcquaintances implements Acquaintances {

    private final DSLContext sql;

    MatchedAcquaintances(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public Set<AccountId> knownTo(AccountId viewer, Collection<AccountId> others) {
        if (others.isEmpty()) {
            return Set.of();
        }
        var ids = others.stream().distinct().toList();
        var accepted = MeetingRequestStatus.ACCEPTED;
        return new HashSet<>(sql.select(MEETING_REQUESTS.TO_ACCOUNT).from(MEETING_REQUESTS)
                .where(MEETING_REQUESTS.FROM_ACCOUNT.eq(viewer).and(MEETING_REQUESTS.TO_ACCOUNT.in(ids))
                        .and(MEETING_REQUESTS.STATUS.eq(accepted)))
                .union(select(MEETING_REQUESTS.FROM_ACCOUNT).from(MEETING_REQUESTS)
                        .where(MEETING_REQUESTS.TO_ACCOUNT.eq(viewer).and(MEETING_REQUESTS.FROM_ACCOUNT.in(ids))
                                .and(MEETING_REQUESTS.STATUS.eq(accepted))))
                .fetch(MEETING_REQUESTS.TO_ACCOUNT));
    }
}
