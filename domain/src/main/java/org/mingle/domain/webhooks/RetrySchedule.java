package org.mingle.domain.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed delivery is tried again: after the first delay, then four times longer each time (30 s, 2 min, 8 min,
 * 32 min, about 2 h, then every 6 h with the default), for {@link #RETRY_FOR} after the change. The last attempt is
 * made at that deadline; when it fails too, the delivery fails.
 */
record RetrySchedule(Duration firstDelay) {

    static final Duration RETRY_FOR = Duration.ofHours(24);
    static final Duration LONGEST_WAIT = Duration.ofHours(6);

    /** The next attempt after the given one (1 for the first) failed at {@code now}; empty when time is up. */
    Optional<Instant> next(int failedAttempt, Instant createdAt, Instant now) {
        Instant deadline = createdAt.plus(RETRY_FOR);
        if (!now.isBefore(deadline)) {
            return Optional.empty();
        }
        Duration wait = firstDelay;
        for (int i = 1; i < failedAttempt && wait.compareTo(LONGEST_WAIT) < 0; i++) {
            wait = wait.multipliedBy(4);
        }
        if (wait.compareTo(LONGEST_WAIT) > 0) {
            wait = LONGEST_WAIT;
        }
        Instant next = now.plus(wait);
        return Optional.of(next.isAfter(deadline) ? deadline : next);
    }
}
