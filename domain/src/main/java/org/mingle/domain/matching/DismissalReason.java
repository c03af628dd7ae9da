package org.mingle.domain.matching;

/** Why a viewer said "not for me" to a recommendation, and so what their recommendations learn from it (decision 53). */
public enum DismissalReason {
    /** The person is of no use to the viewer: interests the viewer keeps passing on weigh less. */
    NOT_RELEVANT,
    /** The viewer knows them already: colleagues of people the viewer knows rank lower. */
    ALREADY_KNOW,
    /** Not at this moment: the person is only hidden, nothing is learned. */
    NOT_NOW
}
