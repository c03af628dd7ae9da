package org.mingle.domain.rounds;

import java.time.Instant;

/**
 * What an organizer asks for, before validation.
 *
 * @param rounds           how many rounds to plan from {@code startsAt} (rounds already held are kept)
 * @param breakMinutes     time between rounds to change tables; 1 when missing
 * @param includeConfirmed seat every confirmed attendee, not only those checked in
 * @param oddCount         {@code TRIO} or {@code REST}; TRIO when missing
 * @param avoidEarlierPairs keep apart, where possible, people who met at earlier events of the event's group or
 *                          series; when missing, as the event's organizers chose last time (on at first)
 */
public record RoundsInput(Integer rounds, Integer minutesPerRound, Instant startsAt, Integer breakMinutes,
                          Boolean includeConfirmed, String oddCount, Boolean avoidEarlierPairs) {

    public RoundsInput(Integer rounds, Integer minutesPerRound, Instant startsAt, Integer breakMinutes,
                       Boolean includeConfirmed, String oddCount) {
        this(rounds, minutesPerRound, startsAt, breakMinutes, includeConfirmed, oddCount, null);
    }
}
