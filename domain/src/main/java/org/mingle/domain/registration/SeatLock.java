package org.mingle.domain.registration;

import jakarta.inject.Singleton;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventNotFoundException;

/**
 * Serialises every seat-moving change of one event by locking the event's row ({@code SELECT ... FOR UPDATE}) and
 * reading its counters under that lock. Tests replace it to show that, without it, the capacity is overrun.
 */
@Singleton
class SeatLock {

    private final Registrations registrations;

    SeatLock(Registrations registrations) {
        this.registrations = registrations;
    }

    EventSeats lock(EventId event) {
        return registrations.lockEvent(event).orElseThrow(() -> new EventNotFoundException(event));
    }
}
