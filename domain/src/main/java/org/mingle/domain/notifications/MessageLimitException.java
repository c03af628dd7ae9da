package org.mingle.domain.notifications;

import java.time.Duration;
import org.mingle.domain.accounts.TooManyAttemptsException;

/** An event's organizers sent as many messages as an hour allows. */
public class MessageLimitException extends TooManyAttemptsException {

    MessageLimitException(int limit, Duration retryAfter) {
        super("An event's organizers can send " + limit + " messages an hour.", retryAfter);
    }
}
