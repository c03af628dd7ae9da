package org.mingle.domain.meetings;

import org.mingle.domain.shared.RuleViolationException;

/** The organizers' rules keep the two apart at this event: their categories may not meet (decision 54). */
public class MeetingRuleException extends RuleViolationException {

    public MeetingRuleException(String message) {
        super(message);
    }
}
