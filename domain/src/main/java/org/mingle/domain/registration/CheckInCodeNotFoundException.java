package org.mingle.domain.registration;

import org.mingle.domain.shared.NotFoundException;

/** No registration of this event has the code. */
public class CheckInCodeNotFoundException extends NotFoundException {

    public CheckInCodeNotFoundException() {
        super("No registration of this event has this check-in code.");
    }
}
