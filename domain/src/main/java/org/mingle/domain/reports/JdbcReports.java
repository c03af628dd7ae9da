package org.mingle.domain.reports;

import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.mode;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectDistinct;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.when;
import static org.mingle.db.jooq.Tables.CONNECTIONS;
import static org.mingle.db.jooq.Tables.CONNECTION_DEGREES;
import static org.mingle.db.jooq.Tables.CONNECTION_ENTRIES;
import static org.mingle.db.jooq.Tables.CONNECTION_INTEREST_COUNTS;
import static org.mingle.db.jooq.Tables.CONNECTION_TOTALS;
import static org.mingle.db.jooq.Tables.MEETING_BOOKINGS;
import static org.mingle.db.jooq.Tables.MEETING_REQUESTS;
import static org.mingle.db.jooq.Tables.PROFILES;
import static org.mingle.db.jooq.Tables.PROFILE_INTERESTS;
import static org.mingle.db.jooq.Tables.PROFILE_VISIBILITY;
import static org.mingle.db.jooq.Tables.REGISTRATIONS;
import static org.mingle.db.jooq.Tables.ROUND_SEATS;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.exception.DataAccessException;
import org.mingle.db.jooq.tables.Connections;
import org.mingle.db.jooq.tables.Registrations;
import org.mingle.db.jooq.tables.RoundSeats;
import org.mingle.domain.connections.FollowUp;
import org.mingle.domain.connections.Outcome;
import org.mingle.domain.events.EventId;
import org.mingle.domain.infrastructure.ReportReads;
import org.mingle.domain.meetings.HeldState;
import org.mingle.domain.meetings.MeetingRequestStatus;
import org.mingle.domain.profiles.ProfileField;
import org.mingle.domain.profiles.Relationship;
import org.mingle.domain.profiles.Visibility;
import org.mingle.domain.registration.RegistrationStatus;
import org.mingle.domain.shared.AccountId;

/**
 * Report queries, typed with the generated jOOQ classes: aggregates run in PostgreSQL over the event's rows, never row
 * by row in Java. The queries read several features' tables (registrations, connections, requests, rounds, profiles):
 * a report is a view across features (decision 15), and one query per figure is what keeps each section within its
 * time.
 */
@Singleton
class JdbcReports implements Reports {

    private static final List<Visibility> SHOWN_TO_ATTENDEES = Arrays.stream(Visibility.values())
            .filter(visibility -> visibility.visibleTo(Relationship.FELLOW_ATTENDEE)).toList();
    private static final List<FollowUp> OPEN_FOLLOW_UPS = List.of(FollowUp.TO_CONTACT, FollowUp.CONTACTED,
            FollowUp.MEETING_BOOKED);

    private final DSLContext sql;

