package org.mingle.domain.events;

import static org.jooq.Records.mapping;
import static org.mingle.db.jooq.Tables.EVENTS;

import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Serialises the changes of one event that must see each other: the event's row is locked until the transaction ends.
 * Registration moves the seat counters kept on that row only through this class: they sit beside the capacity so
 * that the database's check (never more confirmed than capacity) covers them, and so that a capacity change and a
 * registration queue on the same lock. Meeting slots and speed-networking rounds take the same lock.
 *
 * <p>The lock is {@code FOR NO KEY UPDATE}, not {@code FOR UPDATE}: it serialises these changes alike, but leaves
 * alone the key-share locks that PostgreSQL takes to check a foreign key to the event. Rows referring to a hot event
 * (its attendees' notifications, say) are then written while registrations queue for it, instead of joining the
 * queue (decision 67).
 */
@Singleton
public class EventLocks {

    private final DSLContext sql;

    EventLocks(DSLContext sql) {
        this.sql = sql;
    }

    /** Locks the event's row until the transaction ends; nothing happens for an unknown event. */
    public void lock(EventId event) {
        sql.select(EVENTS.ID).from(EVENTS).where(EVENTS.ID.eq(event)).forNoKeyUpdate().fetch();
    }

    /** The event's seats, with its row locked until the transaction ends: registrations queue here. */
    public Optional<EventSeats> lockSeats(EventId event) {
        return seats(event, true);
    }

    /** The same without the lock: only for showing what the lock prevents. */
    public Optional<EventSeats> readSeatsUnlocked(EventId event) {
        return seats(event, false);
    }

    /** Stores the seat counters; call it only while holding {@link #lockSeats}. */
    public void saveSeats(EventId event, int confirmed, int waitlisted, int pending) {
        sql.update(EVENTS)
                .set(EVENTS.CONFIRMED_COUNT, confirmed)
                .set(EVENTS.WAITLIST_COUNT, waitlisted)
                .set(EVENTS.PENDING_COUNT, pending)
                .where(EVENTS.ID.eq(event))
                .execute();
    }

    private Optional<EventSeats> seats(EventId event, boolean lock) {
        // Registration closes at the event's start unless the organizer chose an earlier time.
        var registrationCloses = DSL.coalesce(EVENTS.REGISTRATION_CLOSES_AT, EVENTS.STARTS_AT);
        var query = sql.select(EVENTS.STATUS, EVENTS.CAPACITY, EVENTS.CONFIRMED_COUNT, EVENTS.WAITLIST_COUNT,
                        EVENTS.PENDING_COUNT, EVENTS.APPROVAL_REQUIRED, registrationCloses, EVENTS.TITLE,
                        EVENTS.STARTS_AT, EVENTS.TIME_ZONE, EVENTS.VENUE)
                .from(EVENTS).where(EVENTS.ID.eq(event));
        return (lock ? query.forNoKeyUpdate() : query).fetchOptional(row -> new EventSeats(row.value1(), row.value2(),
                row.value3(), row.value4(), row.value5(), row.value6(), row.value7(),
                new EventHeadline(row.value8(), row.value9(), ZoneId.of(row.value10()), row.value11())));
    }
}
