package org.mingle.domain.agenda;

import org.mingle.domain.shared.NotFoundException;

/** No such talk on the event's agenda (or the caller may not see the event). */
public class TalkNotFoundException extends NotFoundException {

    public TalkNotFoundException() {
        super("No such talk on this agenda.");
    }
}
