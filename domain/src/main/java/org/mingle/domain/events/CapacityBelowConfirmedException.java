package org.mingle.domain.events;

import org.mingle.domain.shared.ConflictException;

/** A capacity lower than the number of people already confirmed: nobody's seat is taken away. */
public class CapacityBelowConfirmedException extends ConflictException {

    private final int confirmed;

    public CapacityBelowConfirmedException(int confirmed) {
        super("The capacity cannot be lower than the " + confirmed + " people already confirmed.");
        this.confirmed = confirmed;
    }

    public int confirmed() {
        return confirmed;
    }
}
