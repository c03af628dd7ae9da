package org.mingle.domain.events;

import org.mingle.domain.shared.NotFoundException;

/** No event with this id exists, or the caller may not see it (another organizer's draft). */
public class EventNotFoundException extends NotFoundException {

    public EventNotFoundException(Object id) {
        super("No event with id " + id + " exists, or it is not visible to you.");
    }
}
