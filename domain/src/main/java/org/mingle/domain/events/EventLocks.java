package org.mingle.domain.events;

import static org.mingle.db.jooq.Tables.EVENTS;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Serialises the changes of one event that must see each other: the event's row is locked until the transaction ends.
 * Registration moves the seat counters kept on that row only through this class: they sit beside the capacity so
 * that the database's check (never more confirmed than capacity) covers them, and so that a capacity change and a
 * registration queue on the same lock. Meeting slots and speed-networking rounds take the same lock.
 */
@Singleton
public class EventLocks {

    private final DSLContext sql;

    EventLocks(DSLContext sql) {
        this.sql = sql;
    }

    /** Locks the event's row until the transaction ends; nothing happens for an unknown event. */
    public void lock(EventId event) {
        sql.select(EVENTS.ID).from(EVENTS).where(EVENTS.ID.eq(event.value())).forUpdate().fetch();
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
                .where(EVENTS.ID.eq(event.value()))
                .execute();
    }

    private Optional<EventSeats> seats(EventId event, boolean lock) {
        var query = sql.select(EVENTS.STATUS, EVENTS.CAPACITY, EVENTS.CONFIRMED_COUNT, EVENTS.WAITLIST_COUNT,
                        EVENTS.PENDING_COUNT, EVENTS.APPROVAL_REQUIRED, EVENTS.REGISTRATION_CLOSES_AT, EVENTS.STARTS_AT)
                .from(EVENTS).where(EVENTS.ID.eq(event.value()));
        return (lock ? query.forUpdate() : query)
                .fetchOptional(r -> new EventSeats(EventStatus.valueOf(r.value1()), r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7() != null ? r.value7() : r.value8()));
    }
}
