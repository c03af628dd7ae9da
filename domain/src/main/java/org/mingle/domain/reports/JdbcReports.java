package org.mingle.domain.reports;

import static org.jooq.Records.mapping;
import static org.mingle.db.jooq.Tables.CONNECTIONS;
import static org.mingle.db.jooq.Tables.CONNECTION_DEGREES;
import static org.mingle.db.jooq.Tables.CONNECTION_ENTRIES;
import static org.mingle.db.jooq.Tables.PROFILES;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.connections.Outcome;
import org.mingle.domain.events.EventId;

/**
 * Report queries in SQL: aggregates run in PostgreSQL over the event's rows, never row by row in Java. The queries
 * read several features' tables (registrations, connections, requests, rounds, profiles): a report is a view across
 * features, and one query per figure is what keeps each section within its time.
 */
@Singleton
class JdbcReports implements Reports {

    private static final String CROSS_INDUSTRY = "first_industry is not null and second_industry is not null"
            + " and lower(first_industry) <> lower(second_industry)";

    private final DSLContext sql;

    JdbcReports(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public EventReport.Funnel funnel(EventId event, boolean started) {
        Record r = sql.fetchOne("""
                select count(distinct account_id),
                       count(*) filter (where status = 'CONFIRMED'),
                       count(*) filter (where status = 'WAITLISTED'),
                       count(*) filter (where status = 'PENDING_APPROVAL'),
                       count(*) filter (where status = 'CANCELLED'),
                       count(*) filter (where checked_in_at is not null)
                from registrations where event_id = ?""", event.value());
        int confirmed = r.get(1, Integer.class);
        int checkedIn = r.get(5, Integer.class);
        return new EventReport.Funnel(r.get(0, Integer.class), confirmed, r.get(2, Integer.class),
                r.get(3, Integer.class), r.get(4, Integer.class), checkedIn, started ? confirmed - checkedIn : 0);
    }

    @Override
    public ConnectionCounts connectionCounts(EventId event) {
        return sql.fetchOptional("select connections, cross_industry, recommended from connection_totals"
                        + " where event_id = ?", event.value())
                .map(r -> new ConnectionCounts(r.get(0, Integer.class), r.get(1, Integer.class),
                        r.get(2, Integer.class)))
                .orElse(new ConnectionCounts(0, 0, 0));
    }

    @Override
    public Map<Integer, Integer> degreeCounts(EventId event, boolean checkedInOnly) {
        Map<Integer, Integer> counts = new HashMap<>();
        sql.fetch("select d.connections, count(*) from connection_degrees d join registrations r"
                        + " on r.event_id = d.event_id and r.account_id = d.account_id"
                        + " where d.event_id = ? and r.status = 'CONFIRMED' and (not ? or r.checked_in_at is not null)"
                        + " group by d.connections", event.value(), checkedInOnly)
                .forEach(r -> counts.put(r.get(0, Integer.class), r.get(1, Integer.class)));
        return counts;
    }

    @Override
    public int connectedPeople(EventId event) {
        return sql.fetchOne("select count(*) from connection_degrees where event_id = ?", event.value())
                .get(0, Integer.class);
    }

    @Override
    public int[] firstTimers(EventId event, Instant eventStart) {
        Record r = sql.fetchOne("""
                select count(*),
                       count(*) filter (where exists (select 1 from connection_degrees d
                           where d.event_id = r.event_id and d.account_id = r.account_id))
                from registrations r
                where r.event_id = ? and r.status = 'CONFIRMED'
                  and not exists (select 1 from registrations o join events e on e.id = o.event_id
                                  where o.account_id = r.account_id and o.status = 'CONFIRMED'
                                    and o.event_id <> r.event_id and e.starts_at < cast(? as timestamptz))""",
                event.value(), eventStart.toString());
        return new int[] {r.get(0, Integer.class), r.get(1, Integer.class)};
    }

    @Override
    public int[] requests(EventId event) {
        Record r = sql.fetchOne("select count(*), count(*) filter (where status = 'ACCEPTED') from meeting_requests"
                + " where event_id = ?", event.value());
        return new int[] {r.get(0, Integer.class), r.get(1, Integer.class)};
    }

    @Override
    public int[] roundPairs(EventId event) {
        Record r = sql.fetchOne("""
                with pairs as (
                    select distinct a.account_id as first_account, b.account_id as second_account
                    from round_seats a join round_seats b
                      on b.event_id = a.event_id and b.number = a.number and b.table_number = a.table_number
                     and a.account_id < b.account_id
                    where a.event_id = ?)
                select count(*), count(c.id) from pairs p left join connections c
                  on c.event_id = ? and c.first_account = p.first_account and c.second_account = p.second_account""",
                event.value(), event.value());
        return new int[] {r.get(0, Integer.class), r.get(1, Integer.class)};
    }

    @Override
    public List<EventReport.InterestCount> topInterests(EventId event, int limit) {
        return sql.fetch("""
                select mode() within group (order by i.display), count(*)
                from registrations r
                join profile_interests i on i.account_id = r.account_id
                join profile_visibility v on v.account_id = r.account_id and v.field = 'INTERESTS'
                where r.event_id = ? and r.status = 'CONFIRMED' and v.visibility in ('PUBLIC', 'ATTENDEES')
                group by i.tag_key order by count(*) desc, i.tag_key limit ?""", event.value(), limit)
                .map(r -> new EventReport.InterestCount(r.get(0, String.class), r.get(1, Integer.class)));
    }

    @Override
    public List<EventReport.InterestCount> connectingInterests(EventId event, int limit) {
        return sql.fetch("""
                select display, connections from connection_interest_counts where event_id = ?
                order by connections desc, interest limit ?""", event.value(), limit)
                .map(r -> new EventReport.InterestCount(r.get(0, String.class), r.get(1, Integer.class)));
    }

    @Override
    public Map<Outcome, Integer> outcomes(EventId event) {
        Field<Integer> entries = DSL.count();
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        counts.putAll(sql.resultQuery("""
                select outcome, count(*) from connection_entries where event_id = ? and outcome is not null
                group by outcome""", event.value())
                .coerce(CONNECTION_ENTRIES.OUTCOME, entries)
                .fetchMap(CONNECTION_ENTRIES.OUTCOME, entries));
        return counts;
    }

    @Override
    public List<NetworkPicture.Person> mostConnected(EventId event, int limit) {
        return sql.resultQuery("""
                select d.account_id, case when v.visibility in ('PUBLIC', 'ATTENDEES') and p.industry <> ''
                                          then p.industry end, d.connections
                from (select account_id, connections from connection_degrees where event_id = ?
                      order by connections desc, account_id limit ?) d
                left join profiles p on p.account_id = d.account_id
                left join profile_visibility v on v.account_id = d.account_id and v.field = 'INDUSTRY'
                order by d.connections desc, d.account_id""", event.value(), limit)
                .coerce(CONNECTION_DEGREES.ACCOUNT_ID, PROFILES.INDUSTRY, CONNECTION_DEGREES.CONNECTIONS)
                .fetch(mapping(NetworkPicture.Person::new));
    }

    @Override
    public List<AccountId[]> connectionsAmong(EventId event, List<AccountId> people) {
        UUID[] ids = people.stream().map(AccountId::value).toArray(UUID[]::new);
        return sql.resultQuery("select first_account, second_account from connections where event_id = ?"
                        + " and first_account = any(?) and second_account = any(?)", event.value(),
                        DSL.val(ids, SQLDataType.UUID.array()), DSL.val(ids, SQLDataType.UUID.array()))
                .coerce(CONNECTIONS.FIRST_ACCOUNT, CONNECTIONS.SECOND_ACCOUNT)
                .fetch(mapping((first, second) -> new AccountId[] {first, second}));
    }

    @Override
    public void forEachConnection(EventId event, Consumer<ConnectionRow> sink) {
        // Straight JDBC with a cursor: at a million rows, building a jOOQ record per row costs more than the query.
        // No "order by": sorting a million rows would spill to disk before the first row; rows come in the order
        // they were stored, which is the order they were recorded in.
        sql.connection(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    select c.id::text, c.created_at, c.first_account::text, a.display_name, c.first_industry,
                           c.second_account::text, b.display_name, c.second_industry, c.shared_interests, c.source,
                           c.recommended, c.met_in_round, c.matched_by_request
                    from connections c
                    join accounts a on a.id = c.first_account
                    join accounts b on b.id = c.second_account
                    where c.event_id = ?""")) {
                query.setFetchSize(2_000);
                query.setObject(1, event.value());
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        sink.accept(new ConnectionRow(rows.getString(1),
                                rows.getObject(2, OffsetDateTime.class).toInstant(), rows.getString(3),
                                rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                                rows.getString(8), List.of((String[]) rows.getArray(9).getArray()), rows.getString(10),
                                rows.getBoolean(11), rows.getBoolean(12), rows.getBoolean(13)));
                    }
                }
            }
        });
    }

    @Override
    public int[] attendeeCounts(EventId event, AccountId attendee) {
        Record r = sql.fetchOne("select count(*), count(*) filter (where " + CROSS_INDUSTRY + "),"
                + " count(*) filter (where e.follow_up in ('TO_CONTACT', 'CONTACTED', 'MEETING_BOOKED'))"
                + " from connection_entries e join connections c on c.id = e.connection_id"
                + " where e.owner_id = ? and e.event_id = ?", attendee.value(), event.value());
        return new int[] {r.get(0, Integer.class), r.get(1, Integer.class), r.get(2, Integer.class)};
    }
}
