package org.mingle.domain.meetings;

import static org.mingle.db.jooq.Tables.MEETING_ANSWERS;
import static org.mingle.db.jooq.Tables.MEETING_BOOKINGS;
import static org.mingle.db.jooq.Tables.MEETING_BOOKING_PEOPLE;
import static org.mingle.db.jooq.Tables.MEETING_REQUESTS;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.mingle.domain.events.EventId;
import org.mingle.domain.infrastructure.SkipLockedClaims;
import org.mingle.domain.shared.AccountId;

/** Answers and meeting states in PostgreSQL: the state on the booking's row, which each change locks first. */
@Singleton
class JdbcHeldMeetings implements HeldMeetings {

    private final DSLContext sql;

    JdbcHeldMeetings(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public Optional<HeldBooking> lock(MeetingRequestId meeting) {
        return lockWhere(MEETING_BOOKINGS.REQUEST_ID.eq(meeting)).stream().findFirst();
    }

    @Override
    public Map<AccountId, Boolean> answers(MeetingRequestId meeting) {
        Map<AccountId, Boolean> answers = new HashMap<>();
        sql.select(MEETING_ANSWERS.ACCOUNT_ID, MEETING_ANSWERS.MET).from(MEETING_ANSWERS)
                .where(MEETING_ANSWERS.REQUEST_ID.eq(meeting))
                .forEach(r -> answers.put(r.value1(), r.value2()));
        return answers;
    }

    @Override
    public void insertAnswer(MeetingRequestId meeting, AccountId person, boolean met, Instant at) {
        sql.insertInto(MEETING_ANSWERS)
                .set(MEETING_ANSWERS.REQUEST_ID, meeting)
                .set(MEETING_ANSWERS.ACCOUNT_ID, person)
                .set(MEETING_ANSWERS.MET, met)
                .set(MEETING_ANSWERS.ANSWERED_AT, at)
                .execute();
    }

    @Override
    public void setState(MeetingRequestId meeting, HeldState state, Instant since) {
        sql.update(MEETING_BOOKINGS)
                .set(MEETING_BOOKINGS.STATE, state)
                .set(MEETING_BOOKINGS.STATE_SINCE, state == HeldState.SCHEDULED ? null : since)
                .where(MEETING_BOOKINGS.REQUEST_ID.eq(meeting))
                .execute();
    }

    @Override
    public void release(MeetingRequestId meeting, AccountId person) {
        sql.deleteFrom(MEETING_BOOKING_PEOPLE)
                .where(MEETING_BOOKING_PEOPLE.REQUEST_ID.eq(meeting), MEETING_BOOKING_PEOPLE.ACCOUNT_ID.eq(person))
                .execute();
    }

    @Override
    public List<HeldBooking> lockRunningBetween(EventId event, AccountId a, AccountId b, Instant at) {
        return lockWhere(MEETING_BOOKINGS.EVENT_ID.eq(event)
                .and(MEETING_BOOKINGS.STARTS_AT.le(at)).and(MEETING_BOOKINGS.ENDS_AT.gt(at))
                .and(MEETING_REQUESTS.FROM_ACCOUNT.eq(a).and(MEETING_REQUESTS.TO_ACCOUNT.eq(b))
                        .or(MEETING_REQUESTS.FROM_ACCOUNT.eq(b).and(MEETING_REQUESTS.TO_ACCOUNT.eq(a)))));
    }

    @Override
    public List<CheckDue> claimChecks(Instant now, int limit) {
        Condition due = MEETING_BOOKINGS.STATE.eq(HeldState.SCHEDULED).and(MEETING_BOOKINGS.CHECK_SENT_AT.isNull())
                .and(MEETING_BOOKINGS.STARTS_AT.le(now.minus(HeldRules.CHECK_AFTER))
                        .or(MEETING_BOOKINGS.ENDS_AT.le(now)))
                .and(MEETING_BOOKINGS.ENDS_AT.gt(now.minus(HeldRules.ASK_UNTIL_AFTER_END)));
        List<MeetingRequestId> claimed = sql.update(MEETING_BOOKINGS)
                .set(MEETING_BOOKINGS.CHECK_SENT_AT, now)
                .where(SkipLockedClaims.claimed(MEETING_BOOKINGS.REQUEST_ID, sql.select(MEETING_BOOKINGS.REQUEST_ID)
                        .from(MEETING_BOOKINGS)
                        .where(due)
                        .orderBy(MEETING_BOOKINGS.STARTS_AT)
                        .limit(limit)
                        .forUpdate().skipLocked()))
                // Checked again on the row itself: a claim another transaction committed meanwhile is not taken twice.
                .and(due)
                .returningResult(MEETING_BOOKINGS.REQUEST_ID)
                .fetch(r -> r.value1());
        if (claimed.isEmpty()) {
            return List.of();
        }
        Map<MeetingRequestId, Set<AccountId>> answered = new HashMap<>();
        sql.select(MEETING_ANSWERS.REQUEST_ID, MEETING_ANSWERS.ACCOUNT_ID).from(MEETING_ANSWERS)
                .where(MEETING_ANSWERS.REQUEST_ID.in(claimed))
                .forEach(r -> answered.computeIfAbsent(r.value1(), m -> new HashSet<>()).add(r.value2()));
        return select().where(MEETING_BOOKINGS.REQUEST_ID.in(claimed)).orderBy(MEETING_BOOKINGS.STARTS_AT)
                .fetch(JdbcHeldMeetings::toHeldBooking).stream()
                .map(booking -> new CheckDue(booking, answered.getOrDefault(booking.meeting(), Set.of())))
                .toList();
    }

    @Override
    public Map<MeetingRequestId, Boolean> answersBy(AccountId viewer, EventId event) {
        Map<MeetingRequestId, Boolean> answers = new HashMap<>();
        sql.select(MEETING_ANSWERS.REQUEST_ID, MEETING_ANSWERS.MET).from(MEETING_ANSWERS)
                .join(MEETING_BOOKINGS).on(MEETING_BOOKINGS.REQUEST_ID.eq(MEETING_ANSWERS.REQUEST_ID))
                .where(MEETING_ANSWERS.ACCOUNT_ID.eq(viewer), MEETING_BOOKINGS.EVENT_ID.eq(event))
                .forEach(r -> answers.put(r.value1(), r.value2()));
        return answers;
    }

    @Override
    public Set<AccountId> inMeetingAt(EventId event, Instant at) {
        return new HashSet<>(sql.select(MEETING_BOOKING_PEOPLE.ACCOUNT_ID).from(MEETING_BOOKING_PEOPLE)
                .join(MEETING_BOOKINGS).on(MEETING_BOOKINGS.REQUEST_ID.eq(MEETING_BOOKING_PEOPLE.REQUEST_ID))
                .where(MEETING_BOOKINGS.EVENT_ID.eq(event), MEETING_BOOKINGS.STARTS_AT.le(at),
                        MEETING_BOOKINGS.ENDS_AT.gt(at))
                .fetch(MEETING_BOOKING_PEOPLE.ACCOUNT_ID));
    }

    @Override
    public List<Answer> answersOf(AccountId person) {
        return sql.select(MEETING_ANSWERS.REQUEST_ID, MEETING_BOOKINGS.EVENT_ID, MEETING_ANSWERS.MET,
                        MEETING_ANSWERS.ANSWERED_AT)
                .from(MEETING_ANSWERS)
                .join(MEETING_BOOKINGS).on(MEETING_BOOKINGS.REQUEST_ID.eq(MEETING_ANSWERS.REQUEST_ID))
                .where(MEETING_ANSWERS.ACCOUNT_ID.eq(person))
                .orderBy(MEETING_ANSWERS.ANSWERED_AT)
                .fetch(r -> new Answer(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    private List<HeldBooking> lockWhere(Condition condition) {
        return select().where(condition).forUpdate().of(MEETING_BOOKINGS).fetch(JdbcHeldMeetings::toHeldBooking);
    }

    /** A booking's columns with its two people. */
    private SelectOnConditionStep<? extends Record> select() {
        return sql.select(MEETING_BOOKINGS.REQUEST_ID, MEETING_BOOKINGS.EVENT_ID, MEETING_REQUESTS.FROM_ACCOUNT,
                        MEETING_REQUESTS.TO_ACCOUNT, MEETING_BOOKINGS.STARTS_AT, MEETING_BOOKINGS.ENDS_AT,
                        MEETING_BOOKINGS.STATE)
                .from(MEETING_BOOKINGS)
                .join(MEETING_REQUESTS).on(MEETING_REQUESTS.ID.eq(MEETING_BOOKINGS.REQUEST_ID));
    }

    private static HeldBooking toHeldBooking(Record r) {
        return new HeldBooking(r.get(MEETING_BOOKINGS.REQUEST_ID), r.get(MEETING_BOOKINGS.EVENT_ID),
                r.get(MEETING_REQUESTS.FROM_ACCOUNT), r.get(MEETING_REQUESTS.TO_ACCOUNT),
                new Slot(r.get(MEETING_BOOKINGS.STARTS_AT), r.get(MEETING_BOOKINGS.ENDS_AT)),
                r.get(MEETING_BOOKINGS.STATE));
    }
}
