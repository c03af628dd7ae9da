package org.mingle.domain.accounts;

import java.time.Duration;
import java.time.Instant;

/**
 * A delay that grows with the failures counted in a {@code window}: none for the first {@code freeFailures}, then
 * {@code firstDelay}, doubling with each further failure up to {@code maxDelay}. It slows guessing down and never
 * refuses, so nobody can lock someone else out with it.
 */
public record SlowDown(int freeFailures, Duration window, Duration firstDelay, Duration maxDelay) {

    public Duration delay(ThrottleCount failures, Instant now) {
        int over = failures.inWindow(window, now) ? failures.attempts() - freeFailures : -1;
        if (over < 0) {
            return Duration.ZERO;
        }
        var delay = firstDelay.multipliedBy(1L << Math.min(over, 20));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    public ThrottleCount afterFailure(ThrottleCount failures, Instant now) {
        return failures.plusOne(window, now);
    }
}
