package org.mingle.domain.meetings;

import java.util.List;
import java.util.Optional;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.shared.AccountId;

/** Whether one attendee may send another a meeting request: the anti-spam and consent rules in one place. */
public final class MeetingRequestPolicy {

    private MeetingRequestPolicy() {
    }

    /**
     * What the policy needs to know, gathered by the service under the sender's lock.
     *
     * @param pendingOutgoing the sender's unanswered requests at this event
     * @param openBetween     a pending or accepted request between the two, in either direction
     * @param keptApart       why the organizers' rules keep the two apart ({@link WhoMeetsWhom}); empty when they do not
     */
    public record Facts(
            AccountId sender,
            AccountId addressee,
            EventStatus eventStatus,
            boolean addresseeConfirmed,
            boolean blockedEitherWay,
            int pendingOutgoing,
            int maxPendingOutgoing,
            Optional<MeetingRequest> openBetween,
            Optional<String> keptApart) {

        /** At an event whose rules keep nobody apart. */
        public Facts(AccountId sender, AccountId addressee, EventStatus eventStatus, boolean addresseeConfirmed,
                     boolean blockedEitherWay, int pendingOutgoing, int maxPendingOutgoing,
                     Optional<MeetingRequest> openBetween) {
            this(sender, addressee, eventStatus, addresseeConfirmed, blockedEitherWay, pendingOutgoing,
                    maxPendingOutgoing, openBetween, Optional.empty());
        }
    }

    /** The answer: allowed, or refused with a reason a person can read. */
    public sealed interface Verdict {
    }

    public record Allowed() implements Verdict {
    }

    /**
     * Why not, in English, with the code and values by which a screen writes it in its own language ({@code
     * error.<code>}); rules of the event's categories give their own words and no code.
     */
    public record Refused(Refusal refusal, String message, String code, List<Object> arguments) implements Verdict {

        Refused(Refusal refusal, String message) {
            this(refusal, message, null, List.of());
        }

        Refused(Refusal refusal, String code, String message, Object... arguments) {
            this(refusal, message, code, List.of(arguments));
        }
    }

    public enum Refusal {
        /** Asking oneself. */
        SELF,
        /** The event is not open (draft, cancelled or completed). */
        EVENT_NOT_OPEN,
        /** The addressee does not hold a confirmed registration. */
        NOT_ATTENDING,
        /** One of the two blocked the other. */
        BLOCKED,
        /** The organizers' rules keep the two apart: their categories may not meet. */
        CATEGORY_RULES,
        /** The sender has as many unanswered requests out as the organizers allow. */
        TOO_MANY_PENDING,
        /** The two already have a pending request or a match: a conflict with the current state. */
        ALREADY_OPEN
    }

    public static Verdict mayRequest(Facts facts) {
        if (facts.sender().equals(facts.addressee())) {
            return new Refused(Refusal.SELF, "meetingRequest.self", "You cannot request a meeting with yourself.");
        }
        if (facts.eventStatus() != EventStatus.PUBLISHED) {
            return new Refused(Refusal.EVENT_NOT_OPEN, "meetingRequest.eventNotOpen",
                    "Meeting requests are only possible while the event is open.");
        }
        if (!facts.addresseeConfirmed()) {
            return new Refused(Refusal.NOT_ATTENDING, "meetingRequest.notAttending",
                    "This person is not a confirmed attendee of this event.");
        }
        if (facts.blockedEitherWay()) {
            return new Refused(Refusal.BLOCKED, "meetingRequest.blocked",
                    "You cannot send a meeting request to this person.");
        }
        if (facts.keptApart().isPresent()) {
            return new Refused(Refusal.CATEGORY_RULES, facts.keptApart().get());
        }
        if (facts.openBetween().isPresent()) {
            MeetingRequest open = facts.openBetween().get();
            if (open.status() == MeetingRequestStatus.ACCEPTED) {
                return new Refused(Refusal.ALREADY_OPEN, "meetingRequest.alreadyMatched",
                        "You already have a match with this person.");
            }
            return open.from().equals(facts.sender())
                    ? new Refused(Refusal.ALREADY_OPEN, "meetingRequest.alreadyAsked",
                            "You already asked this person; wait for their answer.")
                    : new Refused(Refusal.ALREADY_OPEN, "meetingRequest.askedYou",
                            "This person already asked you: accept their request instead.");
        }
        if (facts.pendingOutgoing() >= facts.maxPendingOutgoing()) {
            return new Refused(Refusal.TOO_MANY_PENDING, "meetingRequest.tooManyPending", "You have "
                    + facts.pendingOutgoing() + " unanswered requests at this event, the most the organizers allow."
                    + " Wait for an answer or cancel one.", facts.pendingOutgoing());
        }
        return new Allowed();
    }
}
