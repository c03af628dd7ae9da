package org.mingle.domain.curated;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mingle.domain.meetings.MeetingTable;
import org.mingle.domain.meetings.NetworkingSession;
import org.mingle.domain.meetings.Slot;
import org.mingle.domain.meetings.SlotBook;
import org.mingle.domain.shared.AccountId;

/**
 * Everything a curated schedule is made from, in the meetings feature's own types, so a service can pass what it has
 * loaded for the event.
 *
 * @param sessions     the event's networking sessions, which do not overlap; their slots are the times to fill
 * @param tables       the event's tables; each holds {@code seats / 2} meetings per slot
 * @param existing     meetings already booked: they stay where they are, take their table place, count towards
 *                     both people's minimum and maximum, and their pairs are not scheduled again
 * @param busy         when people are taken elsewhere (their speed-networking rounds)
 * @param participants who to schedule, each once
 * @param mustMeet     "must meet" marks; a pair where both marked the other comes before a pair where one did
 * @param noThanks     "no thanks" marks: the two never meet, whoever marked whom
 * @param scores       how well two people fit (see {@link PairScores#of})
 * @param rule         who may meet whom
 */
public record CuratedProblem(List<NetworkingSession> sessions, List<MeetingTable> tables,
                             List<SlotBook.Booked> existing, Map<AccountId, List<Slot>> busy,
                             List<Participant> participants, List<Mark> mustMeet, List<Mark> noThanks,
                             PairScores scores, MeetingRule rule) {

    public CuratedProblem {
        sessions = List.copyOf(sessions);
        tables = List.copyOf(tables);
        existing = List.copyOf(existing);
        busy = Map.copyOf(busy);
        participants = List.copyOf(participants);
        mustMeet = List.copyOf(mustMeet);
        noThanks = List.copyOf(noThanks);
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(rule, "rule");
        if (participants.stream().map(Participant::account).distinct().count() != participants.size()) {
            throw new IllegalArgumentException("a participant is listed twice");
        }
    }
}
