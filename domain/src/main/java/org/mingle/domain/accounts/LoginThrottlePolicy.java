package org.mingle.domain.accounts;

import java.time.Duration;
import java.time.Instant;

/**
 * How many failed log-ins a key (an account, or a client address) may have in a window before it must wait.
 * A successful log-in clears the account's count; a client address only cools down.
 */
public record LoginThrottlePolicy(int maxFailures, Duration window, Duration lockout) {

    public static final LoginThrottlePolicy PER_ACCOUNT = new LoginThrottlePolicy(5, Duration.ofMinutes(15),
            Duration.ofMinutes(15));
    public static final LoginThrottlePolicy PER_CLIENT_ADDRESS = new LoginThrottlePolicy(20, Duration.ofMinutes(15),
            Duration.ofMinutes(15));

    /** The failures counted for a key, and until when it must wait ({@code null}: it need not). */
    public record State(int failures, Instant windowStart, Instant blockedUntil) {

        public static State fresh(Instant now) {
            return new State(0, now, null);
        }
    }

    /** How long the key must still wait before trying, or zero. */
    public Duration waitBefore(State state, Instant now) {
        return state.blockedUntil() != null && state.blockedUntil().isAfter(now)
                ? Duration.between(now, state.blockedUntil()) : Duration.ZERO;
    }

    /** The state after one more failure: a new window when the old one has passed, blocked once too many. */
    public State afterFailure(State state, Instant now) {
        var current = state.windowStart().plus(window).isAfter(now) ? state : State.fresh(now);
        int failures = current.failures() + 1;
        var blockedUntil = failures >= maxFailures ? now.plus(lockout) : current.blockedUntil();
        return new State(failures, current.windowStart(), blockedUntil);
    }
}
