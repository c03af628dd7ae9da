package org.mingle.domain.meetings;

import org.mingle.domain.shared.ConflictException;

/** An answer to "Did you meet?" that the meeting's state does not allow (409). */
public class AnswerRefusedException extends ConflictException {

    private final HeldRules.Refusal refusal;

    AnswerRefusedException(HeldRules.Refusal refusal) {
        super(refusal.message());
        this.refusal = refusal;
    }

    public HeldRules.Refusal refusal() {
        return refusal;
    }
}
