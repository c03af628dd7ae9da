package org.mingle.domain.registration;

import jakarta.inject.Singleton;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventLocks;
import org.mingle.domain.events.EventNotFoundException;
import org.mingle.domain.events.EventSeats;

/**
 * Serialises every seat-moving change of one event by locking the event's row ({@link EventLocks}) and
 * reading its counters under that lock. Tests replace it to show that, without it, the capacity is overrun.
 */
@Singleton
class SeatLock {

    private final EventLocks events;

    SeatLock(EventLocks events) {
        this.events = events;
    }

    EventSeats lock(EventId event) {
        return events.lockSeats(event).orElseThrow(() -> new EventNotFoundException(event));
    }

    /** Stores the counters; only while holding the lock. */
    void save(EventId event, int confirmed, int waitlisted, int pending) {
        events.saveSeats(event, confirmed, waitlisted, pending);
    }
}
