package org.mingle.domain.registration;

import org.mingle.domain.shared.NotFoundException;

/** No such registration, or none the caller may see. */
public class RegistrationNotFoundException extends NotFoundException {

    public RegistrationNotFoundException() {
        super("No such registration.");
    }
}
