package org.mingle.domain.registration;

import java.util.Objects;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/**
 * Someone became a confirmed attendee: registered into a free seat, approved by the organizers, or moved up from the
 * waitlist. Published inside the transaction that made the change, like {@link AttendeeLeft}.
 */
public record AttendeeJoined(EventId event, AccountId account) {

    public AttendeeJoined {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(account, "account");
    }
}
