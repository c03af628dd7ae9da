package org.mingle.benchmarks;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.mingle.domain.matching.Attendee;
import org.mingle.domain.matching.BruteForceMatching;
import org.mingle.domain.matching.Exclusions;
import org.mingle.domain.matching.MatchSettings;
import org.mingle.domain.matching.MatchingEngine;
import org.mingle.domain.matching.Recommendation;
import org.mingle.domain.profiles.Goal;
import org.mingle.domain.profiles.Interest;
import org.mingle.domain.profiles.Seniority;
import org.mingle.domain.shared.AccountId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The matching engine on generated events: each attendee has 10 interests drawn Zipf-like (s = 1) from 300, 0 to 2 goals
 * sought and offered, one of 12 industries, a random seniority, one of n / 25 companies; seeded, so every run sees the
 * same events. Perspective weight 0.3, colleagues excluded, n / 100 pairs blocked or connected.
 *
 * <ul>
 * <li>{@code allTopK10k}: build the engine and compute top 10 for all of a 10,000-attendee event (target 3 s);
 * <li>{@code topKOneOf100k}: top 10 for one attendee (a different one each call) of a 100,000-attendee event, sample
 * mode for the p99 (target 20 ms);
 * <li>{@code bruteForceAllTopK10k} and {@code bruteForceTopKOneOf100k}: the all-pairs reference on the same events,
 * for the ratio.
 * </ul>
 */
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class MatchingBenchmark {

    static final double PERSPECTIVE_WEIGHT = 0.3;

    /** A 10,000-attendee event. */
    @State(Scope.Benchmark)
    public static class TenThousand {
        GeneratedEvent event;
        BruteForceMatching bruteForce;

        @Setup(Level.Trial)
        public void generate() {
            event = GeneratedEvent.generate(10_000, 42);
            bruteForce = new BruteForceMatching(event.attendees(), event.exclusions(), event.settings());
        }
    }

    /** A 100,000-attendee event, its engine built once. */
    @State(Scope.Benchmark)
    public static class HundredThousand {
        GeneratedEvent event;
        MatchingEngine engine;
        BruteForceMatching bruteForce;
        int next;

        @Setup(Level.Trial)
        public void generate() {
            event = GeneratedEvent.generate(100_000, 7);
            engine = MatchingEngine.of(event.attendees(), event.exclusions(), event.settings());
            bruteForce = new BruteForceMatching(event.attendees(), event.exclusions(), event.settings());
        }

        AccountId nextViewer() {
            next = (next + 7919) % event.attendees().size();
            return event.attendees().get(next).accountId();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 6)
    @Measurement(iterations = 8)
    public Map<AccountId, List<Recommendation>> allTopK10k(TenThousand state) {
        return MatchingEngine.of(state.event.attendees(), state.event.exclusions(), state.event.settings())
                .allTopK(10);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public Map<AccountId, List<Recommendation>> bruteForceAllTopK10k(TenThousand state) {
        return state.bruteForce.allTopK(10);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 3, time = 10)
    public List<Recommendation> topKOneOf100k(HundredThousand state) {
        return state.engine.topK(state.nextViewer(), 10);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1, time = 5)
    @Measurement(iterations = 2, time = 10)
    public List<Recommendation> bruteForceTopKOneOf100k(HundredThousand state) {
        return state.bruteForce.topK(state.nextViewer(), 10);
    }

    /** A seeded event as described on the class. */
    record GeneratedEvent(List<Attendee> attendees, Exclusions exclusions, MatchSettings settings) {

        static final int INTERESTS = 300;
        static final int INTERESTS_EACH = 10;
        static final int INDUSTRIES = 12;

        static GeneratedEvent generate(int size, long seed) {
            Random random = new Random(seed);
            List<Interest> vocabulary = new ArrayList<>();
            double[] cumulative = new double[INTERESTS];
            double sum = 0;
            for (int i = 0; i < INTERESTS; i++) {
                vocabulary.add(Interest.of("Topic " + i));
                sum += 1.0 / (i + 1);
                cumulative[i] = sum;
            }
            List<Attendee> attendees = new ArrayList<>(size);
            for (int n = 0; n < size; n++) {
                Set<Interest> interests = new HashSet<>();
                while (interests.size() < INTERESTS_EACH) {
                    double draw = random.nextDouble() * sum;
                    int at = java.util.Arrays.binarySearch(cumulative, draw);
                    interests.add(vocabulary.get(at >= 0 ? at : -at - 1));
                }
                attendees.add(new Attendee(new AccountId(new UUID(random.nextLong(), random.nextLong())),
                        "Attendee " + n, interests, goals(random), goals(random),
                        "Industry " + random.nextInt(INDUSTRIES),
                        Seniority.values()[random.nextInt(Seniority.values().length)],
                        "Company " + random.nextInt(Math.max(1, size / 25)), Attendee.visibleToAttendees()));
            }
            Set<Exclusions.Pair> blocked = new HashSet<>();
            Set<Exclusions.Pair> connected = new HashSet<>();
            for (int e = 0; e < size / 100; e++) {
                AccountId a = attendees.get(random.nextInt(size)).accountId();
                AccountId b = attendees.get(random.nextInt(size)).accountId();
                if (!a.equals(b)) {
                    (e % 2 == 0 ? blocked : connected).add(Exclusions.Pair.of(a, b));
                }
            }
            return new GeneratedEvent(attendees, new Exclusions(blocked, connected),
                    new MatchSettings(PERSPECTIVE_WEIGHT, true));
        }

        private static Set<Goal> goals(Random random) {
            Set<Goal> goals = EnumSet.noneOf(Goal.class);
            int count = random.nextInt(3);
            while (goals.size() < count) {
                goals.add(Goal.values()[random.nextInt(Goal.values().length)]);
            }
            return goals;
        }
    }
}
