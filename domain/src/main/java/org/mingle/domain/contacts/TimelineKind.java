package org.mingle.domain.contacts;

/**
 * What a moment of a contact's timeline is. ENDORSEMENT is part of the contract; endorsements are another feature's,
 * and their moments join the timeline once that feature can answer them.
 */
public enum TimelineKind {
    CONNECTED, MEETING, NOTE, FOLLOW_UP, ENDORSEMENT
}
