package org.mingle.domain.meetings;

import java.time.Instant;
import java.util.Objects;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/**
 * One attendee scanned another's connect code at an event: the two are together in person at that moment. Published
 * inside the transaction that records it, by whoever records it; a booked meeting of the two whose slot runs then
 * counts as held (decision 51).
 */
public record MetByCode(EventId event, AccountId scanner, AccountId owner, Instant at) {

    public MetByCode {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(scanner, "scanner");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(at, "at");
    }
}
