package org.mingle.domain.availability;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.mingle.domain.meetings.MeetingNowAgreed;
import org.mingle.domain.registration.AttendeeLeft;

/**
 * Free times that end before their time, in the transaction that ends them: both people of a meeting agreed for right
 * away are busy with each other, and someone no longer attending is free for nobody there.
 */
@Singleton
class FreeTimeEndings {

    private final AvailabilityService availability;

    FreeTimeEndings(AvailabilityService availability) {
        this.availability = availability;
    }

    @EventListener
    void onMeetingNowAgreed(MeetingNowAgreed agreed) {
        availability.end(agreed.event(), agreed.first());
        availability.end(agreed.event(), agreed.second());
    }

    @EventListener
    void onAttendeeLeft(AttendeeLeft left) {
        availability.end(left.event(), left.account());
    }
}
