package org.mingle.domain.availability;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.RuleViolationException;
import org.mingle.domain.shared.SupportedInstants;

/**
 * When an attendee may say they are free, and until when (decision 52): while the event is open and under way, or
 * about to be (from {@link #OPENS_BEFORE_START} before its start until its end), for a time in the future, at most
 * {@link #LONGEST} ahead and not past the event's end. Saying "free for the whole evening" would only fill the list
 * with people who have long moved on.
 */
public final class FreeTimeRules {

    /** The longest anyone can say they are free for in one go. */
    public static final Duration LONGEST = Duration.ofHours(4);

    /** How long before the event's start people can say they are free: those who come early meet first. */
    public static final Duration OPENS_BEFORE_START = Duration.ofHours(1);

    private FreeTimeRules() {
    }

    /** Whether people can say they are free at an event at {@code now}: it is open and runs or is about to. */
    public static boolean isOpen(Instant now, EventStatus status, Instant startsAt, Instant endsAt) {
        return status == EventStatus.PUBLISHED && !now.isBefore(startsAt.minus(OPENS_BEFORE_START))
                && now.isBefore(endsAt);
    }

    /**
     * Checks a free time for an event at {@code now}.
     *
     * @return the time as kept, to the microsecond
     * @throws RuleViolationException when the event is not open, not yet near or already over
     * @throws InvalidInputException  naming {@code freeUntil} when it is missing, past, too far ahead or after the end
     */
    public static Instant check(Instant freeUntil, Instant now, EventStatus status, Instant startsAt,
                                Instant endsAt) {
        if (status != EventStatus.PUBLISHED) {
            throw new RuleViolationException("Saying you are free is only possible while the event is open.");
        }
        if (now.isBefore(startsAt.minus(OPENS_BEFORE_START))) {
            throw new RuleViolationException(
                    "You can say you are free from an hour before the event starts.");
        }
        if (!now.isBefore(endsAt)) {
            throw new RuleViolationException("The event is over.");
        }
        if (freeUntil == null) {
            throw InvalidInputException.of("freeUntil", "is required");
        }
        SupportedInstants.requireSupported("freeUntil", freeUntil);
        Instant until = freeUntil.truncatedTo(ChronoUnit.MICROS);
        if (!until.isAfter(now)) {
            throw InvalidInputException.of("freeUntil", "must be in the future");
        }
        if (until.isAfter(now.plus(LONGEST))) {
            throw InvalidInputException.of("freeUntil", "must be at most " + LONGEST.toHours() + " hours from now");
        }
        if (until.isAfter(endsAt)) {
            throw InvalidInputException.of("freeUntil", "must not be after the event ends");
        }
        return until;
    }
}
