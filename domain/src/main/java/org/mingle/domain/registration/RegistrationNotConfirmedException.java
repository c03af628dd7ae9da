package org.mingle.domain.registration;

import java.util.Locale;
import org.mingle.domain.shared.ConflictException;

/** Check-in of a registration that is not CONFIRMED (waitlisted, pending, cancelled or declined). */
public class RegistrationNotConfirmedException extends ConflictException {

    private final Registration registration;

    public RegistrationNotConfirmedException(Registration registration) {
        super(registration.displayName() + " is not confirmed (" + label(registration.status())
                + "), so cannot be checked in.");
        this.registration = registration;
    }

    public Registration registration() {
        return registration;
    }

    public static String label(RegistrationStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
