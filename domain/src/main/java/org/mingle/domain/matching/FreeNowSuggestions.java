package org.mingle.domain.matching;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.mingle.domain.events.EventId;
import org.mingle.domain.meetings.HeldMeetingService;
import org.mingle.domain.meetings.HeldState;
import org.mingle.domain.meetings.ScheduledMeeting;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AccountId;

/**
 * Whom to meet instead when the other person did not show (decision 51): the viewer's recommendations, best match
 * first, who are in no meeting right now. Offered to the one who reported the no-show, while the slot still runs.
 */
@Singleton
public class FreeNowSuggestions {

    /** How many people are suggested at most. */
    public static final int SHOWN = 5;

    private final RecommendationService recommendations;
    private final HeldMeetingService held;
    private final Clock clock;

    FreeNowSuggestions(RecommendationService recommendations, HeldMeetingService held, Clock clock) {
        this.recommendations = recommendations;
        this.held = held;
        this.clock = clock;
    }

    /** Empty unless the viewer reported this meeting a no-show and its slot has not ended. */
    public List<PersonToMeet> afterNoShow(AccountId viewer, EventId event, ScheduledMeeting meeting) {
        var answer = meeting.held();
        if (answer == null || answer.state() != HeldState.NO_SHOW || !Boolean.FALSE.equals(answer.viewerMet())
                || !clock.instant().isBefore(meeting.slot().endsAt())) {
            return List.of();
        }
        AccountId absent = meeting.match().other().accountId();
        Set<AccountId> busy = held.inMeetingNow(event);
        try {
            return recommendations.recommendations(viewer, event, RecommendationService.LIMIT_MAX).stream()
                    .filter(person -> !person.accountId().equals(absent) && !busy.contains(person.accountId()))
                    .limit(SHOWN)
                    .toList();
        } catch (AccessDeniedException noLongerConfirmed) {
            return List.of();
        }
    }
}
