package org.mingle.domain.meetings;

import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.selectOne;
import static org.mingle.db.jooq.Tables.MEETING_BOOKINGS;
import static org.mingle.db.jooq.Tables.MEETING_BOOKING_PEOPLE;
import static org.mingle.db.jooq.Tables.MEETING_REQUESTS;
import static org.mingle.db.jooq.Tables.MEETING_TABLES;
import static org.mingle.db.jooq.Tables.NETWORKING_SESSIONS;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record;
import org.jooq.Select;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventLocks;
import org.mingle.domain.shared.AccountId;

/** Sessions, tables and bookings in PostgreSQL; each booked person has a row per slot, unique, as a second guard. */
@Singleton
class JdbcMeetingSchedule implements MeetingSchedule {

    private final DSLContext sql;
    private final EventLocks events;

    JdbcMeetingSchedule(DSLContext sql, EventLocks events) {
        this.sql = sql;
        this.events = events;
    }

    @Override
    public void lockEvent(EventId event) {
        events.lock(event);
    }

    @Override
    public List<NetworkingSession> sessions(EventId event) {
        return sql.selectFrom(NETWORKING_SESSIONS).where(NETWORKING_SESSIONS.EVENT_ID.eq(event))
                .orderBy(NETWORKING_SESSIONS.STARTS_AT)
                .fetch(r -> new NetworkingSession(r.getId(), r.getEventId(), r.getName(), r.getStartsAt(),
                        r.getEndsAt(), r.getSlotMinutes()));
    }

    @Override
    public void insertSession(NetworkingSession session, Instant createdAt) {
        sql.insertInto(NETWORKING_SESSIONS)
                .set(NETWORKING_SESSIONS.ID, session.id())
                .set(NETWORKING_SESSIONS.EVENT_ID, session.eventId())
                .set(NETWORKING_SESSIONS.NAME, session.name())
                .set(NETWORKING_SESSIONS.STARTS_AT, session.startsAt())
                .set(NETWORKING_SESSIONS.ENDS_AT, session.endsAt())
                .set(NETWORKING_SESSIONS.SLOT_MINUTES, (short) session.slotMinutes())
                .set(NETWORKING_SESSIONS.CREATED_AT, createdAt)
                .execute();
    }

    @Override
    public boolean deleteSession(EventId event, NetworkingSessionId session) {
        return sql.deleteFrom(NETWORKING_SESSIONS).where(NETWORKING_SESSIONS.EVENT_ID.eq(event)
                .and(NETWORKING_SESSIONS.ID.eq(session))).execute() == 1;
    }

    @Override
    public List<MeetingTable> tables(EventId event) {
        return sql.selectFrom(MEETING_TABLES).where(MEETING_TABLES.EVENT_ID.eq(event))
                .orderBy(MEETING_TABLES.CREATED_AT, MEETING_TABLES.ID)
                .fetch(r -> new MeetingTable(r.getId(), r.getEventId(), r.getName(), r.getSeats()));
    }

    @Override
    public void insertTable(MeetingTable table, Instant createdAt) {
        sql.insertInto(MEETING_TABLES)
                .set(MEETING_TABLES.ID, table.id())
                .set(MEETING_TABLES.EVENT_ID, table.eventId())
                .set(MEETING_TABLES.NAME, table.name())
                .set(MEETING_TABLES.SEATS, (short) table.seats())
                .set(MEETING_TABLES.CREATED_AT, createdAt)
                .execute();
    }

    @Override
    public boolean deleteTable(EventId event, MeetingTableId table) {
        return sql.deleteFrom(MEETING_TABLES).where(MEETING_TABLES.EVENT_ID.eq(event)
                .and(MEETING_TABLES.ID.eq(table))).execute() == 1;
    }

    @Override
    public List<Booking> bookings(EventId event) {
        return bookingsWhere(MEETING_BOOKINGS.EVENT_ID.eq(event));
    }

    @Override
    public void book(EventId event, SlotBook.Booked booked) {
        var placement = booked.placement();
        sql.deleteFrom(MEETING_BOOKINGS).where(MEETING_BOOKINGS.REQUEST_ID.eq(booked.meeting())).execute();
        sql.insertInto(MEETING_BOOKINGS)
                .set(MEETING_BOOKINGS.REQUEST_ID, booked.meeting())
                .set(MEETING_BOOKINGS.EVENT_ID, event)
                .set(MEETING_BOOKINGS.SESSION_ID, placement.session())
                .set(MEETING_BOOKINGS.TABLE_ID, placement.table())
                .set(MEETING_BOOKINGS.STARTS_AT, placement.slot().startsAt())
                .set(MEETING_BOOKINGS.ENDS_AT, placement.slot().endsAt())
                .set(MEETING_BOOKINGS.PLACE, (short) placement.place())
                .execute();
        sql.insertInto(MEETING_BOOKING_PEOPLE, MEETING_BOOKING_PEOPLE.REQUEST_ID, MEETING_BOOKING_PEOPLE.EVENT_ID,
                        MEETING_BOOKING_PEOPLE.ACCOUNT_ID, MEETING_BOOKING_PEOPLE.STARTS_AT)
                .values(booked.meeting(), event, booked.first(), placement.slot().startsAt())
                .values(booked.meeting(), event, booked.second(), placement.slot().startsAt())
                .execute();
    }

    @Override
    public void propose(MeetingRequestId meeting, Instant startsAt, AccountId by) {
        sql.update(MEETING_BOOKINGS)
                .set(MEETING_BOOKINGS.PROPOSED_STARTS_AT, startsAt)
                .set(MEETING_BOOKINGS.PROPOSED_BY, by)
                .where(MEETING_BOOKINGS.REQUEST_ID.eq(meeting))
                .execute();
    }

