package org.mingle.domain.profiles;

import org.mingle.domain.shared.NotFoundException;

/** No active account with this id: never created, or erased. */
public class ProfileNotFoundException extends NotFoundException {

    public ProfileNotFoundException() {
        super("No such person.");
    }
}
