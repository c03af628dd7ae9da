package org.mingle.domain.connections;

import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.sum;
import static org.mingle.db.jooq.Tables.CONNECTIONS;
import static org.mingle.db.jooq.Tables.CONNECTION_DEGREES;
import static org.mingle.db.jooq.Tables.CONNECTION_ENTRIES;
import static org.mingle.db.jooq.Tables.CONNECTION_INTEREST_COUNTS;
import static org.mingle.db.jooq.Tables.CONNECTION_TOTALS;
import static org.mingle.db.jooq.Tables.CONNECT_CODES;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Record2;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.mingle.domain.events.EventId;
import org.mingle.domain.matching.ConnectedPairs;
import org.mingle.domain.matching.Exclusions;
import org.mingle.domain.profiles.Interest;
import org.mingle.domain.shared.AccountId;

/** Connections in PostgreSQL: one row per pair and event, one entry per person who keeps it in their network. */
@Singleton
class JdbcConnections implements Connections, ConnectedPairs {

    /** How many rows each event's shared counters are spread over (the migration allows up to 16). */
    static final int COUNTER_STRIPES = 8;

    private final DSLContext sql;

    JdbcConnections(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public Optional<ConnectCode> codeOf(AccountId account) {
        return sql.select(CONNECT_CODES.CODE).from(CONNECT_CODES).where(CONNECT_CODES.ACCOUNT_ID.eq(account))
                .fetchOptional(CONNECT_CODES.CODE).map(ConnectCode::new);
    }

    @Override
    public boolean insertCode(AccountId account, ConnectCode code, Instant now) {
        return sql.insertInto(CONNECT_CODES)
                .set(CONNECT_CODES.ACCOUNT_ID, account)
                .set(CONNECT_CODES.CODE, code.value())
                .set(CONNECT_CODES.CREATED_AT, now)
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public Optional<AccountId> ownerOf(ConnectCode code) {
        return sql.select(CONNECT_CODES.ACCOUNT_ID).from(CONNECT_CODES).where(CONNECT_CODES.CODE.eq(code.value()))
                .fetchOptional(CONNECT_CODES.ACCOUNT_ID);
    }

    @Override
    public Optional<Connection> between(EventId event, AccountId a, AccountId b) {
        AccountId[] pair = Connection.ordered(a, b);
        return sql.selectFrom(CONNECTIONS)
                .where(CONNECTIONS.EVENT_ID.eq(event).and(CONNECTIONS.FIRST_ACCOUNT.eq(pair[0]))
                        .and(CONNECTIONS.SECOND_ACCOUNT.eq(pair[1])))
                .fetchOptional(JdbcConnections::toConnection);
    }

    @Override
    public boolean insertIfAbsent(Connection connection) {
        var facts = connection.facts();
        return sql.insertInto(CONNECTIONS)
                .set(CONNECTIONS.ID, connection.id())
                .set(CONNECTIONS.EVENT_ID, connection.eventId())
                .set(CONNECTIONS.FIRST_ACCOUNT, connection.first())
                .set(CONNECTIONS.SECOND_ACCOUNT, connection.second())
                .set(CONNECTIONS.RECORDED_BY, connection.recordedBy())
                .set(CONNECTIONS.SOURCE, connection.source())
                .set(CONNECTIONS.SHARED_INTERESTS, facts.sharedInterests().toArray(String[]::new))
                .set(CONNECTIONS.FIRST_INDUSTRY, facts.firstIndustry())
                .set(CONNECTIONS.SECOND_INDUSTRY, facts.secondIndustry())
                .set(CONNECTIONS.RECOMMENDED, facts.recommended())
                .set(CONNECTIONS.MET_IN_ROUND, facts.metInRound())
                .set(CONNECTIONS.MATCHED_BY_REQUEST, facts.matchedByRequest())
                .set(CONNECTIONS.CREATED_AT, connection.connectedAt())
                .onConflict(CONNECTIONS.EVENT_ID, CONNECTIONS.FIRST_ACCOUNT, CONNECTIONS.SECOND_ACCOUNT).doNothing()
                .execute() == 1;
    }

    /**
     * One round trip for all counters, each taken in one order (totals, the two people by id, interests by key), so
     * two connections of the same event never deadlock; the event's shared rows are those of the connection's stripe,
     * so most concurrent connections do not wait for each other either (decision 27).
     */
    @Override
    public void count(Connection connection) {
        var facts = connection.facts();
        int cross = facts.crossIndustry() ? 1 : 0;
        int recommended = facts.recommended() ? 1 : 0;
        EventId event = connection.eventId();
        short stripe = stripeOf(connection.id());
        List<Query> counters = new ArrayList<>();
        counters.add(sql.insertInto(CONNECTION_TOTALS)
                .set(CONNECTION_TOTALS.EVENT_ID, event)
                .set(CONNECTION_TOTALS.STRIPE, stripe)
                .set(CONNECTION_TOTALS.CONNECTIONS, 1)
                .set(CONNECTION_TOTALS.CROSS_INDUSTRY, cross)
                .set(CONNECTION_TOTALS.RECOMMENDED, recommended)
                .onConflict(CONNECTION_TOTALS.EVENT_ID, CONNECTION_TOTALS.STRIPE).doUpdate()
                .set(CONNECTION_TOTALS.CONNECTIONS, CONNECTION_TOTALS.CONNECTIONS.plus(1))
                .set(CONNECTION_TOTALS.CROSS_INDUSTRY, CONNECTION_TOTALS.CROSS_INDUSTRY.plus(cross))
                .set(CONNECTION_TOTALS.RECOMMENDED, CONNECTION_TOTALS.RECOMMENDED.plus(recommended)));
        counters.add(sql.insertInto(CONNECTION_DEGREES, CONNECTION_DEGREES.EVENT_ID, CONNECTION_DEGREES.ACCOUNT_ID,
                        CONNECTION_DEGREES.CONNECTIONS)
                .values(event, connection.first(), 1)
                .values(event, connection.second(), 1)
                .onConflict(CONNECTION_DEGREES.EVENT_ID, CONNECTION_DEGREES.ACCOUNT_ID).doUpdate()
                .set(CONNECTION_DEGREES.CONNECTIONS, CONNECTION_DEGREES.CONNECTIONS.plus(1)));
        Map<String, String> interests = new TreeMap<>();
        facts.sharedInterests().forEach(interest -> interests.putIfAbsent(Interest.comparisonKey(interest), interest));
        interests.forEach((key, display) -> counters.add(sql.insertInto(CONNECTION_INTEREST_COUNTS)
                .set(CONNECTION_INTEREST_COUNTS.EVENT_ID, event)
                .set(CONNECTION_INTEREST_COUNTS.INTEREST, key)
                .set(CONNECTION_INTEREST_COUNTS.STRIPE, stripe)
                .set(CONNECTION_INTEREST_COUNTS.DISPLAY, display)
                .set(CONNECTION_INTEREST_COUNTS.CONNECTIONS, 1)
                .onConflict(CONNECTION_INTEREST_COUNTS.EVENT_ID, CONNECTION_INTEREST_COUNTS.INTEREST,
                        CONNECTION_INTEREST_COUNTS.STRIPE).doUpdate()
                .set(CONNECTION_INTEREST_COUNTS.CONNECTIONS, CONNECTION_INTEREST_COUNTS.CONNECTIONS.plus(1))));
        sql.batch(counters).execute();
    }

    /** Which of the event's counter rows a connection adds to: spread evenly, fixed for the connection. */
    static short stripeOf(ConnectionId connection) {
        return (short) Math.floorMod(connection.value().hashCode(), COUNTER_STRIPES);
    }

    @Override
    public Map<EventId, Long> counts(Collection<EventId> events) {
        return sql.select(CONNECTION_TOTALS.EVENT_ID, sum(CONNECTION_TOTALS.CONNECTIONS).cast(Long.class))
                .from(CONNECTION_TOTALS)
                .where(CONNECTION_TOTALS.EVENT_ID.in(events))
                .groupBy(CONNECTION_TOTALS.EVENT_ID)
                .fetchMap(Record2::value1, Record2::value2);
    }

    @Override
    public void ensureEntry(Connection connection, AccountId owner, Instant now) {
        sql.insertInto(CONNECTION_ENTRIES)
                .set(CONNECTION_ENTRIES.CONNECTION_ID, connection.id())
                .set(CONNECTION_ENTRIES.EVENT_ID, connection.eventId())
                .set(CONNECTION_ENTRIES.OWNER_ID, owner)
                .set(CONNECTION_ENTRIES.UPDATED_AT, now)
                .onConflictDoNothing()
                .execute();
    }

    @Override
    public Map<AccountId, Set<AccountId>> networksOf(Collection<AccountId> owners) {
        var other = DSL.when(CONNECTIONS.FIRST_ACCOUNT.eq(CONNECTION_ENTRIES.OWNER_ID), CONNECTIONS.SECOND_ACCOUNT)
                .otherwise(CONNECTIONS.FIRST_ACCOUNT);
        var networks = new HashMap<AccountId, Set<AccountId>>();
        sql.selectDistinct(CONNECTION_ENTRIES.OWNER_ID, other).from(CONNECTION_ENTRIES)
                .join(CONNECTIONS).on(CONNECTIONS.ID.eq(CONNECTION_ENTRIES.CONNECTION_ID))
                .where(CONNECTION_ENTRIES.OWNER_ID.eq(any(owners.stream().distinct().toArray(AccountId[]::new))))
                .forEach(row -> networks.computeIfAbsent(row.value1(), owner -> new HashSet<>()).add(row.value2()));
        return networks;
    }

    @Override
    public List<Entry> entriesOf(AccountId owner) {
        return entries(owner, null);
    }

    @Override
    public Optional<Entry> entry(AccountId owner, ConnectionId connection) {
        return entries(owner, connection).stream().findFirst();
    }

    @Override
    public List<SharedConnection> entriesWith(AccountId owner, AccountId other) {
        AccountId[] pair = Connection.ordered(owner, other);
        return sql.select(CONNECTIONS.asterisk(), CONNECTION_ENTRIES.asterisk())
                .from(CONNECTIONS)
                .join(CONNECTION_ENTRIES).on(CONNECTION_ENTRIES.CONNECTION_ID.eq(CONNECTIONS.ID)
                        .and(CONNECTION_ENTRIES.OWNER_ID.eq(owner)))
                .where(CONNECTIONS.FIRST_ACCOUNT.eq(pair[0]).and(CONNECTIONS.SECOND_ACCOUNT.eq(pair[1])))
                .orderBy(CONNECTIONS.CREATED_AT.desc(), CONNECTIONS.ID)
                .fetch(r -> new SharedConnection(r.get(CONNECTIONS.ID), r.get(CONNECTIONS.EVENT_ID),
                        r.get(CONNECTIONS.CREATED_AT), r.get(CONNECTIONS.SOURCE), toNotes(r),
                        r.get(CONNECTION_ENTRIES.UPDATED_AT)));
    }

    private List<Entry> entries(AccountId owner, ConnectionId only) {
        var condition = CONNECTION_ENTRIES.OWNER_ID.eq(owner);
        if (only != null) {
            condition = condition.and(CONNECTION_ENTRIES.CONNECTION_ID.eq(only));
        }
        return sql.select(CONNECTIONS.asterisk(), CONNECTION_ENTRIES.asterisk())
                .from(CONNECTION_ENTRIES)
                .join(CONNECTIONS).on(CONNECTIONS.ID.eq(CONNECTION_ENTRIES.CONNECTION_ID))
                .where(condition)
                .orderBy(CONNECTIONS.CREATED_AT.desc(), CONNECTIONS.ID)
                .fetch(r -> new Entry(toConnection(r), toNotes(r)));
    }

    @Override
    public void saveNotes(ConnectionId connection, AccountId owner, PrivateNotes notes, Instant now) {
        sql.update(CONNECTION_ENTRIES)
                .set(CONNECTION_ENTRIES.NOTE, notes.note())
                .set(CONNECTION_ENTRIES.TAGS, notes.tags().toArray(String[]::new))
                .set(CONNECTION_ENTRIES.FOLLOW_UP, notes.followUp())
                .set(CONNECTION_ENTRIES.REMIND_ON, notes.remindAt())
                .set(CONNECTION_ENTRIES.OUTCOME, notes.outcome())
                .set(CONNECTION_ENTRIES.UPDATED_AT, now)
                .where(CONNECTION_ENTRIES.CONNECTION_ID.eq(connection)
                        .and(CONNECTION_ENTRIES.OWNER_ID.eq(owner)))
                .execute();
    }

    @Override
    public boolean deleteEntry(ConnectionId connection, AccountId owner) {
        return sql.deleteFrom(CONNECTION_ENTRIES).where(CONNECTION_ENTRIES.CONNECTION_ID.eq(connection)
                .and(CONNECTION_ENTRIES.OWNER_ID.eq(owner))).execute() == 1;
    }

    @Override
    public int countDue(AccountId owner, LocalDate today) {
        return sql.fetchCount(CONNECTION_ENTRIES, CONNECTION_ENTRIES.OWNER_ID.eq(owner)
                .and(CONNECTION_ENTRIES.REMIND_ON.le(today))
                .and(CONNECTION_ENTRIES.FOLLOW_UP.ne(FollowUp.DONE)));
    }

    @Override
    public List<Owned> dueBetween(LocalDate from, LocalDate to, Optional<DueFollowUp> after, int limit) {
        var condition = CONNECTION_ENTRIES.REMIND_ON.between(from, to)
                .and(CONNECTION_ENTRIES.FOLLOW_UP.ne(FollowUp.DONE));
        if (after.isPresent()) {
            condition = condition.and(row(CONNECTION_ENTRIES.OWNER_ID, CONNECTION_ENTRIES.CONNECTION_ID)
                    .gt(after.get().owner(), after.get().connection()));
        }
        return sql.select(CONNECTIONS.asterisk(), CONNECTION_ENTRIES.asterisk())
                .from(CONNECTION_ENTRIES)
                .join(CONNECTIONS).on(CONNECTIONS.ID.eq(CONNECTION_ENTRIES.CONNECTION_ID))
                .where(condition)
                .orderBy(CONNECTION_ENTRIES.OWNER_ID, CONNECTION_ENTRIES.CONNECTION_ID)
                .limit(limit)
                .fetch(r -> new Owned(r.get(CONNECTION_ENTRIES.OWNER_ID), new Entry(toConnection(r), toNotes(r))));
    }

    @Override
    public void forget(AccountId account) {
        sql.deleteFrom(CONNECT_CODES).where(CONNECT_CODES.ACCOUNT_ID.eq(account)).execute();
        sql.deleteFrom(CONNECTION_ENTRIES).where(CONNECTION_ENTRIES.OWNER_ID.eq(account)
                .or(CONNECTION_ENTRIES.CONNECTION_ID.in(sql.select(CONNECTIONS.ID).from(CONNECTIONS)
                        .where(CONNECTIONS.FIRST_ACCOUNT.eq(account)
                                .or(CONNECTIONS.SECOND_ACCOUNT.eq(account))))))
                .execute();
    }

    @Override
    public Set<Exclusions.Pair> at(EventId event) {
        return new HashSet<>(sql.select(CONNECTIONS.FIRST_ACCOUNT, CONNECTIONS.SECOND_ACCOUNT).from(CONNECTIONS)
                .where(CONNECTIONS.EVENT_ID.eq(event))
                .fetch(mapping(Exclusions.Pair::of)));
    }

    @Override
    public List<Met> metAt(Collection<EventId> events, Collection<AccountId> involving) {
        if (events.isEmpty() || involving.isEmpty()) {
            return List.of();
        }
        AccountId[] accounts = involving.stream().distinct().toArray(AccountId[]::new);
        // By event first (connections_by_first/second would read each person's whole history at every event).
        return sql.select(CONNECTIONS.FIRST_ACCOUNT, CONNECTIONS.SECOND_ACCOUNT, CONNECTIONS.EVENT_ID)
                .from(CONNECTIONS)
                .where(CONNECTIONS.EVENT_ID.in(events.stream().distinct().toList()))
                .and(CONNECTIONS.FIRST_ACCOUNT.eq(any(accounts)).or(CONNECTIONS.SECOND_ACCOUNT.eq(any(accounts))))
                .fetch(r -> new Met(Exclusions.Pair.of(r.value1(), r.value2()), r.value3()));
    }

    private static Connection toConnection(Record r) {
        var facts = new ConnectionFacts(List.of(r.get(CONNECTIONS.SHARED_INTERESTS)), r.get(CONNECTIONS.FIRST_INDUSTRY),
                r.get(CONNECTIONS.SECOND_INDUSTRY), r.get(CONNECTIONS.RECOMMENDED), r.get(CONNECTIONS.MET_IN_ROUND),
                r.get(CONNECTIONS.MATCHED_BY_REQUEST));
        return new Connection(r.get(CONNECTIONS.ID), r.get(CONNECTIONS.EVENT_ID), r.get(CONNECTIONS.FIRST_ACCOUNT),
                r.get(CONNECTIONS.SECOND_ACCOUNT), r.get(CONNECTIONS.RECORDED_BY), r.get(CONNECTIONS.SOURCE), facts,
                r.get(CONNECTIONS.CREATED_AT));
    }

    private static PrivateNotes toNotes(Record r) {
        return new PrivateNotes(r.get(CONNECTION_ENTRIES.NOTE), List.of(r.get(CONNECTION_ENTRIES.TAGS)),
                r.get(CONNECTION_ENTRIES.FOLLOW_UP), r.get(CONNECTION_ENTRIES.REMIND_ON),
                r.get(CONNECTION_ENTRIES.OUTCOME));
    }
}