    @Override
    public void clearProposal(MeetingRequestId meeting) {
        sql.update(MEETING_BOOKINGS)
                .setNull(MEETING_BOOKINGS.PROPOSED_STARTS_AT)
                .setNull(MEETING_BOOKINGS.PROPOSED_BY)
                .where(MEETING_BOOKINGS.REQUEST_ID.eq(meeting))
                .execute();
    }

    @Override
    public void deleteBetween(AccountId a, AccountId b) {
        sql.deleteFrom(MEETING_BOOKINGS).where(MEETING_BOOKINGS.REQUEST_ID.in(
                sql.select(MEETING_REQUESTS.ID).from(MEETING_REQUESTS).where(
                        MEETING_REQUESTS.FROM_ACCOUNT.eq(a).and(MEETING_REQUESTS.TO_ACCOUNT.eq(b))
                                .or(MEETING_REQUESTS.FROM_ACCOUNT.eq(b)
                                        .and(MEETING_REQUESTS.TO_ACCOUNT.eq(a))))))
                .execute();
    }

    @Override
    public void deleteAt(EventId event, AccountId account) {
        sql.deleteFrom(MEETING_BOOKINGS).where(MEETING_BOOKINGS.REQUEST_ID.in(
                sql.select(MEETING_BOOKING_PEOPLE.REQUEST_ID).from(MEETING_BOOKING_PEOPLE)
                        .where(MEETING_BOOKING_PEOPLE.EVENT_ID.eq(event)
                                .and(MEETING_BOOKING_PEOPLE.ACCOUNT_ID.eq(account)))))
                .execute();
    }

    @Override
    public void deleteInvolving(AccountId account) {
        sql.deleteFrom(MEETING_BOOKINGS).where(MEETING_BOOKINGS.REQUEST_ID.in(requestsOf(account))).execute();
    }

    @Override
    public List<Booking> ofAccount(AccountId account) {
        return bookingsWhere(MEETING_BOOKINGS.REQUEST_ID.in(requestsOf(account)));
    }

    /**
     * The requests the account sent or received: their bookings are the account's, even where a no-show freed the
     * account's place in the slot (decision 51).
     */
    private Select<Record1<MeetingRequestId>> requestsOf(AccountId account) {
        return sql.select(MEETING_REQUESTS.ID).from(MEETING_REQUESTS)
                .where(MEETING_REQUESTS.FROM_ACCOUNT.eq(account).or(MEETING_REQUESTS.TO_ACCOUNT.eq(account)));
    }

    @Override
    public List<Booking> ofMeetings(Collection<MeetingRequestId> meetings) {
        return meetings.isEmpty() ? List.of() : bookingsWhere(MEETING_BOOKINGS.REQUEST_ID.in(meetings));
    }

    /** Whether the person still has their seat at the booking: a "they did not show" released its reporter. */
    private static Field<Boolean> seated(Field<AccountId> person) {
        return field(exists(selectOne().from(MEETING_BOOKING_PEOPLE)
                .where(MEETING_BOOKING_PEOPLE.REQUEST_ID.eq(MEETING_BOOKINGS.REQUEST_ID),
                        MEETING_BOOKING_PEOPLE.ACCOUNT_ID.eq(person))));
    }

    private static final Field<Boolean> FROM_SEATED = seated(MEETING_REQUESTS.FROM_ACCOUNT).as("from_seated");
    private static final Field<Boolean> TO_SEATED = seated(MEETING_REQUESTS.TO_ACCOUNT).as("to_seated");

    private List<Booking> bookingsWhere(Condition condition) {
        return sql.select(MEETING_BOOKINGS.asterisk(), MEETING_REQUESTS.FROM_ACCOUNT, MEETING_REQUESTS.TO_ACCOUNT,
                        MEETING_TABLES.NAME, FROM_SEATED, TO_SEATED)
                .from(MEETING_BOOKINGS)
                .join(MEETING_REQUESTS).on(MEETING_REQUESTS.ID.eq(MEETING_BOOKINGS.REQUEST_ID))
                .join(MEETING_TABLES).on(MEETING_TABLES.ID.eq(MEETING_BOOKINGS.TABLE_ID))
                .where(condition)
                .orderBy(MEETING_BOOKINGS.STARTS_AT, MEETING_TABLES.CREATED_AT, MEETING_BOOKINGS.PLACE)
                .fetch(JdbcMeetingSchedule::toBooking);
    }

    private static Booking toBooking(Record r) {
        var placement = new SlotBook.Placement(r.get(MEETING_BOOKINGS.SESSION_ID),
                new Slot(r.get(MEETING_BOOKINGS.STARTS_AT), r.get(MEETING_BOOKINGS.ENDS_AT)),
                r.get(MEETING_BOOKINGS.TABLE_ID), r.get(MEETING_BOOKINGS.PLACE));
        var booked = new SlotBook.Booked(r.get(MEETING_BOOKINGS.REQUEST_ID), r.get(MEETING_REQUESTS.FROM_ACCOUNT),
                r.get(MEETING_REQUESTS.TO_ACCOUNT), placement);
        Set<AccountId> released = new HashSet<>();
        if (!r.get(FROM_SEATED)) {
            released.add(booked.first());
        }
        if (!r.get(TO_SEATED)) {
            released.add(booked.second());
        }
        return new Booking(r.get(MEETING_BOOKINGS.EVENT_ID), booked, r.get(MEETING_TABLES.NAME),
                r.get(MEETING_BOOKINGS.PROPOSED_STARTS_AT), r.get(MEETING_BOOKINGS.PROPOSED_BY),
                r.get(MEETING_BOOKINGS.STATE), released);
    }
}
