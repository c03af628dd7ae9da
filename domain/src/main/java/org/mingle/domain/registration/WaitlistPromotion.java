package org.mingle.domain.registration;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventSeats;
import org.mingle.domain.events.WaitlistPromoter;

/** Confirms the head of the waitlist into free seats, keeping positions 1..k and the event's counters in step. */
@Singleton
class WaitlistPromotion implements WaitlistPromoter {

    private final Registrations registrations;
    private final SeatLock seatLock;
    private final ApplicationEventPublisher<AttendeeJoined> arrivals;
    private final ApplicationEventPublisher<RegistrationChanged> changes;
    private final Clock clock;

    WaitlistPromotion(Registrations registrations, SeatLock seatLock, ApplicationEventPublisher<AttendeeJoined> arrivals,
                      ApplicationEventPublisher<RegistrationChanged> changes, Clock clock) {
        this.registrations = registrations;
        this.seatLock = seatLock;
        this.arrivals = arrivals;
        this.changes = changes;
        this.clock = clock;
    }

    @Override
    public void promoteIntoFreeSeats(EventId event) {
        var seats = seatLock.lock(event);
        promote(event, seats);
    }

    /** With the event's row already locked. */
    void promote(EventId event, EventSeats seats) {
        int promoted = CapacityPolicy.promotable(CapacityPolicy.seatsOf(seats));
        if (promoted > 0) {
            var confirmed = registrations.promoteHeadOfWaitlist(event, promoted,
                    clock.instant().truncatedTo(ChronoUnit.MICROS));
            seatLock.save(event, seats.confirmed() + promoted, seats.waitlisted() - promoted,
                    seats.pending());
            confirmed.forEach(account -> {
                arrivals.publishEvent(new AttendeeJoined(event, account));
                changes.publishEvent(RegistrationChanged.of(event, account, RegistrationChanged.Change.PROMOTED,
                        seats));
            });
        }
    }
}
