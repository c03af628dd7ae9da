package org.mingle.domain.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What an outbox still holds: how many items wait, and since when the oldest waits. For operators, who watch it grow
 * when a mail server is away.
 */
public record Backlog(long waiting, Optional<Instant> oldest) {

    public Backlog {
        if (waiting < 0) {
            throw new IllegalArgumentException("waiting must not be negative");
        }
        Objects.requireNonNull(oldest, "oldest");
    }

    public static Backlog empty() {
        return new Backlog(0, Optional.empty());
    }

    /** How long the oldest item has waited at {@code now}; zero when nothing waits. */
    public Duration oldestAge(Instant now) {
        return oldest.map(since -> Duration.between(since, now)).filter(age -> !age.isNegative())
                .orElse(Duration.ZERO);
    }
}
