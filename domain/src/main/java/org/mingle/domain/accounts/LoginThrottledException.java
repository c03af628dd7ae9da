package org.mingle.domain.accounts;

import java.time.Duration;
import org.mingle.domain.shared.DomainException;

/** Too many log-in attempts (or too many at once): try again after {@link #retryAfter()}. */
public class LoginThrottledException extends DomainException {

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("Too many log-in attempts. Please wait " + humane(retryAfter) + " and try again.");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    private static String humane(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds());
        return seconds < 90 ? seconds + " seconds" : (seconds + 59) / 60 + " minutes";
    }
}
