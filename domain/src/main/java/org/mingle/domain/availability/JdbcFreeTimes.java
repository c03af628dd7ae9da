package org.mingle.domain.availability;

import static org.mingle.db.jooq.Tables.AVAILABILITY;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/** Free times in PostgreSQL. */
@Singleton
class JdbcFreeTimes implements FreeTimes {

    private final DSLContext sql;

    JdbcFreeTimes(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public void put(EventId event, AccountId account, Instant until, Instant now) {
        sql.insertInto(AVAILABILITY)
                .set(AVAILABILITY.EVENT_ID, event)
                .set(AVAILABILITY.ACCOUNT_ID, account)
                .set(AVAILABILITY.FREE_UNTIL, until)
                .set(AVAILABILITY.UPDATED_AT, now)
                .onConflict(AVAILABILITY.EVENT_ID, AVAILABILITY.ACCOUNT_ID)
                .doUpdate()
                .set(AVAILABILITY.FREE_UNTIL, until)
                .set(AVAILABILITY.UPDATED_AT, now)
                .execute();
    }

    @Override
    public boolean remove(EventId event, AccountId account) {
        return sql.deleteFrom(AVAILABILITY)
                .where(AVAILABILITY.EVENT_ID.eq(event).and(AVAILABILITY.ACCOUNT_ID.eq(account)))
                .execute() > 0;
    }

    @Override
    public Optional<Instant> until(EventId event, AccountId account, Instant now) {
        return sql.select(AVAILABILITY.FREE_UNTIL).from(AVAILABILITY)
                .where(AVAILABILITY.EVENT_ID.eq(event).and(AVAILABILITY.ACCOUNT_ID.eq(account))
                        .and(AVAILABILITY.FREE_UNTIL.gt(now)))
                .fetchOptional(Record1::value1);
    }

    @Override
    public Map<AccountId, Instant> freeAfter(EventId event, Instant now) {
        return sql.select(AVAILABILITY.ACCOUNT_ID, AVAILABILITY.FREE_UNTIL).from(AVAILABILITY)
                .where(AVAILABILITY.EVENT_ID.eq(event).and(AVAILABILITY.FREE_UNTIL.gt(now)))
                .fetchMap(AVAILABILITY.ACCOUNT_ID, AVAILABILITY.FREE_UNTIL);
    }

    @Override
    public int removePassed(EventId event, Instant now) {
        return sql.deleteFrom(AVAILABILITY)
                .where(AVAILABILITY.EVENT_ID.eq(event).and(AVAILABILITY.FREE_UNTIL.le(now)))
                .execute();
    }

    @Override
    public List<FreeTime> ofAccount(AccountId account) {
        return sql.select(AVAILABILITY.EVENT_ID, AVAILABILITY.ACCOUNT_ID, AVAILABILITY.FREE_UNTIL)
                .from(AVAILABILITY)
                .where(AVAILABILITY.ACCOUNT_ID.eq(account))
                .orderBy(AVAILABILITY.FREE_UNTIL.desc())
                .fetch(record -> new FreeTime(record.value1(), record.value2(), record.value3()));
    }

    @Override
    public void removeAllOf(AccountId account) {
        sql.deleteFrom(AVAILABILITY).where(AVAILABILITY.ACCOUNT_ID.eq(account)).execute();
    }
}
