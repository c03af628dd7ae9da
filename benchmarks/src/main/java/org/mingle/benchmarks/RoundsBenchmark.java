package org.mingle.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mingle.domain.matching.Attendee;
import org.mingle.domain.matching.MatchingEngine;
import org.mingle.domain.rounds.MatchingAffinity;
import org.mingle.domain.rounds.OddCount;
import org.mingle.domain.rounds.Round;
import org.mingle.domain.rounds.RoundPlanner;
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
 * Speed-networking rounds on the matching benchmark's generated events, the engine built once per event (as the
 * service does before planning), planning timed from the candidate partners to the seated tables.
 *
 * {@code plan} with {@code size=1000} plans 8 rounds for 1,000 attendees, with {@code size=10000} one round for
 * 10,000 (target 2 s each); the quality of a round against the exact optimum is measured by {@link RoundQuality}.
 */
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class RoundsBenchmark {

    /** An event with its engine and the people present. */
    @State(Scope.Benchmark)
    public static class Event {
        @org.openjdk.jmh.annotations.Param({"1000", "10000"})
        int size;
        MatchingAffinity affinity;
        List<AccountId> people;

        @Setup(Level.Trial)
        public void generate() {
            var event = MatchingBenchmark.GeneratedEvent.generate(size, 11);
            affinity = new MatchingAffinity(MatchingEngine.of(event.attendees(), event.exclusions(), event.settings()));
            people = event.attendees().stream().map(Attendee::accountId).toList();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 4)
    @Measurement(iterations = 8)
    public List<Round> plan(Event event) {
        int rounds = event.size == 1000 ? 8 : 1;
        return RoundPlanner.plan(event.people, event.affinity, rounds, OddCount.REST, List.of());
    }
}
