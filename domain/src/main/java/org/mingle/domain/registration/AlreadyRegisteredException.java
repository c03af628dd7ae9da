package org.mingle.domain.registration;

import org.mingle.domain.shared.ConflictException;

/** The person already has an active registration for this event. */
public class AlreadyRegisteredException extends ConflictException {

    public AlreadyRegisteredException() {
        super("You are already registered for this event.");
    }

    /** For an organizer adding someone: the sentence names the person. */
    public AlreadyRegisteredException(String message) {
        super(message);
    }
}
