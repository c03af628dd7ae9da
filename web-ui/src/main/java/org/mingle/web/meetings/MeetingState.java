package org.mingle.web.meetings;

import com.vaadin.flow.component.UI;
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
    NONE(null),
    REQUESTED("meetings.state.requested"),
    ASKED_YOU("meetings.state.asked-you"),
    MATCHED("meetings.state.matched");

    private final String key;

    MeetingState(String key) {
        this.key = key;
    }

    /** "Requested", "Asked you", "Matched" in the page's language; empty for NONE. */
    public String label() {
        return key == null ? "" : UI.getCurrent().getTranslation(key);
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
