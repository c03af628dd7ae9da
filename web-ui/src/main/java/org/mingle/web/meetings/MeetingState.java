package org.mingle.web.meetings;

import java.util.List;
import org.mingle.domain.meetings.MeetingRequestStatus;
import org.mingle.domain.meetings.MeetingRequestView;
import org.mingle.domain.shared.AccountId;

/**
 * Where the viewer stands with one other person at an event, read from the viewer's requests there. At most one
 * request between two people is open at a time, so the open one decides; declined and cancelled ones leave the way
 * free for a new request.
 */
public enum MeetingState {
    NONE(""),
    REQUESTED("Requested"),
    ASKED_YOU("Asked you"),
    MATCHED("Matched");

    private final String label;

    MeetingState(String label) {
        this.label = label;
    }

    /** "Requested", "Asked you", "Matched"; empty for NONE. */
    public String label() {
        return label;
    }

    public static MeetingState with(AccountId other, List<MeetingRequestView> requests) {
        for (MeetingRequestView view : requests) {
            if (!view.other().accountId().equals(other) || !view.request().status().isOpen()) {
                continue;
            }
            if (view.request().status() == MeetingRequestStatus.ACCEPTED) {
                return MATCHED;
            }
            return view.incoming() ? ASKED_YOU : REQUESTED;
        }
        return NONE;
    }
}
