package org.mingle.domain.publicprofiles;

import org.mingle.domain.shared.ConflictException;

/** Someone else has the handle, or had it before erasing their account (decision 45): 409, like a group's slug. */
public class HandleTakenException extends ConflictException {

    private final String handle;

    public HandleTakenException(String handle) {
        super("The handle " + handle + " is taken; choose another.");
        this.handle = handle;
    }

    public String handle() {
        return handle;
    }
}
