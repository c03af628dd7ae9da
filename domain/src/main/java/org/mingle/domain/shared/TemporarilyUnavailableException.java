package org.mingle.domain.shared;

import java.time.Duration;

/**
 * The request could not be served just now, through no fault of the caller (the server is overloaded, or the
 * database dropped the connection): nothing was changed, and the same request may be sent again after
 * {@link #retryAfter()}.
 */
public class TemporarilyUnavailableException extends DomainException {

    private final Duration retryAfter;

    public TemporarilyUnavailableException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
