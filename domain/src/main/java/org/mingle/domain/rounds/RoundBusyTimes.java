package org.mingle.domain.rounds;

import static org.jooq.Records.mapping;
import static org.mingle.db.jooq.Tables.NETWORKING_ROUNDS;
import static org.mingle.db.jooq.Tables.ROUND_SEATS;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.mingle.domain.events.EventId;
import org.mingle.domain.meetings.BusyTimes;
import org.mingle.domain.meetings.Slot;
import org.mingle.domain.shared.AccountId;

/** The rounds people sit in, for meetings to place around. */
@Singleton
class RoundBusyTimes implements BusyTimes {

    private final DSLContext sql;

    RoundBusyTimes(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public Map<AccountId, List<Slot>> of(EventId event) {
        return sql.select(ROUND_SEATS.ACCOUNT_ID, NETWORKING_ROUNDS.STARTS_AT, NETWORKING_ROUNDS.ENDS_AT)
                .from(ROUND_SEATS).join(NETWORKING_ROUNDS)
                .on(NETWORKING_ROUNDS.EVENT_ID.eq(ROUND_SEATS.EVENT_ID)
                        .and(NETWORKING_ROUNDS.NUMBER.eq(ROUND_SEATS.NUMBER)))
                .where(ROUND_SEATS.EVENT_ID.eq(event).and(ROUND_SEATS.TABLE_NUMBER.isNotNull()))
                .fetchGroups(ROUND_SEATS.ACCOUNT_ID,
                        mapping((account, startsAt, endsAt) -> new Slot(startsAt, endsAt)));
    }
}
