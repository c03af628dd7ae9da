package org.mingle.domain.publicprofiles;

import java.time.Instant;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.registration.RegistrationStatus;

/**
 * Which events a person may keep on their public record as attended (decision 45): those they were checked in at,
 * and those they were still confirmed for once the event was over (completed by its organizers, or published and past
 * its end: not every team marks its events completed, and not every event checks people in at the door). A cancelled
 * event took place for nobody; a waitlisted, pending, declined or cancelled registration attended nothing.
 */
public final class AttendanceRule {

    private AttendanceRule() {
    }

    public static boolean attended(RegistrationStatus registration, boolean checkedIn, EventStatus event,
                                   Instant endsAt, Instant now) {
        if (event == EventStatus.CANCELLED || event == EventStatus.DRAFT) {
            return false;
        }
        if (checkedIn) {
            return true;
        }
        boolean over = event == EventStatus.COMPLETED || !endsAt.isAfter(now);
        return registration == RegistrationStatus.CONFIRMED && over;
    }
}
