package org.mingle.domain.meetings;

import org.mingle.domain.shared.NotFoundException;

/** No such networking session at the event. */
public class NetworkingSessionNotFoundException extends NotFoundException {

    public NetworkingSessionNotFoundException() {
        super("No such networking session at this event.");
    }
}
