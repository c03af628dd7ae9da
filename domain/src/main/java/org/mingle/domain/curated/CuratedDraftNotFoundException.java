package org.mingle.domain.curated;

import org.mingle.domain.shared.NotFoundException;

/** The event has no generated curated schedule yet. */
public class CuratedDraftNotFoundException extends NotFoundException {

    public CuratedDraftNotFoundException() {
        super("No curated schedule has been generated for this event yet.");
    }
}
