package org.mingle.domain.accounts;

import java.time.Duration;
import java.time.Instant;

/**
 * At most {@code maxAttempts} in a {@code window}; the attempt that reaches the limit makes the key wait
 * {@code lockout}. A key that must wait is refused without counting, so refusals never extend the wait.
 */
public record AttemptLimit(int maxAttempts, Duration window, Duration lockout) {

    /** How long the key must still wait before trying, or zero. */
    public Duration waitBefore(ThrottleCount count, Instant now) {
        return count.blockedUntil() != null && count.blockedUntil().isAfter(now)
                ? Duration.between(now, count.blockedUntil()) : Duration.ZERO;
    }

    /** The count after one more attempt; unchanged while the key must wait. */
    public ThrottleCount afterAttempt(ThrottleCount count, Instant now) {
        if (!waitBefore(count, now).isZero()) {
            return count;
        }
        var next = count.plusOne(window, now);
        return next.attempts() >= maxAttempts ? new ThrottleCount(next.attempts(), next.windowStart(),
                now.plus(lockout)) : new ThrottleCount(next.attempts(), next.windowStart(), null);
    }

    /**
     * The count once an attempt counted in the window that began at {@code countedIn} turned out well: that attempt
     * no longer counts, and if it was the one that reached the limit, the key need not wait for it.
     */
    public ThrottleCount withdraw(ThrottleCount count, Instant countedIn) {
        if (!count.windowStart().equals(countedIn) || count.attempts() == 0) {
            return count;
        }
        int attempts = count.attempts() - 1;
        return new ThrottleCount(attempts, count.windowStart(), attempts >= maxAttempts ? count.blockedUntil() : null);
    }
}
