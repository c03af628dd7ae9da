package org.mingle.domain.curated;

import java.util.Objects;
import org.mingle.domain.meetings.MeetingRequestId;
import org.mingle.domain.shared.AccountId;

/**
 * Why a published curated schedule arranged one of the viewer's meetings, as the viewer reads it.
 *
 * @param with          the other person of the meeting
 * @param withName      their display name
 * @param askedByViewer for {@link CuratedMeeting.Reason#ONE_ASKED}: whether the viewer asked, or the other person did
 */
public record CuratedReason(MeetingRequestId meeting, AccountId with, String withName, CuratedMeeting.Reason reason,
                            boolean askedByViewer) {

    public CuratedReason {
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(with, "with");
        Objects.requireNonNull(withName, "withName");
        Objects.requireNonNull(reason, "reason");
    }

    /** "You both asked to meet", "Ada asked to meet you", "You asked to meet Ada" or "Best remaining match". */
    public String explanation() {
        return switch (reason) {
            case BOTH_ASKED -> "You both asked to meet";
            case ONE_ASKED -> askedByViewer ? "You asked to meet " + withName : withName + " asked to meet you";
            case BEST_REMAINING_MATCH -> "Best remaining match";
        };
    }
}
