package org.mingle.domain.registration;

import java.util.Objects;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/**
 * A confirmed attendee is no longer one (cancelled, or erased), published inside the transaction that made the change,
 * so features that hold things for attendees (meeting slots) can let them go in the same transaction.
 */
public record AttendeeLeft(EventId event, AccountId account) {

    public AttendeeLeft {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(account, "account");
    }
}
