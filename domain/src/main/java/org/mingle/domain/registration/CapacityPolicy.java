package org.mingle.domain.registration;

import org.mingle.domain.events.EventSeats;

/**
 * Where a new or approved registration goes: CONFIRMED while seats remain, else the end of a FIFO waitlist; with
 * approval required, a new registration first waits for the organizers.
 */
public final class CapacityPolicy {

    /** The outcome, and for the waitlist the position taken. */
    public record Placement(RegistrationStatus status, Integer waitlistPosition) {
    }

    private CapacityPolicy() {
    }

    public static Placement placeNew(Seats seats, boolean approvalRequired) {
        return approvalRequired ? new Placement(RegistrationStatus.PENDING_APPROVAL, null) : placeApproved(seats);
    }

    public static Placement placeApproved(Seats seats) {
        return seats.confirmed() < seats.capacity()
                ? new Placement(RegistrationStatus.CONFIRMED, null)
                : new Placement(RegistrationStatus.WAITLISTED, seats.waitlisted() + 1);
    }

    /** The seats of an event as the policy needs them. */
    static Seats seatsOf(EventSeats event) {
        return new Seats(event.capacity(), event.confirmed(), event.waitlisted());
    }

    /** How many people from the head of the waitlist can be confirmed now. */
    public static int promotable(Seats seats) {
        return Math.max(0, Math.min(seats.capacity() - seats.confirmed(), seats.waitlisted()));
    }

    /** An event's capacity and how many are confirmed and waiting. */
    public record Seats(int capacity, int confirmed, int waitlisted) {

        public Seats {
            if (capacity < 1 || confirmed < 0 || waitlisted < 0) {
                throw new IllegalArgumentException("impossible seats: " + capacity + "/" + confirmed + "/" + waitlisted);
            }
        }
    }
}
