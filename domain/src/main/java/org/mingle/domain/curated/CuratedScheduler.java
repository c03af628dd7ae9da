package org.mingle.domain.curated;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.mingle.domain.meetings.MeetingTableId;
import org.mingle.domain.meetings.SlotBook;
import org.mingle.domain.shared.AccountId;

/**
 * Generates the one-to-one meetings of a curated event (decision 49). What it aims for, in this order: nobody below
 * their minimum where that can be avoided, as many "must meet" wishes honoured as possible (both asked counts twice),
 * then the highest total score. What it never breaks: nobody in two places in one slot, no table over its seats, no
 * pair twice (bookings included), no "no thanks" pair, nobody over their maximum, the event's rules, and the bookings
 * and busy times as given. Plain Java on the meetings feature's types, safe to call from any thread.
 */
public final class CuratedScheduler {

    /**
     * How hard to try.
     *
     * @param budget             the time the improving search may take after the greedy start
     * @param partnersPerPerson  how many of each person's best partners are candidates (must-meets and, for people
     *                           with a minimum, every eligible partner come on top)
     * @param improve            false for the greedy start alone (the benchmark's baseline)
     */
    public record Settings(Duration budget, int partnersPerPerson, boolean improve) {

        public static final Settings DEFAULT = new Settings(Duration.ofSeconds(5), 40, true);

        public Settings {
            Objects.requireNonNull(budget, "budget");
            if (partnersPerPerson < 0) {
                throw new IllegalArgumentException("partnersPerPerson must not be negative");
            }
        }

        public Settings greedyOnly() {
            return new Settings(budget, partnersPerPerson, false);
        }
    }

    private CuratedScheduler() {
    }

    public static CuratedSchedule schedule(CuratedProblem problem) {
        return schedule(problem, Settings.DEFAULT);
    }

    public static CuratedSchedule schedule(CuratedProblem problem, Settings settings) {
        long started = System.nanoTime();
        Instance in = new Instance(problem);
        Plan plan = new Plan(in, settings.partnersPerPerson());
        plan.greedy();
        if (settings.improve()) {
            plan.improve(started + settings.budget().toNanos());
        }
        return result(in, plan);
    }

    private static CuratedSchedule result(Instance in, Plan plan) {
        List<CuratedMeeting> meetings = new ArrayList<>();
        int wishes = 0;
        double score = 0;
        for (int s = 0; s < in.slotCount; s++) {
            Map<MeetingTableId, TreeSet<Integer>> open = copy(in.openPlaces.get(s));
            for (int e = 0; e < plan.candidates(); e++) {
                if (plan.slotOf[e] == s) {
                    meetings.add(meeting(in, plan, e, s, open));
                    wishes += plan.wishes[e];
                    score += plan.score[e];
                }
            }
        }
        List<Shortfall> shortfalls = new ArrayList<>();
        int missing = 0;
        for (int p = 0; p < in.n; p++) {
            int below = in.missing(p, plan.count[p]);
            if (below > 0) {
                missing += below;
                shortfalls.add(new Shortfall(in.people.get(p), in.minimum[p], in.booked[p] + plan.count[p],
                        Shortfalls.cause(in, plan, p)));
            }
        }
        return new CuratedSchedule(meetings, shortfalls, new CuratedSchedule.Totals(missing, wishes, score));
    }

    /** At the table with the most open places (the first added among equals), its lowest open place. */
    private static CuratedMeeting meeting(Instance in, Plan plan, int e, int s,
                                          Map<MeetingTableId, TreeSet<Integer>> open) {
        MeetingTableId table = open.entrySet().stream()
                .max(Comparator.comparingInt(entry -> entry.getValue().size()))
                .map(Map.Entry::getKey).orElseThrow();
        int place = open.get(table).pollFirst();
        Instance.SessionSlot slot = in.slots.get(s);
        int a = plan.first[e];
        int b = plan.second[e];
        AccountId first = in.people.get(a);
        AccountId second = in.people.get(b);
        CuratedMeeting.Reason reason = switch (plan.wishes[e]) {
            case 2 -> CuratedMeeting.Reason.BOTH_ASKED;
            case 1 -> CuratedMeeting.Reason.ONE_ASKED;
            default -> CuratedMeeting.Reason.BEST_REMAINING_MATCH;
        };
        AccountId askedBy = reason != CuratedMeeting.Reason.ONE_ASKED ? null : in.asked(a, b) ? first : second;
        return new CuratedMeeting(first, second, new SlotBook.Placement(slot.session(), slot.slot(), table, place),
                plan.score[e], reason, askedBy);
    }

    private static Map<MeetingTableId, TreeSet<Integer>> copy(Map<MeetingTableId, TreeSet<Integer>> open) {
        Map<MeetingTableId, TreeSet<Integer>> copy = new LinkedHashMap<>();
        open.forEach((table, places) -> copy.put(table, new TreeSet<>(places)));
        return copy;
    }
}
