package org.mingle.domain.matching;

import org.mingle.domain.shared.NotFoundException;

/** The person is no confirmed attendee of the event (or no person at all): both answer the same. */
class NotAnAttendeeException extends NotFoundException {

    NotAnAttendeeException() {
        super("No such attendee of this event.");
    }
}
