package org.mingle.domain.curated;

import org.mingle.domain.shared.NotFoundException;

/** The person to mark is not a confirmed attendee of the event (or no person at all). */
public class AttendeeNotFoundException extends NotFoundException {

    public AttendeeNotFoundException() {
        super("This person is not a confirmed attendee of this event.");
    }
}