    JdbcReports(@ReportReads DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public EventReport.Funnel funnel(EventId event, boolean started) {
        return sql.select(countDistinct(REGISTRATIONS.ACCOUNT_ID),
                        count().filterWhere(REGISTRATIONS.STATUS.eq(RegistrationStatus.CONFIRMED)),
                        count().filterWhere(REGISTRATIONS.STATUS.eq(RegistrationStatus.WAITLISTED)),
                        count().filterWhere(REGISTRATIONS.STATUS.eq(RegistrationStatus.PENDING_APPROVAL)),
                        count().filterWhere(REGISTRATIONS.STATUS.eq(RegistrationStatus.CANCELLED)),
                        count().filterWhere(REGISTRATIONS.CHECKED_IN_AT.isNotNull()))
                .from(REGISTRATIONS)
                .where(REGISTRATIONS.EVENT_ID.eq(event))
                .fetchSingle(Records.mapping((registered, confirmed, waitlisted, pendingApproval, cancelled,
                                              checkedIn) -> new EventReport.Funnel(registered, confirmed, waitlisted,
                        pendingApproval, cancelled, checkedIn, started ? confirmed - checkedIn : 0)));
    }

    @Override
    public ConnectionCounts connectionCounts(EventId event) {
        // The counters are spread over stripes (decision 27): the event's figures are their sums.
        return sql.select(sum(CONNECTION_TOTALS.CONNECTIONS).cast(Integer.class),
                        sum(CONNECTION_TOTALS.CROSS_INDUSTRY).cast(Integer.class),
                        sum(CONNECTION_TOTALS.RECOMMENDED).cast(Integer.class))
                .from(CONNECTION_TOTALS)
                .where(CONNECTION_TOTALS.EVENT_ID.eq(event))
                .having(count().gt(0))
                .fetchOptional(Records.mapping(ConnectionCounts::new))
                .orElse(new ConnectionCounts(0, 0, 0));
    }

    @Override
    public Map<Integer, Integer> degreeCounts(EventId event, boolean checkedInOnly) {
        return sql.select(CONNECTION_DEGREES.CONNECTIONS, count())
                .from(CONNECTION_DEGREES)
                .join(REGISTRATIONS).on(REGISTRATIONS.EVENT_ID.eq(CONNECTION_DEGREES.EVENT_ID),
                        REGISTRATIONS.ACCOUNT_ID.eq(CONNECTION_DEGREES.ACCOUNT_ID))
                .where(CONNECTION_DEGREES.EVENT_ID.eq(event), REGISTRATIONS.STATUS.eq(RegistrationStatus.CONFIRMED),
                        checkedInOnly ? REGISTRATIONS.CHECKED_IN_AT.isNotNull() : noCondition())
                .groupBy(CONNECTION_DEGREES.CONNECTIONS)
                .collect(Records.intoMap());
    }

    @Override
    public int connectedPeople(EventId event) {
        return sql.fetchCount(CONNECTION_DEGREES, CONNECTION_DEGREES.EVENT_ID.eq(event));
    }

    @Override
    public FirstTimers firstTimers(EventId event, Instant eventStart) {
        Registrations attendee = REGISTRATIONS.as("attendee");
        Registrations earlier = REGISTRATIONS.as("earlier");
        return sql.select(count(), count().filterWhere(exists(selectOne().from(CONNECTION_DEGREES)
                        .where(CONNECTION_DEGREES.EVENT_ID.eq(attendee.EVENT_ID),
                                CONNECTION_DEGREES.ACCOUNT_ID.eq(attendee.ACCOUNT_ID)))))
                .from(attendee)
                .where(attendee.EVENT_ID.eq(event), attendee.STATUS.eq(RegistrationStatus.CONFIRMED),
                        notExists(selectOne().from(earlier)
                                .where(earlier.ACCOUNT_ID.eq(attendee.ACCOUNT_ID), earlier.STATUS.eq(RegistrationStatus.CONFIRMED),
                                        earlier.EVENT_ID.ne(attendee.EVENT_ID),
                                        earlier.events().STARTS_AT.lt(eventStart))))
                .fetchSingle(Records.mapping(FirstTimers::new));
    }

    @Override
    public Requests requests(EventId event) {
        return sql.select(count(), count().filterWhere(MEETING_REQUESTS.STATUS.eq(MeetingRequestStatus.ACCEPTED)))
                .from(MEETING_REQUESTS)
                .where(MEETING_REQUESTS.EVENT_ID.eq(event))
                .fetchSingle(Records.mapping(Requests::new));
    }

    @Override
    public HeldMeetingFigures heldMeetings(EventId event, Instant now) {
        Condition ended = MEETING_BOOKINGS.ENDS_AT.le(now);
        return sql.select(count().filterWhere(MEETING_BOOKINGS.STATE.eq(HeldState.HELD)),
                        count().filterWhere(MEETING_BOOKINGS.STATE.eq(HeldState.NO_SHOW)),
                        count().filterWhere(ended),
                        count().filterWhere(ended.and(MEETING_BOOKINGS.STATE.eq(HeldState.HELD))))
                .from(MEETING_BOOKINGS)
                .where(MEETING_BOOKINGS.EVENT_ID.eq(event))
                .fetchSingle(Records.mapping(HeldMeetingFigures::of));
    }

    @Override
    public RoundPairs roundPairs(EventId event) {
        RoundSeats seat = ROUND_SEATS.as("seat");
        RoundSeats tablemate = ROUND_SEATS.as("tablemate");
        var first = seat.ACCOUNT_ID.as("first_account");
        var second = tablemate.ACCOUNT_ID.as("second_account");
        var pairs = name("pairs").as(selectDistinct(first, second)
                .from(seat)
                .join(tablemate).on(tablemate.EVENT_ID.eq(seat.EVENT_ID), tablemate.NUMBER.eq(seat.NUMBER),
                        tablemate.TABLE_NUMBER.eq(seat.TABLE_NUMBER), seat.ACCOUNT_ID.lt(tablemate.ACCOUNT_ID))
                .where(seat.EVENT_ID.eq(event)));
        return sql.with(pairs)
                .select(count(), count(CONNECTIONS.ID))
                .from(pairs)
                .leftJoin(CONNECTIONS).on(CONNECTIONS.EVENT_ID.eq(event),
                        CONNECTIONS.FIRST_ACCOUNT.eq(pairs.field(first)),
                        CONNECTIONS.SECOND_ACCOUNT.eq(pairs.field(second)))
                .fetchSingle(Records.mapping(RoundPairs::new));
    }

    @Override
    public List<EventReport.InterestCount> topInterests(EventId event, int limit) {
        var people = count();
        return sql.select(mode().withinGroupOrderBy(PROFILE_INTERESTS.DISPLAY), people)
                .from(REGISTRATIONS)
                .join(PROFILE_INTERESTS).on(PROFILE_INTERESTS.ACCOUNT_ID.eq(REGISTRATIONS.ACCOUNT_ID))
                .join(PROFILE_VISIBILITY).on(PROFILE_VISIBILITY.ACCOUNT_ID.eq(REGISTRATIONS.ACCOUNT_ID),
                        PROFILE_VISIBILITY.FIELD.eq(ProfileField.INTERESTS))
                .where(REGISTRATIONS.EVENT_ID.eq(event), REGISTRATIONS.STATUS.eq(RegistrationStatus.CONFIRMED),
                        PROFILE_VISIBILITY.VISIBILITY.in(SHOWN_TO_ATTENDEES))
                .groupBy(PROFILE_INTERESTS.TAG_KEY)
                .orderBy(people.desc(), PROFILE_INTERESTS.TAG_KEY)
                .limit(limit)
                .fetch(Records.mapping(EventReport.InterestCount::new));
    }

    @Override
    public List<EventReport.InterestCount> connectingInterests(EventId event, int limit) {
        var connections = sum(CONNECTION_INTEREST_COUNTS.CONNECTIONS).cast(Integer.class);
        return sql.select(min(CONNECTION_INTEREST_COUNTS.DISPLAY), connections)
                .from(CONNECTION_INTEREST_COUNTS)
                .where(CONNECTION_INTEREST_COUNTS.EVENT_ID.eq(event))
                .groupBy(CONNECTION_INTEREST_COUNTS.INTEREST)
                .orderBy(connections.desc(), CONNECTION_INTEREST_COUNTS.INTEREST)
                .limit(limit)
                .fetch(Records.mapping(EventReport.InterestCount::new));
    }

    @Override
    public Map<Outcome, Integer> outcomes(EventId event) {
        return sql.select(CONNECTION_ENTRIES.OUTCOME, count())
                .from(CONNECTION_ENTRIES)
                .where(CONNECTION_ENTRIES.EVENT_ID.eq(event), CONNECTION_ENTRIES.OUTCOME.isNotNull())
                .groupBy(CONNECTION_ENTRIES.OUTCOME)
                .collect(Records.intoMap());
    }

    /**
     * The most connected people come from the index on degrees in order, and only then are joined to their profiles.
     * With the next query this costs what the same two queries cost as plain SQL. Gathering each one's connections
     * in this query instead was measured slower for 300 people at 1,000,000 connections: as a jOOQ multiset (JSON in
     * PostgreSQL, decoded row by row) by about 5 ms, as an array aggregate by about 2 ms.
     */
    @Override
    public List<NetworkPicture.Person> mostConnected(EventId event, int limit) {
        var mostConnected = select(CONNECTION_DEGREES.ACCOUNT_ID, CONNECTION_DEGREES.CONNECTIONS)
                .from(CONNECTION_DEGREES)
                .where(CONNECTION_DEGREES.EVENT_ID.eq(event))
                .orderBy(CONNECTION_DEGREES.CONNECTIONS.desc(), CONNECTION_DEGREES.ACCOUNT_ID)
                .limit(limit)
                .asTable("most_connected");
        var account = mostConnected.field(CONNECTION_DEGREES.ACCOUNT_ID);
        var connections = mostConnected.field(CONNECTION_DEGREES.CONNECTIONS);
        var shownIndustry = when(PROFILE_VISIBILITY.VISIBILITY.in(SHOWN_TO_ATTENDEES)
                .and(PROFILES.INDUSTRY.ne("")), PROFILES.INDUSTRY);
        return sql.select(account, shownIndustry, connections)
                .from(mostConnected)
                .leftJoin(PROFILES).on(PROFILES.ACCOUNT_ID.eq(account))
                .leftJoin(PROFILE_VISIBILITY).on(PROFILE_VISIBILITY.ACCOUNT_ID.eq(account),
                        PROFILE_VISIBILITY.FIELD.eq(ProfileField.INDUSTRY))
                .orderBy(connections.desc(), account)
                .fetch(Records.mapping(NetworkPicture.Person::new));
    }

    @Override
    public List<ConnectedPair> connectionsAmong(EventId event, List<AccountId> people) {
        var ids = val(people.toArray(AccountId[]::new), CONNECTIONS.FIRST_ACCOUNT.getDataType().getArrayDataType());
        return sql.select(CONNECTIONS.FIRST_ACCOUNT, CONNECTIONS.SECOND_ACCOUNT)
                .from(CONNECTIONS)
                .where(CONNECTIONS.EVENT_ID.eq(event), CONNECTIONS.FIRST_ACCOUNT.eq(any(ids)),
                        CONNECTIONS.SECOND_ACCOUNT.eq(any(ids)))
                .fetch(Records.mapping(ConnectedPair::new));
    }

    /**
     * The query is typed like the others; only its rows are read straight from the JDBC cursor: at a million rows,
     * building a jOOQ record per row costs more than the query. No "order by": sorting a million rows would spill to
     * disk before the first row; rows come in the order they were stored, which is the order they were recorded in.
     */
    @Override
    public void forEachConnection(EventId event, Consumer<ConnectionRow> sink) {
        var first = CONNECTIONS.connectionsFirstAccountFkey();
        var second = CONNECTIONS.connectionsSecondAccountFkey();
        var query = sql.select(CONNECTIONS.ID, CONNECTIONS.CREATED_AT, CONNECTIONS.FIRST_ACCOUNT, first.DISPLAY_NAME,
                        CONNECTIONS.FIRST_INDUSTRY, CONNECTIONS.SECOND_ACCOUNT, second.DISPLAY_NAME,
                        CONNECTIONS.SECOND_INDUSTRY, CONNECTIONS.SHARED_INTERESTS, CONNECTIONS.SOURCE,
                        CONNECTIONS.RECOMMENDED, CONNECTIONS.MET_IN_ROUND, CONNECTIONS.MATCHED_BY_REQUEST)
                .from(CONNECTIONS)
                .where(CONNECTIONS.EVENT_ID.eq(event))
                .fetchSize(2_000);
        // Columns by their place in the select list above; ids (uuid) read as their text.
        try (ResultSet rows = query.fetchResultSet()) {
            while (rows.next()) {
                sink.accept(new ConnectionRow(rows.getString(1), rows.getObject(2, OffsetDateTime.class).toInstant(),
                        rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6),
                        rows.getString(7), rows.getString(8), List.of((String[]) rows.getArray(9).getArray()),
                        rows.getString(10), rows.getBoolean(11), rows.getBoolean(12), rows.getBoolean(13)));
            }
        } catch (SQLException e) {
            throw new DataAccessException("Could not read the event's connections", e);
        }
    }

    @Override
    public AttendeeCounts attendeeCounts(EventId event, AccountId attendee) {
        return sql.select(count(), count().filterWhere(crossIndustry(CONNECTION_ENTRIES.connections())),
                        count().filterWhere(CONNECTION_ENTRIES.FOLLOW_UP.in(OPEN_FOLLOW_UPS)))
                .from(CONNECTION_ENTRIES)
                .where(CONNECTION_ENTRIES.OWNER_ID.eq(attendee),
                        CONNECTION_ENTRIES.EVENT_ID.eq(event))
                .fetchSingle(Records.mapping(AttendeeCounts::new));
    }

    /** Both industries known and different ignoring case, as {@code ConnectionFacts.crossIndustry()} decides it. */
    private static Condition crossIndustry(Connections connection) {
        return connection.FIRST_INDUSTRY.isNotNull().and(connection.SECOND_INDUSTRY.isNotNull())
                .and(lower(connection.FIRST_INDUSTRY).ne(lower(connection.SECOND_INDUSTRY)));
    }
}
