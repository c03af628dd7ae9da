package org.mingle.domain.meetings;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.mingle.domain.shared.RuleViolationException;

/**
 * A sender has as many unanswered requests out at the event as its organizers allow. It says when a place frees up
 * at the latest: when the first of those requests expires (an answer or a withdrawal frees one sooner).
 */
public class RequestAllowanceException extends RuleViolationException {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH);

    private final int allowance;
    private final Instant freesAt;

    public RequestAllowanceException(int allowance, Instant freesAt, ZoneId zone) {
        super("You have " + allowance + " unanswered requests at this event, the most the organizers allow. One"
                + " place frees up when a request is answered or withdrawn, or at the latest at "
                + WHEN.format(freesAt.atZone(zone)) + " (" + zone.getId() + "), when your oldest request expires.");
        this.allowance = allowance;
        this.freesAt = Objects.requireNonNull(freesAt, "freesAt");
    }

    public int allowance() {
        return allowance;
    }

    /** When the first of the sender's unanswered requests expires, at the latest. */
    public Instant freesAt() {
        return freesAt;
    }
}
