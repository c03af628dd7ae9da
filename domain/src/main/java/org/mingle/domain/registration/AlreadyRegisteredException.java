package org.mingle.domain.registration;

import org.mingle.domain.shared.ConflictException;

/** The person already has an active registration for this event. */
public class AlreadyRegisteredException extends ConflictException {

    public AlreadyRegisteredException() {
        super("You are already registered for this event.");
    }
}
