package org.mingle.domain.rounds;

import java.time.Instant;
import java.util.Objects;

/** A planned round with its time. */
public record ScheduledRound(Round round, Instant startsAt, Instant endsAt) {

    public ScheduledRound {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
    }

    public int number() {
        return round.number();
    }
}
