package org.mingle.domain.endorsements;

import org.mingle.domain.shared.NotFoundException;

/** No such endorsement, or not one the caller received. */
public class EndorsementNotFoundException extends NotFoundException {

    public EndorsementNotFoundException() {
        super("No such endorsement.");
    }
}
