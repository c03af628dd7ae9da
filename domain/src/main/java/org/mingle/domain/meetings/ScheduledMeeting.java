package org.mingle.domain.meetings;

import java.util.Objects;

/**
 * A mutual match as one of its two people sees it, with its slot and table once it has them, and a proposal to move it
 * while one waits for an answer.
 *
 * @param slot     {@code null} until the meeting has a time
 * @param table    {@code null} until the meeting has a time
 * @param proposal {@code null} unless one of the two proposed another time
 * @param held     whether the meeting took place, as far as known; {@code null} until the meeting has a time
 */
public record ScheduledMeeting(MeetingRequestView match, Slot slot, MeetingTable table, Proposal proposal,
                               Held held) {

    public ScheduledMeeting {
        Objects.requireNonNull(match, "match");
    }

    public MeetingRequestId id() {
        return match.request().id();
    }

    /** Another time one of the two proposed; {@code byViewer} when the one looking proposed it. */
    public record Proposal(Slot slot, boolean byViewer) {

        public Proposal {
            Objects.requireNonNull(slot, "slot");
        }
    }

    /**
     * Whether the meeting took place, and what the viewer answered.
     *
     * @param viewerMet {@code null} until the viewer answered; true for "we met", false for "they did not show"
     */
    public record Held(HeldState state, Boolean viewerMet) {

        public Held {
            Objects.requireNonNull(state, "state");
        }

        /** The viewer said "we met" and the other has not confirmed yet. */
        public boolean waitingForOther() {
            return state == HeldState.SCHEDULED && Boolean.TRUE.equals(viewerMet);
        }
    }
}
