package org.mingle.domain.curated;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.mingle.domain.events.EventId;
import org.mingle.domain.meetings.MeetingRequestId;
import org.mingle.domain.meetings.MeetingTable;
import org.mingle.domain.meetings.MeetingTableId;
import org.mingle.domain.meetings.NetworkingSession;
import org.mingle.domain.meetings.NetworkingSessionId;
import org.mingle.domain.meetings.Slot;
import org.mingle.domain.meetings.SlotBook;
import org.mingle.domain.shared.AccountId;

/**
 * Generated curated events (seeded, so every failure reproduces) and the checks every schedule must pass, with the
 * meetings feature's own {@link SlotBook} as the judge of places and times.
 */
final class CuratedWorld {

    static final Instant DAY = Instant.parse("2026-12-03T09:00:00Z");
    static final EventId EVENT = new EventId(new UUID(0, 49));

    private CuratedWorld() {
    }

    static AccountId person(int i) {
        return new AccountId(new UUID(1, i));
    }

    /** Scores in hundredths from the seed and the pair, the same whichever way round. */
    static PairScores scores(long seed) {
        return (a, b) -> {
            long low = Math.min(a.value().getLeastSignificantBits(), b.value().getLeastSignificantBits());
            long high = Math.max(a.value().getLeastSignificantBits(), b.value().getLeastSignificantBits());
            return new Random(seed * 1_000_003L + low * 7919L + high).nextInt(300) / 100.0;
        };
    }

    /**
     * A random event.
     *
     * @param people   how many to schedule
     * @param slots    slots in total, in one or two sessions
     * @param tables   tables, of 2 or 4 seats
     * @param busyness the share of person-slots taken by rounds, and of people with a booking already
     */
    static CuratedProblem generate(Random random, int people, int slots, int tables, double busyness) {
        List<NetworkingSession> sessions = new ArrayList<>();
        int firstSession = slots > 1 && random.nextBoolean() ? slots / 2 : slots;
        sessions.add(new NetworkingSession(new NetworkingSessionId(new UUID(2, 1)), EVENT, "Morning", DAY,
                DAY.plus(Duration.ofMinutes(15L * firstSession)), 15));
        if (firstSession < slots) {
            Instant afternoon = DAY.plus(Duration.ofHours(4));
            sessions.add(new NetworkingSession(new NetworkingSessionId(new UUID(2, 2)), EVENT, "Afternoon", afternoon,
                    afternoon.plus(Duration.ofMinutes(15L * (slots - firstSession))).plusSeconds(300), 15));
        }
        List<Slot> allSlots = sessions.stream().flatMap(session -> session.slots().stream()).toList();
        List<MeetingTable> tableList = new ArrayList<>();
        for (int t = 0; t < tables; t++) {
            tableList.add(new MeetingTable(new MeetingTableId(new UUID(3, t)), EVENT, "Table " + (t + 1),
                    random.nextInt(4) == 0 ? 4 : 2));
        }
        List<AccountId> accounts = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            accounts.add(person(i));
        }

        Map<AccountId, List<Slot>> busy = new HashMap<>();
        for (AccountId account : accounts) {
            for (Slot slot : allSlots) {
                if (random.nextDouble() < busyness / 2) {
                    busy.computeIfAbsent(account, a -> new ArrayList<>()).add(slot);
                }
            }
        }
        // a few bookings made before, with a person from outside the list now and then
        List<SlotBook.Booked> existing = new ArrayList<>();
        SlotBook book = new SlotBook(sessions, tableList, List.of(), busy);
        for (int i = 0; i < people * busyness; i++) {
            AccountId a = accounts.get(random.nextInt(people));
            AccountId b = random.nextInt(6) == 0 ? person(10_000 + i) : accounts.get(random.nextInt(people));
            Slot slot = allSlots.get(random.nextInt(allSlots.size()));
            if (!a.equals(b)) {
                book.at(a, b, slot.startsAt(), new MeetingRequestId(UUID.randomUUID())).ifPresent(placement ->
                        existing.add(book.book(new MeetingRequestId(new UUID(4, existing.size())), a, b, placement)));
            }
        }

