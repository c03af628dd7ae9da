package org.mingle.domain.registration;

import java.time.Instant;
import org.mingle.domain.events.EventStatus;

/** What registering depends on, read under the event's row lock. */
record EventSeats(EventStatus status, int capacity, int confirmed, int waitlisted, int pending,
                  boolean approvalRequired, Instant registrationCloses) {

    CapacityPolicy.Seats seats() {
        return new CapacityPolicy.Seats(capacity, confirmed, waitlisted);
    }
}
