package org.mingle.domain.meetings;

/**
 * Where a meeting request stands. Only PENDING changes: to ACCEPTED or DECLINED by the addressee, CANCELLED by the
 * sender, EXPIRED when nobody answered before its expiry.
 */
public enum MeetingRequestStatus {
    PENDING, ACCEPTED, DECLINED, CANCELLED, EXPIRED;

    /** An open request (pending, or accepted: a mutual match) stops another one between the same two people. */
    public boolean isOpen() {
        return this == PENDING || this == ACCEPTED;
    }
}
