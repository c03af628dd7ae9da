package org.mingle.domain.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mingle.domain.matching.Exclusions;
import org.mingle.domain.matching.Partner;
import org.mingle.domain.shared.AccountId;

/**
 * The planner alone: pairs who met at earlier events of the community are kept apart like pairs seated together
 * earlier this evening, as long as someone else is free; never at the price of a rest.
 */
class RoundPlannerMetBeforeTest {

    private static final AccountId ANA = person(1);
    private static final AccountId BEN = person(2);
    private static final AccountId CLE = person(3);
    private static final AccountId DAN = person(4);
    private static final AccountId EVA = person(5);

    /** Ana and Ben fit best, as do Cle and Dan; everything else fits a little. */
    private static final Affinity AFFINITY = new Affinity() {
        private final Map<Exclusions.Pair, Double> strong = Map.of(Exclusions.Pair.of(ANA, BEN), 10.0,
                Exclusions.Pair.of(CLE, DAN), 9.0);

        @Override
        public double score(AccountId a, AccountId b) {
            return strong.getOrDefault(Exclusions.Pair.of(a, b), 1.0);
        }

        @Override
        public List<Partner> bestPartners(AccountId person, int k) {
            return List.of(ANA, BEN, CLE, DAN, EVA).stream().filter(other -> !other.equals(person))
                    .map(other -> new Partner(other, score(person, other)))
                    .sorted(Comparator.comparingDouble(Partner::score).reversed()
                            .thenComparing(partner -> partner.accountId().value()))
                    .limit(k).toList();
        }

        @Override
        public boolean mayMeet(AccountId a, AccountId b) {
            return !a.equals(b);
        }
    };

    @Test
    void withoutEarlierMeetingsTheBestPairsSitTogether() {
        List<Round> plan = RoundPlanner.plan(List.of(ANA, BEN, CLE, DAN), AFFINITY, 1, OddCount.REST, List.of(),
                Set.of());

        assertThat(pairsOf(plan.get(0))).contains(Exclusions.Pair.of(ANA, BEN), Exclusions.Pair.of(CLE, DAN));
    }

    @Test
    void aPairWhoMetBeforeIsNotSeatedTogetherWhenAnotherPartnerIsFree() {
        Set<Exclusions.Pair> metBefore = Set.of(Exclusions.Pair.of(ANA, BEN));

        List<Round> plan = RoundPlanner.plan(List.of(ANA, BEN, CLE, DAN), AFFINITY, 2, OddCount.REST, List.of(),
                metBefore);

        // Two rounds of four leave one way to seat everyone without Ana and Ben together; their best pair waits.
        Set<Exclusions.Pair> seated = new HashSet<>();
        plan.forEach(round -> seated.addAll(pairsOf(round)));
        assertThat(seated).hasSize(4).doesNotContain(Exclusions.Pair.of(ANA, BEN));
        assertThat(plan).allSatisfy(round -> assertThat(round.resting()).isEmpty());
    }

    @Test
    void withTheOptionOffTheSamePairMaySitTogether() {
        // The service passes no pairs when the organizers turned "avoid pairs who met before" off.
        List<Round> plan = RoundPlanner.plan(List.of(ANA, BEN, CLE, DAN), AFFINITY, 1, OddCount.REST, List.of());

        assertThat(pairsOf(plan.get(0))).contains(Exclusions.Pair.of(ANA, BEN));
    }

    @Test
    void peopleWhoKnowEveryoneStillMeetSomeoneRatherThanRest() {
        Set<Exclusions.Pair> everyone = Set.of(Exclusions.Pair.of(ANA, BEN), Exclusions.Pair.of(ANA, CLE),
                Exclusions.Pair.of(ANA, DAN), Exclusions.Pair.of(BEN, CLE), Exclusions.Pair.of(BEN, DAN),
                Exclusions.Pair.of(CLE, DAN));

        List<Round> plan = RoundPlanner.plan(List.of(ANA, BEN, CLE, DAN), AFFINITY, 3, OddCount.REST, List.of(),
                everyone);

        for (Round round : plan) {
            assertThat(round.resting()).isEmpty();
            assertThat(round.tables()).hasSize(2);
        }
        Set<Exclusions.Pair> seated = new HashSet<>();
        plan.forEach(round -> seated.addAll(pairsOf(round)));
        assertThat(seated).hasSize(6); // still nobody twice in one evening
    }

    @Test
    void theSpareJoinsATableOfPeopleTheyDidNotMeetBeforeWhenThereIsOne() {
        // Eva is the fifth: with trios she joins a table; Ana and Ben are kept apart, so the tables are mixed.
        Set<Exclusions.Pair> metBefore = Set.of(Exclusions.Pair.of(ANA, BEN), Exclusions.Pair.of(CLE, DAN),
                Exclusions.Pair.of(EVA, ANA), Exclusions.Pair.of(EVA, CLE));

        List<Round> plan = RoundPlanner.plan(List.of(ANA, BEN, CLE, DAN, EVA), AFFINITY, 1, OddCount.TRIO,
                List.of(), metBefore);

        Round round = plan.get(0);
        assertThat(round.resting()).isEmpty();
        assertThat(pairsOf(round)).doesNotContainAnyElementsOf(metBefore);
    }

    private static Set<Exclusions.Pair> pairsOf(Round round) {
        Set<Exclusions.Pair> pairs = new HashSet<>();
        for (Table table : round.tables()) {
            for (int x = 0; x < table.people().size(); x++) {
                for (int y = x + 1; y < table.people().size(); y++) {
                    pairs.add(Exclusions.Pair.of(table.people().get(x), table.people().get(y)));
                }
            }
        }
        return pairs;
    }

    private static AccountId person(int n) {
        return new AccountId(new UUID(0, n));
    }
}
