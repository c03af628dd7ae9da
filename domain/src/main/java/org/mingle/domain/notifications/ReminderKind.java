package org.mingle.domain.notifications;

import java.time.Duration;

/**
 * The reminders before an event: the day before, and shortly before it starts. Each is due while the event's start
 * lies within its lead time and beyond the next kind's, so a person who registers late gets only the nearer one.
 */
public enum ReminderKind {
    /** 24 hours before, down to 2 hours before. */
    DAY_BEFORE(Duration.ofHours(24), Duration.ofHours(2)),
    /** 2 hours before, until the start. */
    SOON(Duration.ofHours(2), Duration.ZERO);

    private final Duration from;
    private final Duration until;

    ReminderKind(Duration from, Duration until) {
        this.from = from;
        this.until = until;
    }

    /** How long before the start this reminder becomes due. */
    public Duration from() {
        return from;
    }

    /** How long before the start it stops being due (the next kind takes over). */
    public Duration until() {
        return until;
    }
}
