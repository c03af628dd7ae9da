package org.mingle.domain.registration;

import org.mingle.domain.shared.ConflictException;

/** Cancelling a registration that was checked in: it stays, as the record that the person came. */
public class CheckedInRegistrationException extends ConflictException {

    public CheckedInRegistrationException() {
        super("You were checked in at this event, so your registration stays as the record that you came.");
    }
}
