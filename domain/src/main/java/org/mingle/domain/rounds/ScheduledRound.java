package org.mingle.domain.rounds;

import java.time.Instant;
import java.util.Objects;

/**
 * A planned round with its time.
 *
 * @param announcedAt when the organizers called everyone to their tables; {@code null} until then
 */
public record ScheduledRound(Round round, Instant startsAt, Instant endsAt, Instant announcedAt) {

    public ScheduledRound {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
    }

    public ScheduledRound(Round round, Instant startsAt, Instant endsAt) {
        this(round, startsAt, endsAt, null);
    }

    /** Started or announced: such a round stays as it is when the rounds after it are planned again. */
    public boolean heldAt(Instant now) {
        return announcedAt != null || !startsAt.isAfter(now);
    }

    public int number() {
        return round.number();
    }
}
