package org.mingle.domain.accounts;

import java.time.Duration;
import org.mingle.domain.shared.DomainException;

/** Too many attempts of some kind from this client: try again after {@link #retryAfter()}. */
public abstract class TooManyAttemptsException extends DomainException {

    private final Duration retryAfter;

    protected TooManyAttemptsException(String what, Duration retryAfter) {
        super(what + " Please wait " + humane(retryAfter) + " and try again.");
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
