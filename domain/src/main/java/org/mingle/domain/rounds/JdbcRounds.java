package org.mingle.domain.rounds;

import static org.jooq.Records.mapping;
import static org.mingle.db.jooq.Tables.NETWORKING_ROUNDS;
import static org.mingle.db.jooq.Tables.ROUND_SEATS;
import static org.mingle.db.jooq.Tables.ROUND_SETTINGS;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventLocks;
import org.mingle.domain.shared.AccountId;

/** Rounds in PostgreSQL: one row per round, one per seat. */
@Singleton
class JdbcRounds implements Rounds {

    private final DSLContext sql;
    private final EventLocks events;

    JdbcRounds(DSLContext sql, EventLocks events) {
        this.sql = sql;
        this.events = events;
    }

    @Override
    public void lockEvent(EventId event) {
        events.lock(event);
    }

    @Override
    public boolean avoidsEarlierPairs(EventId event) {
        return sql.select(ROUND_SETTINGS.AVOID_EARLIER_PAIRS).from(ROUND_SETTINGS)
                .where(ROUND_SETTINGS.EVENT_ID.eq(event))
                .fetchOptional(ROUND_SETTINGS.AVOID_EARLIER_PAIRS).orElse(true);
    }

    @Override
    public void setAvoidsEarlierPairs(EventId event, boolean avoid) {
        sql.insertInto(ROUND_SETTINGS)
                .set(ROUND_SETTINGS.EVENT_ID, event)
                .set(ROUND_SETTINGS.AVOID_EARLIER_PAIRS, avoid)
                .onConflict(ROUND_SETTINGS.EVENT_ID).doUpdate()
                .set(ROUND_SETTINGS.AVOID_EARLIER_PAIRS, avoid)
                .execute();
    }

    @Override
    public List<ScheduledRound> of(EventId event) {
        Map<Integer, Map<Integer, List<AccountId>>> tables = new TreeMap<>();
        Map<Integer, List<AccountId>> resting = new TreeMap<>();
        sql.selectFrom(ROUND_SEATS)
                .where(ROUND_SEATS.EVENT_ID.eq(event))
                .orderBy(ROUND_SEATS.NUMBER, ROUND_SEATS.TABLE_NUMBER, ROUND_SEATS.ACCOUNT_ID)
                .forEach(seat -> {
                    int round = seat.getNumber();
                    if (seat.getTableNumber() == null) {
                        resting.computeIfAbsent(round, n -> new ArrayList<>()).add(seat.getAccountId());
                    } else {
                        tables.computeIfAbsent(round, n -> new TreeMap<>())
                                .computeIfAbsent(seat.getTableNumber().intValue(), t -> new ArrayList<>())
                                .add(seat.getAccountId());
                    }
                });
        return sql.selectFrom(NETWORKING_ROUNDS).where(NETWORKING_ROUNDS.EVENT_ID.eq(event))
                .orderBy(NETWORKING_ROUNDS.NUMBER)
                .fetch(r -> {
                    int number = r.getNumber();
                    List<Table> seated = new ArrayList<>();
                    tables.getOrDefault(number, Map.of()).forEach((table, people) -> seated.add(new Table(table, people)));
                    return new ScheduledRound(new Round(number, seated, resting.getOrDefault(number, List.of())),
                            r.getStartsAt(), r.getEndsAt(), r.getAnnouncedAt());
                });
    }

    @Override
    public void deleteNotHeld(EventId event, Instant now) {
        sql.deleteFrom(NETWORKING_ROUNDS)
                .where(NETWORKING_ROUNDS.EVENT_ID.eq(event).and(NETWORKING_ROUNDS.STARTS_AT.gt(now))
                        .and(NETWORKING_ROUNDS.ANNOUNCED_AT.isNull()))
                .execute();
    }

    @Override
    public void markAnnounced(EventId event, int number, Instant at) {
        sql.update(NETWORKING_ROUNDS).set(NETWORKING_ROUNDS.ANNOUNCED_AT, at)
                .where(NETWORKING_ROUNDS.EVENT_ID.eq(event).and(NETWORKING_ROUNDS.NUMBER.eq((short) number)))
                .execute();
    }

    @Override
    public void insert(EventId event, ScheduledRound scheduled) {
        short number = (short) scheduled.number();
        sql.insertInto(NETWORKING_ROUNDS, NETWORKING_ROUNDS.EVENT_ID, NETWORKING_ROUNDS.NUMBER,
                        NETWORKING_ROUNDS.STARTS_AT, NETWORKING_ROUNDS.ENDS_AT)
                .values(event, number, scheduled.startsAt(), scheduled.endsAt())
                .execute();
        var seats = sql.insertInto(ROUND_SEATS, ROUND_SEATS.EVENT_ID, ROUND_SEATS.NUMBER, ROUND_SEATS.ACCOUNT_ID,
                ROUND_SEATS.TABLE_NUMBER);
        Map<AccountId, Short> tableOf = new LinkedHashMap<>();
        for (Table table : scheduled.round().tables()) {
            table.people().forEach(person -> tableOf.put(person, (short) table.number()));
        }
        scheduled.round().resting().forEach(person -> tableOf.put(person, null));
        for (var seat : tableOf.entrySet()) {
            seats = seats.values(event, number, seat.getKey(), seat.getValue());
        }
        if (!tableOf.isEmpty()) {
            seats.execute();
        }
    }

    @Override
    public List<RoundSeat> seatsStartingBetween(Instant after, Instant until) {
        return sql.select(ROUND_SEATS.EVENT_ID, ROUND_SEATS.NUMBER, NETWORKING_ROUNDS.STARTS_AT,
                        ROUND_SEATS.ACCOUNT_ID, ROUND_SEATS.TABLE_NUMBER)
                .from(ROUND_SEATS).join(NETWORKING_ROUNDS)
                .on(NETWORKING_ROUNDS.EVENT_ID.eq(ROUND_SEATS.EVENT_ID)
                        .and(NETWORKING_ROUNDS.NUMBER.eq(ROUND_SEATS.NUMBER)))
                .where(NETWORKING_ROUNDS.STARTS_AT.gt(after).and(NETWORKING_ROUNDS.STARTS_AT.le(until)))
                .orderBy(NETWORKING_ROUNDS.STARTS_AT, ROUND_SEATS.EVENT_ID, ROUND_SEATS.NUMBER)
                .fetch(mapping((event, round, startsAt, account, table) -> new RoundSeat(event, round, startsAt,
                        account, table == null ? null : table.intValue())));
    }

    @Override
    public List<Seat> seatsOf(AccountId account) {
        return sql.select(ROUND_SEATS.EVENT_ID, ROUND_SEATS.NUMBER, NETWORKING_ROUNDS.STARTS_AT, ROUND_SEATS.TABLE_NUMBER)
                .from(ROUND_SEATS).join(NETWORKING_ROUNDS)
                .on(NETWORKING_ROUNDS.EVENT_ID.eq(ROUND_SEATS.EVENT_ID).and(NETWORKING_ROUNDS.NUMBER.eq(ROUND_SEATS.NUMBER)))
                .where(ROUND_SEATS.ACCOUNT_ID.eq(account))
                .orderBy(NETWORKING_ROUNDS.STARTS_AT, ROUND_SEATS.NUMBER)
                .fetch(mapping((event, round, startsAt, table) -> new Seat(event, round, startsAt,
                        table == null ? null : table.intValue())));
    }
}
