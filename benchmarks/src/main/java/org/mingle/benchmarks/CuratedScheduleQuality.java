package org.mingle.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.mingle.domain.curated.CuratedProblem;
import org.mingle.domain.curated.CuratedSchedule;
import org.mingle.domain.curated.CuratedScheduler;
import org.mingle.domain.curated.Mark;
import org.mingle.domain.curated.MeetingRule;
import org.mingle.domain.curated.PairScores;
import org.mingle.domain.curated.Participant;
import org.mingle.domain.curated.ScheduleBound;
import org.mingle.domain.events.EventId;
import org.mingle.domain.matching.Attendee;
import org.mingle.domain.matching.MatchingEngine;
import org.mingle.domain.matching.Recommendation;
import org.mingle.domain.meetings.MeetingRequestId;
import org.mingle.domain.meetings.MeetingTable;
import org.mingle.domain.meetings.MeetingTableId;
import org.mingle.domain.meetings.NetworkingSession;
import org.mingle.domain.meetings.NetworkingSessionId;
import org.mingle.domain.meetings.Slot;
import org.mingle.domain.meetings.SlotBook;
import org.mingle.domain.shared.AccountId;

/**
 * Curated meeting schedules (decision 49): the time to schedule a generated event and how close the schedule comes to
 * a proven upper bound ({@link ScheduleBound}), both computed in the same run, against the greedy start alone.
 *
 * <p>The event: the matching benchmark's generated attendees (seed 11) and their engine's scores; two sessions of 4
 * slots; 40 tables of the given seats; three categories (60% founders, 25% investors, 15% mentors; investors do not
 * meet investors, mentors do not meet mentors) on top of the engine's exclusions; every attendee marks 3 of their 30
 * best recommendations "must meet" and one in five marks one of them "no thanks"; one in ten is a hosted buyer with a
 * minimum of 3 meetings and a maximum of 8, everyone else has no minimum and a maximum of 2 to 8; one in ten sits in a
 * speed-networking round during one slot; 20 meetings are booked already.
 *
 * <p>Arguments (optional): attendees (500), seats per table (2; "2,6" runs both), runs (7), search budget in seconds
 * (5).
 */
public final class CuratedScheduleQuality {

    private static final Instant START = Instant.parse("2027-03-10T09:00:00Z");

    private CuratedScheduleQuality() {
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int[] seats = Arrays.stream((args.length > 1 ? args[1] : "2").split(",")).mapToInt(Integer::parseInt)
                .toArray();
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        Duration budget = Duration.ofSeconds(args.length > 3 ? Long.parseLong(args[3]) : 5);
        for (int tableSeats : seats) {
            measure(size, tableSeats, runs, budget);
        }
    }

