package org.mingle.domain.accounts;

import java.time.Duration;

/** Too many failed log-ins from this client, at this account or at all accounts. */
public class LoginThrottledException extends TooManyAttemptsException {

    public LoginThrottledException(Duration retryAfter) {
        super("Too many failed log-in attempts.", retryAfter);
    }
}
