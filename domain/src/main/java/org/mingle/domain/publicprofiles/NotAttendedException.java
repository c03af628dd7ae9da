package org.mingle.domain.publicprofiles;

import org.mingle.domain.shared.RuleViolationException;

/** Only events a person attended go on their record ({@link AttendanceRule}). */
public class NotAttendedException extends RuleViolationException {

    public NotAttendedException() {
        super("Only events you attended can go on your profile: checked in, or confirmed once the event was over.");
    }
}
