package org.mingle.domain.curated;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scheduler on generated events (seeded, so every failure reproduces): every rule kept on events of all sizes,
 * and on small events, against the exhaustive search, minimums met whenever they can be and a score close to the
 * best.
 */
class CuratedSchedulerPropertiesTest {

    /** No search budget runs out on these sizes: the search stops when no move helps. */
    private static final CuratedScheduler.Settings SETTINGS =
            new CuratedScheduler.Settings(Duration.ofSeconds(30), 40, true);

    static Stream<Arguments> events() {
        return IntStream.range(0, 40).mapToObj(seed -> Arguments.of(seed, 2 + seed * 3, 1 + seed % 8, 1 + seed % 9));
    }

    @ParameterizedTest(name = "seed {0}: {1} people, {2} slots, {3} tables")
    @MethodSource("events")
    void everyRuleHolds(int seed, int people, int slots, int tables) {
        var random = new Random(seed);
        CuratedProblem problem = CuratedWorld.generate(random, people, slots, tables, 0.3);

        CuratedSchedule greedy = CuratedScheduler.schedule(problem, SETTINGS.greedyOnly());
        CuratedSchedule improved = CuratedScheduler.schedule(problem, SETTINGS);

        CuratedWorld.assertValid(problem, greedy);
        CuratedWorld.assertValid(problem, improved);
        assertThat(improved.totals()).as("the search only takes moves that help").isGreaterThanOrEqualTo(
                greedy.totals());
        assertThat(CuratedScheduler.schedule(problem, SETTINGS)).as("the same problem, the same schedule")
                .isEqualTo(improved);
    }

    /** The floors sit just under what the scheduler reached on these 300 events, so a regression fails. */
    @Test
    void onSmallEventsMinimumsAreMetWheneverPossibleAndTheScoreIsCloseToTheBest() {
        int events = 300;
        int minimumsPossible = 0;
        int sameWishes = 0;
        double worstRatio = 1;
        double ours = 0;
        double best = 0;
        for (int seed = 0; seed < events; seed++) {
            var random = new Random(1000 + seed);
            CuratedProblem problem = CuratedWorld.generate(random, 3 + random.nextInt(5), 1 + random.nextInt(3),
                    1 + random.nextInt(2), random.nextDouble() * 0.4);
            CuratedSchedule schedule = CuratedScheduler.schedule(problem, SETTINGS);
            CuratedSchedule.Totals optimum = ExactCuratedSchedules.optimum(problem);
            CuratedWorld.assertValid(problem, schedule);

            assertThat(schedule.totals()).as("seed %d: nothing beats the exhaustive search", 1000 + seed)
                    .isLessThanOrEqualTo(optimum);
            if (optimum.missing() == 0) {
                minimumsPossible++;
                assertThat(schedule.totals().missing()).as("seed %d: minimums can be met", 1000 + seed).isZero();
            }
            ScheduleBound bound = ScheduleBound.of(problem, optimum.wishes());
            assertThat(bound.wishes()).as("seed %d: the bound of wishes", 1000 + seed)
                    .isGreaterThanOrEqualTo(optimum.wishes() - 1e-9);
            assertThat(bound.score()).as("seed %d: the bound of the score", 1000 + seed)
                    .isGreaterThanOrEqualTo(optimum.score() - 1e-9);
            if (optimum.missing() == 0) {
                ScheduleBound kept = ScheduleBound.of(problem, optimum.wishes(), true);
                assertThat(kept.wishes()).as("seed %d: the bound of wishes, minimums kept", 1000 + seed)
                        .isGreaterThanOrEqualTo(optimum.wishes() - 1e-9);
                assertThat(kept.score()).as("seed %d: the bound of the score, minimums kept", 1000 + seed)
                        .isGreaterThanOrEqualTo(optimum.score() - 1e-9);
            }
            if (schedule.totals().missing() == optimum.missing() && schedule.totals().wishes() == optimum.wishes()) {
                sameWishes++;
                ours += schedule.totals().score();
                best += optimum.score();
                if (optimum.score() > 0) {
                    worstRatio = Math.min(worstRatio, schedule.totals().score() / optimum.score());
                }
            }
        }
        System.out.printf("curated small events: %d of %d could meet every minimum; same missing and wishes as the"
                + " optimum in %d; score %.2f of %.2f (%.4f); worst ratio %.3f%n", minimumsPossible, events,
                sameWishes, ours, best, ours / best, worstRatio);
        assertThat(minimumsPossible).as("the events test minimums").isGreaterThan(events / 2);
        assertThat(sameWishes).as("measured 298 of 300").isGreaterThanOrEqualTo(296);
        assertThat(ours / best).as("measured 0.9836").isGreaterThanOrEqualTo(0.98);
    }
}
