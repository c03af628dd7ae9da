package org.mingle.domain.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mingle.domain.matching.Attendee;
import org.mingle.domain.matching.Exclusions;
import org.mingle.domain.matching.MatchSettings;
import org.mingle.domain.matching.MatchingEngine;
import org.mingle.domain.profiles.Goal;
import org.mingle.domain.profiles.Interest;
import org.mingle.domain.profiles.Seniority;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.RuleViolationException;

/**
 * Seeded, reproducible events of 2 to 2,000 people and 1 to 10 rounds: nobody meets anyone twice, nobody sits at two
 * tables, everyone is seated each round but the one an odd count leaves over, rests rotate, people who may not meet
 * never share a table, and regenerating the remaining rounds keeps the held ones and their pairs.
 */
class RoundPlannerPropertiesTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    private record World(List<AccountId> people, MatchingEngine engine, Affinity affinity) {
    }

    private static World world(long seed, int size) {
        Random random = new Random(seed);
        List<Attendee> attendees = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Set<Interest> interests = new HashSet<>();
            for (int t = random.nextInt(6); t > 0; t--) {
                interests.add(Interest.of("topic " + random.nextInt(30)));
            }
            attendees.add(new Attendee(new AccountId(new UUID(seed, i)), "P" + i, interests, goals(random),
                    goals(random), "industry " + random.nextInt(5), Seniority.values()[random.nextInt(6)],
                    "company " + random.nextInt(Math.max(2, size / 4)), Attendee.visibleToAttendees()));
        }
        Set<Exclusions.Pair> blocked = new HashSet<>();
        for (int b = 0; b < size / 10; b++) {
            var a = attendees.get(random.nextInt(size)).accountId();
            var c = attendees.get(random.nextInt(size)).accountId();
            if (!a.equals(c)) {
                blocked.add(Exclusions.Pair.of(a, c));
            }
        }
        var engine = MatchingEngine.of(attendees, new Exclusions(blocked, Set.of()),
                new MatchSettings(random.nextInt(11) / 10.0, random.nextBoolean()));
        return new World(attendees.stream().map(Attendee::accountId).toList(), engine, new MatchingAffinity(engine));
    }

    private static Set<Goal> goals(Random random) {
        Set<Goal> goals = EnumSet.noneOf(Goal.class);
        for (int g = random.nextInt(3); g > 0; g--) {
            goals.add(Goal.values()[random.nextInt(Goal.values().length)]);
        }
        return goals;
    }

    private static int size(long seed) {
        Random random = new Random(seed * 31);
        return switch ((int) (seed % 4)) {
            case 0 -> 20 + random.nextInt(2000 - 20 + 1);
            case 1 -> 20 + random.nextInt(200);
            default -> 20 + random.nextInt(60);
        };
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void roundsNeverRepeatAPairAndSeatEveryoneButTheRotatingRest(long seed) {
        var world = world(seed, size(seed));
        int rounds = 1 + (int) (seed % 10);

        var plan = RoundPlanner.plan(world.people(), world.affinity(), rounds, OddCount.REST, List.of());

        assertThat(plan).hasSize(rounds).extracting(Round::number).isSorted();
        checkRounds(world, plan, List.of(), OddCount.REST);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void anOddCountMakesOneTableOfThreeWhenTheOrganizerChoseTrios(long seed) {
        var world = world(seed, size(seed) | 1);
        int rounds = 1 + (int) (seed % 6);

        var plan = RoundPlanner.plan(world.people(), world.affinity(), rounds, OddCount.TRIO, List.of());

        checkRounds(world, plan, List.of(), OddCount.TRIO);
        for (Round round : plan) {
            long trios = round.tables().stream().filter(table -> table.people().size() == 3).count();
            assertThat(trios + round.resting().size()).as("round %d", round.number()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void regeneratingKeepsHeldRoundsAndSeatsLateArrivalsWithoutRepeats(long seed) {
        var world = world(seed, size(seed));
        var everyone = world.people();
        var firstComers = everyone.subList(0, everyone.size() - everyone.size() / 5);
        var held = RoundPlanner.plan(firstComers, world.affinity(), 2, OddCount.REST, List.of());
        var stillHere = new ArrayList<>(everyone.subList(everyone.size() / 10, everyone.size()));

        var rest = RoundPlanner.plan(stillHere, world.affinity(), 3, OddCount.REST, held);

        assertThat(rest).extracting(Round::number).containsExactly(3, 4, 5);
        checkRounds(new World(stillHere, world.engine(), world.affinity()), rest, held, OddCount.REST);
    }

    @Test
    void aSmallOddGroupStillSeatsAllButOnePerRound() {
        for (long seed = 1; seed <= 20; seed++) {
            var world = world(seed, 5);
            var open = new MatchingAffinity(MatchingEngine.of(
                    world.people().stream().map(id -> new Attendee(id, "P", Set.of(), Set.of(), Set.of(), null, null,
                            null, Attendee.visibleToAttendees())).toList(),
                    Exclusions.none(), new MatchSettings(0, false)));

            var rests = RoundPlanner.plan(world.people(), open, 4, OddCount.REST, List.of());
            var trios = RoundPlanner.plan(world.people(), open, 3, OddCount.TRIO, List.of());

            assertThat(rests).as("seed %d", seed)
                    .allSatisfy(round -> assertThat(round.resting()).as("round %d", round.number()).hasSize(1));
            assertThat(trios).as("seed %d", seed).allSatisfy(round -> assertThat(round.resting())
                    .as("round %d: only the spare may be left without a table", round.number()).hasSizeLessThan(2));
        }
    }

    @Test
    void theSamePlanComesOutForTheSameInput() {
        var world = world(7, 301);

        assertThat(RoundPlanner.plan(world.people(), world.affinity(), 5, OddCount.REST, List.of()))
                .isEqualTo(RoundPlanner.plan(world.people(), world.affinity(), 5, OddCount.REST, List.of()));
    }

    /**
     * Greedy matching alone guarantees half the optimum; with the swaps the planner reaches 0.85 of it on the worst of
     * these seeds and 0.97 on average (0.97 also at 1,000 and 2,000 attendees, see docs/benchmarks.md). The floors sit
     * just under that, so a change that loses quality fails here.
     */
    @Test
    void eachRoundComesCloseToTheExactOptimumOnSmallEvents() {
        double sum = 0;
        for (long seed = 1; seed <= 30; seed++) {
            var world = world(seed, 4 + (int) (seed % 9) * 1); // 4 to 12 people: exact optimum by dynamic programming
            var round = RoundPlanner.plan(world.people(), world.affinity(), 1, OddCount.REST, List.of()).get(0);
            double total = round.tables().stream()
                    .mapToDouble(table -> world.affinity().score(table.people().get(0), table.people().get(1))).sum();
            double optimum = optimum(world);
            double ratio = optimum == 0 ? 1 : total / optimum;
            assertThat(ratio).as("seed %d", seed).isGreaterThanOrEqualTo(0.84);
            sum += ratio;
        }
        assertThat(sum / 30).as("mean ratio to the optimum").isGreaterThanOrEqualTo(0.96);
    }

    @Test
    void roundsAreCheckedAndTwoPeopleAreNeeded() {
        var world = world(3, 10);
        assertThatThrownBy(() -> RoundPlanner.plan(world.people(), world.affinity(), 0, OddCount.REST, List.of()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> RoundPlanner.plan(world.people(), world.affinity(), 21, OddCount.REST, List.of()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> RoundPlanner.plan(world.people().subList(0, 1), world.affinity(), 1, OddCount.REST,
                List.of())).isInstanceOf(RuleViolationException.class);
    }

    /** Every property a plan must have, checked against the rounds held before it. */
    private static void checkRounds(World world, List<Round> plan, List<Round> held, OddCount oddCount) {
        Set<Exclusions.Pair> met = new HashSet<>();
        held.forEach(round -> round.tables().forEach(table -> pairs(table).forEach(met::add)));
        Set<AccountId> present = Set.copyOf(world.people());
        Set<AccountId> rested = new HashSet<>();
        held.forEach(round -> rested.addAll(round.resting()));
        for (Round round : plan) {
            List<AccountId> seated = new ArrayList<>();
            round.tables().forEach(table -> seated.addAll(table.people()));
            assertThat(seated).as("round %d: nobody at two tables", round.number()).doesNotHaveDuplicates();
            assertThat(present).containsAll(seated);
            List<AccountId> everyone = new ArrayList<>(seated);
            everyone.addAll(round.resting());
            assertThat(everyone).as("round %d: everyone present is placed", round.number())
                    .containsExactlyInAnyOrderElementsOf(present);
            if (oddCount == OddCount.REST) {
                assertThat(round.resting()).as("round %d: only an odd count leaves someone over", round.number())
                        .hasSize(present.size() % 2);
            }
            for (AccountId person : round.resting()) {
                if (rested.size() < present.size()) {
                    assertThat(rested).as("round %d: nobody rests twice while others have not", round.number())
                            .doesNotContain(person);
                }
                rested.add(person);
            }
            for (Table table : round.tables()) {
                for (Exclusions.Pair pair : pairs(table)) {
                    assertThat(met.add(pair)).as("round %d: %s met before", round.number(), pair).isTrue();
                    assertThat(world.engine().mayMeet(pair.first(), pair.second()))
                            .as("round %d: %s may not meet", round.number(), pair).isTrue();
                }
            }
        }
    }

    private static List<Exclusions.Pair> pairs(Table table) {
        List<Exclusions.Pair> pairs = new ArrayList<>();
        for (int x = 0; x < table.people().size(); x++) {
            for (int y = x + 1; y < table.people().size(); y++) {
                pairs.add(Exclusions.Pair.of(table.people().get(x), table.people().get(y)));
            }
        }
        return pairs;
    }

    /** The exact maximum-weight matching of a small event (at most 12 people), over subsets. */
    private static double optimum(World world) {
        int n = world.people().size();
        double[] best = new double[1 << n];
        for (int mask = 1; mask < 1 << n; mask++) {
            int i = Integer.numberOfTrailingZeros(mask);
            int without = mask & ~(1 << i);
            best[mask] = best[without]; // i stays unmatched
            for (int j = i + 1; j < n; j++) {
                if ((without & 1 << j) != 0 && world.engine().mayMeet(world.people().get(i), world.people().get(j))) {
                    best[mask] = Math.max(best[mask], best[without & ~(1 << j)]
                            + world.affinity().score(world.people().get(i), world.people().get(j)));
                }
            }
        }
        return best[(1 << n) - 1];
    }
}
