package org.mingle.domain.meetings;

import org.mingle.domain.shared.NotFoundException;

/** No such meeting request, or none the caller sent or received. */
public class MeetingRequestNotFoundException extends NotFoundException {

    public MeetingRequestNotFoundException() {
        super("No such meeting request.");
    }
}
