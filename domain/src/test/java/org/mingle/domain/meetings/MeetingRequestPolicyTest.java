package org.mingle.domain.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.meetings.MeetingRequestPolicy.Allowed;
import org.mingle.domain.meetings.MeetingRequestPolicy.Facts;
import org.mingle.domain.meetings.MeetingRequestPolicy.Refusal;
import org.mingle.domain.meetings.MeetingRequestPolicy.Refused;
import org.mingle.domain.meetings.MeetingRequestPolicy.Verdict;
import org.mingle.domain.shared.AccountId;

class MeetingRequestPolicyTest {

    private static final AccountId ANA = new AccountId(UUID.randomUUID());
    private static final AccountId BEN = new AccountId(UUID.randomUUID());
    private static final EventId EVENT = EventId.newId();

    private static Facts facts(AccountId to, EventStatus status, boolean confirmed, boolean blocked, int pending,
                               Optional<MeetingRequest> open) {
        return new Facts(ANA, to, status, confirmed, blocked, pending, 3, open);
    }

    private static Facts allowed() {
        return facts(BEN, EventStatus.PUBLISHED, true, false, 2, Optional.empty());
    }

    private static MeetingRequest open(AccountId from, AccountId to, MeetingRequestStatus status) {
        return new MeetingRequest(MeetingRequestId.newId(), EVENT, from, to, null, status, Instant.EPOCH,
                status == MeetingRequestStatus.PENDING ? null : Instant.EPOCH, Instant.EPOCH.plusSeconds(3600));
    }

    private static Refusal refusal(Facts facts) {
        Verdict verdict = MeetingRequestPolicy.mayRequest(facts);
        assertThat(verdict).isInstanceOf(Refused.class);
        return ((Refused) verdict).refusal();
    }

    @Test
    void aConfirmedUnblockedAttendeeUnderTheLimitMayBeAsked() {
        assertThat(MeetingRequestPolicy.mayRequest(allowed())).isInstanceOf(Allowed.class);
    }

    @Test
    void eachRuleRefusesWithItsOwnReason() {
        assertThat(refusal(facts(ANA, EventStatus.PUBLISHED, true, false, 0, Optional.empty()))).isEqualTo(Refusal.SELF);
        assertThat(refusal(facts(BEN, EventStatus.COMPLETED, true, false, 0, Optional.empty())))
                .isEqualTo(Refusal.EVENT_NOT_OPEN);
        assertThat(refusal(facts(BEN, EventStatus.CANCELLED, true, false, 0, Optional.empty())))
                .isEqualTo(Refusal.EVENT_NOT_OPEN);
        assertThat(refusal(facts(BEN, EventStatus.PUBLISHED, false, false, 0, Optional.empty())))
                .isEqualTo(Refusal.NOT_ATTENDING);
        assertThat(refusal(facts(BEN, EventStatus.PUBLISHED, true, true, 0, Optional.empty())))
                .isEqualTo(Refusal.BLOCKED);
        assertThat(refusal(facts(BEN, EventStatus.PUBLISHED, true, false, 3, Optional.empty())))
                .isEqualTo(Refusal.TOO_MANY_PENDING);
    }

    @Test
    void anOpenRequestEitherWayIsAConflictWithAFittingMessage() {
        var mine = MeetingRequestPolicy.mayRequest(facts(BEN, EventStatus.PUBLISHED, true, false, 1,
                Optional.of(open(ANA, BEN, MeetingRequestStatus.PENDING))));
        var theirs = MeetingRequestPolicy.mayRequest(facts(BEN, EventStatus.PUBLISHED, true, false, 0,
                Optional.of(open(BEN, ANA, MeetingRequestStatus.PENDING))));
        var matched = MeetingRequestPolicy.mayRequest(facts(BEN, EventStatus.PUBLISHED, true, false, 0,
                Optional.of(open(BEN, ANA, MeetingRequestStatus.ACCEPTED))));

        // Each with its code, by which a page writes it in its own language.
        assertThat(mine).isEqualTo(new Refused(Refusal.ALREADY_OPEN, "meetingRequest.alreadyAsked",
                "You already asked this person; wait for their answer."));
        assertThat(theirs).isEqualTo(new Refused(Refusal.ALREADY_OPEN, "meetingRequest.askedYou",
                "This person already asked you: accept their request instead."));
        assertThat(matched).isEqualTo(new Refused(Refusal.ALREADY_OPEN, "meetingRequest.alreadyMatched",
                "You already have a match with this person."));
    }

    @Test
    void theLimitCountsOnlyWhatIsStillUnanswered() {
        assertThat(MeetingRequestPolicy.mayRequest(facts(BEN, EventStatus.PUBLISHED, true, false, 2, Optional.empty())))
                .isInstanceOf(Allowed.class);
        assertThat(((Refused) MeetingRequestPolicy.mayRequest(
                facts(BEN, EventStatus.PUBLISHED, true, false, 3, Optional.empty()))).message())
                .startsWith("You have 3 unanswered requests at this event");
    }
}
