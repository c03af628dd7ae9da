package org.mingle.domain.events;

/** Confirms people from the waitlist when seats open up; the registration feature provides it. */
public interface WaitlistPromoter {

    /** Called inside the transaction that changed the event, with its row locked. */
    void promoteIntoFreeSeats(EventId event);
}
