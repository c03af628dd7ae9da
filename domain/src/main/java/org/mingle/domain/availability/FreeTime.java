package org.mingle.domain.availability;

import java.time.Instant;
import java.util.Objects;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/** An attendee's word that they are free to meet at an event until a time. */
public record FreeTime(EventId event, AccountId account, Instant until) {

    public FreeTime {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(until, "until");
    }
}
