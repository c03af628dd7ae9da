package org.mingle.domain.rounds;

import java.time.Instant;

/**
 * What an organizer asks for, before validation.
 *
 * @param rounds           how many rounds to plan from {@code startsAt} (rounds already held are kept)
 * @param breakMinutes     time between rounds to change tables; 1 when missing
 * @param includeConfirmed seat every confirmed attendee, not only those checked in
 * @param oddCount         {@code TRIO} or {@code REST}; TRIO when missing
 */
public record RoundsInput(Integer rounds, Integer minutesPerRound, Instant startsAt, Integer breakMinutes,
                          Boolean includeConfirmed, String oddCount) {
}
