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
     * Whether one more attempt could take the key past the limit, counting the attempts still being checked
     * ({@code pending}, counted in windows of {@code pendingWindow}) as if they were failures.
     */
    public boolean wouldExceed(ThrottleCount count, ThrottleCount pending, Duration pendingWindow, Instant now) {
        return count.attemptsIn(window, now) + pending.attemptsIn(pendingWindow, now) >= maxAttempts;
    }
}
