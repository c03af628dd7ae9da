package org.mingle.domain.reports;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;
import static org.mingle.db.jooq.Tables.CONNECTIONS;
import static org.mingle.db.jooq.Tables.EVENTS;
import static org.mingle.db.jooq.Tables.GROUP_MEMBERS;
import static org.mingle.db.jooq.Tables.MEETING_BOOKINGS;
import static org.mingle.db.jooq.Tables.REGISTRATIONS;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.groups.MembershipStatus;
import org.mingle.domain.infrastructure.ReportReads;
import org.mingle.domain.meetings.HeldState;
import org.mingle.domain.registration.RegistrationStatus;
import org.mingle.domain.shared.GroupId;

/** The facts of a group report: five indexed reads, whatever the number of events (the read side, decision 15). */
@Singleton
class JdbcGroupReports {

    private final DSLContext sql;

    JdbcGroupReports(@ReportReads DSLContext sql) {
        this.sql = sql;
    }

    List<Instant> memberJoins(GroupId group) {
        return sql.select(GROUP_MEMBERS.JOINED_AT).from(GROUP_MEMBERS)
                .where(GROUP_MEMBERS.GROUP_ID.eq(group), GROUP_MEMBERS.STATUS.eq(MembershipStatus.MEMBER))
                .fetch(GROUP_MEMBERS.JOINED_AT);
    }

    /** The group's published or completed events that have started by now, in the order they took place. */
    List<GroupFigures.GroupEvent> startedEvents(GroupId group, Instant now) {
        return sql.select(EVENTS.ID, EVENTS.TITLE, EVENTS.STARTS_AT).from(EVENTS)
                .where(EVENTS.GROUP_ID.eq(group), EVENTS.STATUS.in(EventStatus.PUBLISHED, EventStatus.COMPLETED),
                        EVENTS.STARTS_AT.le(now))
                .orderBy(EVENTS.STARTS_AT, EVENTS.ID)
                .fetch(r -> new GroupFigures.GroupEvent(r.value1(), r.value2(), r.value3()));
    }

    /** Who attended: the checked-in, or at an event where nobody was checked in, the confirmed. */
    List<GroupFigures.Attendance> attendances(List<EventId> events) {
        var other = REGISTRATIONS.as("other");
        return sql.select(REGISTRATIONS.EVENT_ID, REGISTRATIONS.ACCOUNT_ID).from(REGISTRATIONS)
                .where(REGISTRATIONS.EVENT_ID.in(events), REGISTRATIONS.STATUS.eq(RegistrationStatus.CONFIRMED),
                        REGISTRATIONS.CHECKED_IN_AT.isNotNull().or(notExists(selectOne().from(other)
                                .where(other.EVENT_ID.eq(REGISTRATIONS.EVENT_ID), other.CHECKED_IN_AT.isNotNull()))))
                .fetch(r -> new GroupFigures.Attendance(r.value1(), r.value2()));
    }

    List<GroupFigures.Connection> connections(List<EventId> events) {
        return sql.select(CONNECTIONS.EVENT_ID, CONNECTIONS.FIRST_ACCOUNT, CONNECTIONS.SECOND_ACCOUNT)
                .from(CONNECTIONS)
                .where(CONNECTIONS.EVENT_ID.in(events))
                .fetch(r -> new GroupFigures.Connection(r.value1(), r.value2(), r.value3()));
    }

    /** Whether the events' booked meetings took place: one row per event that had any, grouped in the database. */
    List<HeldMeetingFigures.Counts> heldMeetings(List<EventId> events, Instant now) {
        Condition ended = MEETING_BOOKINGS.ENDS_AT.le(now);
        return sql.select(MEETING_BOOKINGS.EVENT_ID,
                        count().filterWhere(MEETING_BOOKINGS.STATE.eq(HeldState.HELD)),
                        count().filterWhere(MEETING_BOOKINGS.STATE.eq(HeldState.NO_SHOW)),
                        count().filterWhere(ended),
                        count().filterWhere(ended.and(MEETING_BOOKINGS.STATE.eq(HeldState.HELD))))
                .from(MEETING_BOOKINGS)
                .where(MEETING_BOOKINGS.EVENT_ID.in(events))
                .groupBy(MEETING_BOOKINGS.EVENT_ID)
                .fetch(Records.mapping(HeldMeetingFigures.Counts::new));
    }
}
