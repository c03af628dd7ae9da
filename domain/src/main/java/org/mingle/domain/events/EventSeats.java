package org.mingle.domain.events;

import java.time.Instant;

/**
 * What registering at an event depends on: its status, capacity and seat counters, and when registration closes (the
 * event's start when no earlier time is set).
 */
public record EventSeats(EventStatus status, int capacity, int confirmed, int waitlisted, int pending,
                         boolean approvalRequired, Instant registrationCloses) {
}
