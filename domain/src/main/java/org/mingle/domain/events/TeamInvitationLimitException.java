package org.mingle.domain.events;

import java.time.Duration;
import org.mingle.domain.accounts.TooManyAttemptsException;

/** An event's owner mailed as many team invitations as an hour allows. */
public class TeamInvitationLimitException extends TooManyAttemptsException {

    TeamInvitationLimitException(int limit, Duration retryAfter) {
        super("An event can mail " + limit + " team invitations an hour.", retryAfter);
    }
}
