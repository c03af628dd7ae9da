package org.mingle.domain.meetings;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/** Where the answers to "Did you meet?" and the state of each booked meeting are kept (decision 51). */
interface HeldMeetings {

    /** A booked meeting with its two people, slot and state. */
    record HeldBooking(MeetingRequestId meeting, EventId event, AccountId first, AccountId second, Slot slot,
                       HeldState state) {
    }

    /** One person's answer, for their data export. */
    record Answer(MeetingRequestId meeting, EventId event, boolean met, Instant answeredAt) {
    }

    /** The booked meeting with its row locked until the transaction ends; empty when it has no slot. */
    Optional<HeldBooking> lock(MeetingRequestId meeting);

    /** What each of the two answered so far. */
    Map<AccountId, Boolean> answers(MeetingRequestId meeting);

    void insertAnswer(MeetingRequestId meeting, AccountId person, boolean met, Instant at);

    void setState(MeetingRequestId meeting, HeldState state, Instant since);

    /** The person's place in the slot no longer keeps them from another meeting then. */
    void release(MeetingRequestId meeting, AccountId person);

    /** The booked meetings of the pair at the event whose slot contains {@code at}, their rows locked. */
    List<HeldBooking> lockRunningBetween(EventId event, AccountId a, AccountId b, Instant at);

    /**
     * Marks as asked up to {@code limit} scheduled meetings whose question is due by {@code now} and whose slot ended
     * at most {@link HeldRules#ASK_UNTIL_AFTER_END} ago, skipping rows others hold; the ones marked, with who of the
     * two has answered already.
     */
    List<CheckDue> claimChecks(Instant now, int limit);

    /** A meeting whose two people are to be asked, and who of them answered already. */
    record CheckDue(HeldBooking booking, Set<AccountId> answered) {
    }

    /** The viewer's answers for their meetings at the event. */
    Map<MeetingRequestId, Boolean> answersBy(AccountId viewer, EventId event);

    /** Everyone whose place in a meeting at the event covers {@code at}. */
    Set<AccountId> inMeetingAt(EventId event, Instant at);

    /** Every answer the person gave, for their data export. */
    List<Answer> answersOf(AccountId person);
}