        List<Participant> participants = new ArrayList<>();
        for (AccountId account : accounts) {
            int maximum = random.nextInt(slots + 1);
            int minimum = random.nextInt(3) == 0 ? random.nextInt(maximum + 1) : 0;
            participants.add(new Participant(account, minimum, maximum));
        }
        List<Mark> mustMeet = new ArrayList<>();
        List<Mark> noThanks = new ArrayList<>();
        for (AccountId from : accounts) {
            for (int k = 0; k < 3; k++) {
                AccountId to = accounts.get(random.nextInt(people));
                if (!to.equals(from)) {
                    (random.nextInt(5) == 0 ? noThanks : mustMeet).add(new Mark(from, to));
                }
            }
        }
        // three categories; the second never meets itself, the third meets only the first
        int[] category = accounts.stream().mapToInt(a -> random.nextInt(3)).toArray();
        boolean withRules = random.nextBoolean();
        MeetingRule rule = (a, b) -> {
            if (!withRules) {
                return true;
            }
            int x = category[(int) a.value().getLeastSignificantBits()];
            int y = category[(int) b.value().getLeastSignificantBits()];
            return !(x == 1 && y == 1) && !(x == 2 && y != 0) && !(y == 2 && x != 0);
        };
        return new CuratedProblem(sessions, tableList, existing, busy, participants, mustMeet, noThanks,
                scores(random.nextLong()), rule);
    }

    /** Every rule a schedule must keep, and totals that add up. */
    static void assertValid(CuratedProblem problem, CuratedSchedule schedule) {
        // the meetings feature's book refuses a person in two places, a table over its seats, a slot outside sessions
        SlotBook book = new SlotBook(problem.sessions(), problem.tables(), problem.existing(), problem.busy());
        Set<Set<AccountId>> pairs = new HashSet<>();
        problem.existing().forEach(booked -> pairs.add(Set.of(booked.first(), booked.second())));
        Map<AccountId, Participant> participants = new HashMap<>();
        problem.participants().forEach(p -> participants.put(p.account(), p));
        Map<AccountId, Integer> meetings = new HashMap<>();
        problem.existing().forEach(booked -> {
            meetings.merge(booked.first(), 1, Integer::sum);
            meetings.merge(booked.second(), 1, Integer::sum);
        });
        Set<Set<AccountId>> declined = new HashSet<>();
        problem.noThanks().forEach(mark -> declined.add(Set.of(mark.from(), mark.to())));
        Set<Mark> asked = new HashSet<>(problem.mustMeet());
        int wishes = 0;
        double score = 0;
        int index = 0;
        for (CuratedMeeting meeting : schedule.meetings()) {
            AccountId a = meeting.first();
            AccountId b = meeting.second();
            assertThat(participants).containsKeys(a, b);
            assertThat(pairs.add(Set.of(a, b))).as("%s and %s meet once", a, b).isTrue();
            assertThat(declined).as("no thanks").doesNotContain(Set.of(a, b));
            assertThat(problem.rule().mayMeet(a, b) && problem.rule().mayMeet(b, a)).as("the rules").isTrue();
            book.book(new MeetingRequestId(new UUID(5, index++)), a, b, meeting.placement());
            meetings.merge(a, 1, Integer::sum);
            meetings.merge(b, 1, Integer::sum);
            int w = (asked.contains(new Mark(a, b)) ? 1 : 0) + (asked.contains(new Mark(b, a)) ? 1 : 0);
            assertThat(meeting.reason()).isEqualTo(w == 2 ? CuratedMeeting.Reason.BOTH_ASKED
                    : w == 1 ? CuratedMeeting.Reason.ONE_ASKED : CuratedMeeting.Reason.BEST_REMAINING_MATCH);
            if (w == 1) {
                assertThat(asked).contains(new Mark(meeting.askedBy(), meeting.partnerOf(meeting.askedBy())));
            }
            assertThat(meeting.score()).isEqualTo(Math.max(0, problem.scores().score(a, b)));
            wishes += w;
            score += meeting.score();
        }
        int missing = 0;
        Set<AccountId> below = new HashSet<>();
        for (Participant participant : problem.participants()) {
            int count = meetings.getOrDefault(participant.account(), 0);
            int booked = (int) problem.existing().stream().filter(x -> x.first().equals(participant.account())
                    || x.second().equals(participant.account())).count();
            assertThat(count).as("maximum").isLessThanOrEqualTo(Math.max(participant.maximum(), booked));
            if (count < participant.minimum()) {
                missing += participant.minimum() - count;
                below.add(participant.account());
            }
        }
        assertThat(schedule.shortfalls()).extracting(Shortfall::person).containsExactlyInAnyOrderElementsOf(below);
        for (Shortfall shortfall : schedule.shortfalls()) {
            assertThat(shortfall.meetings()).isEqualTo(meetings.getOrDefault(shortfall.person(), 0));
        }
        assertThat(schedule.totals().missing()).isEqualTo(missing);
        assertThat(schedule.totals().wishes()).isEqualTo(wishes);
        assertThat(schedule.totals().score()).isCloseTo(score, org.assertj.core.data.Offset.offset(1e-6));
    }
}
