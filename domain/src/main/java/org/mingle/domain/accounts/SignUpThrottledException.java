package org.mingle.domain.accounts;

import java.time.Duration;

/** Too many sign-ups from this client within the hour. */
public class SignUpThrottledException extends TooManyAttemptsException {

    public SignUpThrottledException(Duration retryAfter) {
        super("Too many accounts were created from your network.", retryAfter);
    }
}
