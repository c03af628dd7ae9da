package org.mingle.domain.events;

import org.mingle.domain.shared.ConflictException;

/** The lifecycle does not allow this step from the event's current status. */
public class IllegalEventTransitionException extends ConflictException {

    private final EventStatus from;
    private final EventStatus to;

    public IllegalEventTransitionException(EventStatus from, EventStatus to) {
        super("An event that is " + from + " cannot become " + to + ".");
        this.from = from;
        this.to = to;
    }

    public EventStatus from() {
        return from;
    }

    public EventStatus to() {
        return to;
    }
}
