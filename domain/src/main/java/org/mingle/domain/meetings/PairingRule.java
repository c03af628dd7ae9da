package org.mingle.domain.meetings;

import org.mingle.domain.events.Event;
import org.mingle.domain.shared.AccountId;

/**
 * Whether the matching engine would put two attendees of an event together: the port through which a decline's
 * suggestion is checked (decision 56). Matching implements it; meetings cannot depend on matching, which listens to
 * meetings.
 */
public interface PairingRule {

    /**
     * Whether the two may be recommended to each other: both attendees the engine knows, not blocked either way, not
     * already matched or connected, not colleagues the event keeps apart (under its settings).
     */
    boolean mayMeet(Event event, AccountId a, AccountId b);
}