    private static void measure(int size, int seats, int runs, Duration budget) {
        CuratedProblem problem = generate(size, seats);
        var settings = new CuratedScheduler.Settings(budget, CuratedScheduler.Settings.DEFAULT.partnersPerPerson(),
                true);
        CuratedScheduler.schedule(problem, settings); // warm-up
        CuratedScheduler.schedule(problem, settings.greedyOnly());
        double[] greedyTimes = new double[runs];
        double[] times = new double[runs];
        CuratedSchedule greedy = null;
        CuratedSchedule improved = null;
        for (int run = 0; run < runs; run++) {
            long started = System.nanoTime();
            greedy = CuratedScheduler.schedule(problem, settings.greedyOnly());
            greedyTimes[run] = (System.nanoTime() - started) / 1e9;
            started = System.nanoTime();
            improved = CuratedScheduler.schedule(problem, settings);
            times[run] = (System.nanoTime() - started) / 1e9;
        }
        long started = System.nanoTime();
        ScheduleBound bound = ScheduleBound.of(problem, improved.totals().wishes(),
                improved.totals().missing() == 0);
        double boundSeconds = (System.nanoTime() - started) / 1e9;
        ScheduleBound greedyBound = ScheduleBound.of(problem, greedy.totals().wishes(),
                greedy.totals().missing() == 0);

        System.out.printf("%d attendees, 8 slots, 40 tables of %d seats; load average %.1f%n", size, seats,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("  scheduler: median %.2f s (%.2f to %.2f), %d meetings, %d missing below minimums,"
                        + " %d wishes of at most %.1f (%.3f), score %.2f of at most %.2f (%.3f)%n",
                median(times), min(times), max(times), improved.meetings().size(), improved.totals().missing(),
                improved.totals().wishes(), bound.wishes(), improved.totals().wishes() / bound.wishes(),
                improved.totals().score(), bound.score(), improved.totals().score() / bound.score());
        System.out.printf("  greedy:    median %.2f s (%.2f to %.2f), %d meetings, %d missing below minimums,"
                        + " %d wishes (%.3f), score %.2f of at most %.2f (%.3f)%n",
                median(greedyTimes), min(greedyTimes), max(greedyTimes), greedy.meetings().size(),
                greedy.totals().missing(), greedy.totals().wishes(), greedy.totals().wishes() / greedyBound.wishes(),
                greedy.totals().score(), greedyBound.score(), greedy.totals().score() / greedyBound.score());
        System.out.printf("  bound computed in %.2f s; shortfalls: %s%n", boundSeconds, improved.shortfalls().stream()
                .collect(java.util.stream.Collectors.groupingBy(s -> s.cause(),
                        java.util.stream.Collectors.counting())));
    }

    static CuratedProblem generate(int size, int seats) {
        var event = MatchingBenchmark.GeneratedEvent.generate(size, 11);
        MatchingEngine engine = MatchingEngine.of(event.attendees(), event.exclusions(), event.settings());
        List<AccountId> people = event.attendees().stream().map(Attendee::accountId).toList();
        Random random = new Random(49);
        EventId eventId = new EventId(new UUID(49, 0));

        List<NetworkingSession> sessions = List.of(
                new NetworkingSession(new NetworkingSessionId(new UUID(49, 1)), eventId, "Morning", START,
                        START.plus(Duration.ofMinutes(80)), 20),
                new NetworkingSession(new NetworkingSessionId(new UUID(49, 2)), eventId, "Afternoon",
                        START.plus(Duration.ofHours(5)), START.plus(Duration.ofHours(5).plusMinutes(80)), 20));
        List<Slot> slots = sessions.stream().flatMap(s -> s.slots().stream()).toList();
        List<MeetingTable> tables = new ArrayList<>();
        for (int t = 0; t < 40; t++) {
            tables.add(new MeetingTable(new MeetingTableId(new UUID(49, 100 + t)), eventId, "Table " + (t + 1),
                    seats));
        }

        Map<AccountId, Integer> category = new HashMap<>();
        List<Participant> participants = new ArrayList<>();
        Map<AccountId, List<Slot>> busy = new HashMap<>();
        for (AccountId person : people) {
            double draw = random.nextDouble();
            category.put(person, draw < 0.6 ? 0 : draw < 0.85 ? 1 : 2);
            participants.add(random.nextInt(10) == 0 ? new Participant(person, 3, 8)
                    : new Participant(person, 0, 2 + random.nextInt(7)));
            if (random.nextInt(10) == 0) {
                busy.put(person, List.of(slots.get(random.nextInt(slots.size()))));
            }
        }
        MeetingRule rule = (a, b) -> engine.mayMeet(a, b)
                && !(category.get(a) > 0 && category.get(a).equals(category.get(b)));

        List<Mark> mustMeet = new ArrayList<>();
        List<Mark> noThanks = new ArrayList<>();
        Map<AccountId, List<Recommendation>> recommendations = engine.allTopK(30);
        for (AccountId person : people) {
            List<Recommendation> best = new ArrayList<>(recommendations.get(person));
            java.util.Collections.shuffle(best, random);
            for (int k = 0; k < Math.min(3, best.size()); k++) {
                mustMeet.add(new Mark(person, best.get(k).accountId()));
            }
            if (random.nextInt(5) == 0 && best.size() > 3) {
                noThanks.add(new Mark(person, best.get(3).accountId()));
            }
        }

        SlotBook book = new SlotBook(sessions, tables, List.of(), busy);
        List<SlotBook.Booked> existing = new ArrayList<>();
        while (existing.size() < 20) {
            AccountId a = people.get(random.nextInt(size));
            AccountId b = people.get(random.nextInt(size));
            Slot slot = slots.get(random.nextInt(slots.size()));
            if (rule.mayMeet(a, b)) {
                book.at(a, b, slot.startsAt(), new MeetingRequestId(new UUID(49, 1000 + existing.size())))
                        .ifPresent(placement -> existing.add(book.book(
                                new MeetingRequestId(new UUID(49, 1000 + existing.size())), a, b, placement)));
            }
        }
        return new CuratedProblem(sessions, tables, existing, busy, participants, mustMeet, noThanks,
                PairScores.of(engine), rule);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
