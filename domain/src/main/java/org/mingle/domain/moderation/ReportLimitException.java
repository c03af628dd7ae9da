package org.mingle.domain.moderation;

import java.time.Duration;
import org.mingle.domain.accounts.TooManyAttemptsException;

/** Someone filed as many reports as a day allows. */
public class ReportLimitException extends TooManyAttemptsException {

    ReportLimitException(int limit, Duration retryAfter) {
        super("You can file " + limit + " reports a day.", retryAfter);
    }
}
