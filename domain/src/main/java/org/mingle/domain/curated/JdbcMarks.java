package org.mingle.domain.curated;

import static org.mingle.db.jooq.Tables.CURATED_MARKS;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/** Marks in PostgreSQL: one row per author, person and event. */
@Singleton
class JdbcMarks implements Marks {

    private final DSLContext sql;

    JdbcMarks(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public void put(EventId event, AccountId from, AccountId to, MarkKind kind, Instant at) {
        sql.insertInto(CURATED_MARKS)
                .set(CURATED_MARKS.EVENT_ID, event)
                .set(CURATED_MARKS.FROM_ACCOUNT, from)
                .set(CURATED_MARKS.TO_ACCOUNT, to)
                .set(CURATED_MARKS.KIND, kind)
                .set(CURATED_MARKS.MARKED_AT, at)
                .onConflict(CURATED_MARKS.EVENT_ID, CURATED_MARKS.FROM_ACCOUNT, CURATED_MARKS.TO_ACCOUNT).doUpdate()
                .set(CURATED_MARKS.KIND, kind)
                .set(CURATED_MARKS.MARKED_AT, at)
                .execute();
    }

    @Override
    public boolean remove(EventId event, AccountId from, AccountId to) {
        return sql.deleteFrom(CURATED_MARKS)
                .where(CURATED_MARKS.EVENT_ID.eq(event).and(CURATED_MARKS.FROM_ACCOUNT.eq(from))
                        .and(CURATED_MARKS.TO_ACCOUNT.eq(to)))
                .execute() > 0;
    }

    @Override
    public Optional<MarkKind> of(EventId event, AccountId from, AccountId to) {
        return sql.select(CURATED_MARKS.KIND).from(CURATED_MARKS)
                .where(CURATED_MARKS.EVENT_ID.eq(event).and(CURATED_MARKS.FROM_ACCOUNT.eq(from))
                        .and(CURATED_MARKS.TO_ACCOUNT.eq(to)))
                .fetchOptional(CURATED_MARKS.KIND);
    }

    @Override
    public int count(EventId event, AccountId from, MarkKind kind, AccountId other) {
        return sql.fetchCount(CURATED_MARKS, CURATED_MARKS.EVENT_ID.eq(event)
                .and(CURATED_MARKS.FROM_ACCOUNT.eq(from)).and(CURATED_MARKS.KIND.eq(kind))
                .and(CURATED_MARKS.TO_ACCOUNT.ne(other)));
    }

    @Override
    public List<StoredMark> by(EventId event, AccountId from) {
        return sql.selectFrom(CURATED_MARKS)
                .where(CURATED_MARKS.EVENT_ID.eq(event).and(CURATED_MARKS.FROM_ACCOUNT.eq(from)))
                .orderBy(CURATED_MARKS.MARKED_AT.desc(), CURATED_MARKS.TO_ACCOUNT)
                .fetch(r -> new StoredMark(r.getEventId(), r.getToAccount(), r.getKind(), r.getMarkedAt()));
    }

    @Override
    public Map<MarkKind, List<Mark>> at(EventId event) {
        Map<MarkKind, List<Mark>> marks = new EnumMap<>(MarkKind.class);
        for (MarkKind kind : MarkKind.values()) {
            marks.put(kind, List.of());
        }
        marks.putAll(sql.selectFrom(CURATED_MARKS).where(CURATED_MARKS.EVENT_ID.eq(event))
                .orderBy(CURATED_MARKS.FROM_ACCOUNT, CURATED_MARKS.TO_ACCOUNT)
                .fetch().stream()
                .collect(Collectors.groupingBy(r -> r.getKind(),
                        Collectors.mapping(r -> new Mark(r.getFromAccount(), r.getToAccount()), Collectors.toList()))));
        return marks;
    }

    @Override
    public List<StoredMark> byAccount(AccountId from) {
        return sql.selectFrom(CURATED_MARKS)
                .where(CURATED_MARKS.FROM_ACCOUNT.eq(from))
                .orderBy(CURATED_MARKS.MARKED_AT, CURATED_MARKS.EVENT_ID)
                .fetch(r -> new StoredMark(r.getEventId(), r.getToAccount(), r.getKind(), r.getMarkedAt()));
    }

    @Override
    public void eraseBy(AccountId account) {
        sql.deleteFrom(CURATED_MARKS)
                .where(CURATED_MARKS.FROM_ACCOUNT.eq(account).or(CURATED_MARKS.TO_ACCOUNT.eq(account)))
                .execute();
    }
}
