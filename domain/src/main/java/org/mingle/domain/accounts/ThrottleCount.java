package org.mingle.domain.accounts;

import java.time.Duration;
import java.time.Instant;

/**
 * Attempts counted for one key (an account and client pair, a client, an account) in the window that began at
 * {@code windowStart}, and until when the key must wait ({@code null}: it need not).
 */
public record ThrottleCount(int attempts, Instant windowStart, Instant blockedUntil) {

    public static ThrottleCount none(Instant now) {
        return new ThrottleCount(0, now, null);
    }

    /** One more attempt: the first of a new window when {@code window} has passed since this one began. */
    ThrottleCount plusOne(Duration window, Instant now) {
        return inWindow(window, now) ? new ThrottleCount(attempts + 1, windowStart, blockedUntil)
                : new ThrottleCount(1, now, blockedUntil);
    }

    /** One attempt fewer, if it was counted in the window that began at {@code countedIn}; a passed window forgets. */
    ThrottleCount minusOne(Instant countedIn) {
        return windowStart.equals(countedIn) && attempts > 0
                ? new ThrottleCount(attempts - 1, windowStart, blockedUntil) : this;
    }

    /** The attempts that still count at {@code now}. */
    int attemptsIn(Duration window, Instant now) {
        return inWindow(window, now) ? attempts : 0;
    }

    boolean inWindow(Duration window, Instant now) {
        return windowStart.plus(window).isAfter(now);
    }
}
