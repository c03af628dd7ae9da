package org.mingle.domain.rounds;

import java.time.Instant;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/** Where a person sits in a round about to start, for the notice that tells them; {@code table} null for a rest. */
public record RoundSeat(EventId event, int round, Instant startsAt, AccountId account, Integer table) {
}
