package org.mingle.domain.events;

import java.time.Instant;

/**
 * What registering at an event depends on: its status, capacity and seat counters, and when registration closes (the
 * event's start when no earlier time is set); and its headline, read with them under the same lock, for the notice
 * the registrant gets.
 */
public record EventSeats(EventStatus status, int capacity, int confirmed, int waitlisted, int pending,
                         boolean approvalRequired, Instant registrationCloses, EventHeadline headline) {
}
