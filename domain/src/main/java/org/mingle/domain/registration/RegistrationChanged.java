package org.mingle.domain.registration;

import java.util.Objects;
import java.util.Optional;
import org.mingle.domain.events.EventHeadline;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventSeats;
import org.mingle.domain.shared.AccountId;

/**
 * A person's place at an event changed in a way they should hear about. Published inside the transaction that made
 * the change, so whatever a listener writes commits or rolls back with it; it names the event as read under the
 * event's lock, so the listener need not read it again while the lock is held.
 */
public record RegistrationChanged(EventId event, AccountId account, Change change, Optional<Integer> waitlistPosition,
                                  EventHeadline headline) {

    /** What happened to the registration. */
    public enum Change {
        /** Registered into a free seat. */
        CONFIRMED,
        /** Registered, or approved, onto the waitlist (at the position given). */
        WAITLISTED,
        /** Moved up from the waitlist into a seat that became free. */
        PROMOTED,
        /** The organizers approved the registration into a seat. */
        APPROVED,
        /** The organizers declined the registration. */
        DECLINED
    }

    public RegistrationChanged {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(waitlistPosition, "waitlistPosition");
        Objects.requireNonNull(headline, "headline");
    }

    static RegistrationChanged of(EventId event, AccountId account, Change change, EventSeats seats) {
        return new RegistrationChanged(event, account, change, Optional.empty(), seats.headline());
    }

    static RegistrationChanged waitlisted(EventId event, AccountId account, Integer position, EventSeats seats) {
        return new RegistrationChanged(event, account, Change.WAITLISTED, Optional.ofNullable(position),
                seats.headline());
    }
}
