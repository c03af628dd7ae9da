package org.mingle.domain.meetings;

import org.mingle.domain.shared.NotFoundException;

/** No such meeting table at the event. */
public class MeetingTableNotFoundException extends NotFoundException {

    public MeetingTableNotFoundException() {
        super("No such table at this event.");
    }
}
