package org.mingle.domain.rounds;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.mingle.domain.matching.Exclusions;
import org.mingle.domain.matching.Partner;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.RuleViolationException;

/**
 * Plans speed-networking rounds: each round seats everyone present in pairs, no two people meet twice across the
 * rounds (those already held included), people who may not meet are never seated together, and each round's total
 * score is as high as practical.
 *
 * <p>Each round is a maximum-weight matching found in three steps:
 * <ol>
 * <li>candidate edges: every person's best partners by the matching engine (a few dozen, not all n - 1);
 * <li>greedy matching: edges taken best first while both ends are free. On complete candidate lists this is a proven
 * 1/2-approximation of the maximum-weight matching; the remaining people are paired among themselves;
 * <li>2-opt: two tables (a, b) and (c, d) become (a, c) and (b, d) while that raises the total, a local search that in
 * practice closes most of the gap to the optimum.
 * </ol>
 * An odd count leaves one person over, chosen in rotation so that nobody is left over twice while someone has not been:
 * they rest or join the table where they add most, as the organizer chose (and rest when no table may take them, which
 * happens only in very small events late in a series). Plain Java: no framework, no SQL.
 */
public final class RoundPlanner {

    public static final int MAX_ROUNDS = 20;
    /** Partners considered per person beyond those already met: enough for the greedy pass and the swaps. */
    static final int CANDIDATES = 24;
    private static final int SWAP_PASSES = 4;
    /** Spares tried when the first leaves someone without a partner; each try costs a matching. */
    private static final int SPARE_ATTEMPTS = 12;
    private static final double EPSILON = 1e-12;

    private final List<AccountId> people;
    private final Affinity affinity;
    private final OddCount oddCount;
    private final int n;
    private final Set<Long> met = new HashSet<>();
    /** Pairs who met at earlier events of the community: kept apart like {@link #met} while anyone else is free. */
    private final Set<Long> metEarlier = new HashSet<>();
    private final int[] leftOver;
    private final int[][] candidates;
    private final double[][] candidateScores;
    private final Map<Long, Boolean> allowedCache = new HashMap<>();

    private RoundPlanner(List<AccountId> present, Affinity affinity, OddCount oddCount, List<Round> held,
                         int rounds, Collection<Exclusions.Pair> metBefore) {
        this.people = present.stream().distinct().sorted(Comparator.comparing(AccountId::value)).toList();
        this.affinity = affinity;
        this.oddCount = oddCount;
        this.n = people.size();
        this.leftOver = new int[n];
        Map<AccountId, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(people.get(i), i);
        }
        for (Round round : held) {
            for (Table table : round.tables()) {
                List<Integer> seated = table.people().stream().map(index::get).filter(i -> i != null).toList();
                for (int x = 0; x < seated.size(); x++) {
                    for (int y = x + 1; y < seated.size(); y++) {
                        met.add(key(seated.get(x), seated.get(y)));
                    }
                }
                if (table.people().size() == 3) {
                    table.people().stream().map(index::get).filter(i -> i != null).forEach(i -> leftOver[i]++);
                }
            }
            round.resting().stream().map(index::get).filter(i -> i != null).forEach(i -> leftOver[i]++);
        }
        for (Exclusions.Pair pair : metBefore) {
            Integer a = index.get(pair.first());
            Integer b = index.get(pair.second());
            if (a != null && b != null && !a.equals(b)) {
                metEarlier.add(key(a, b));
            }
        }
        int wanted = CANDIDATES + held.size() + rounds;
        this.candidates = new int[n][];
        this.candidateScores = new double[n][];
        IntStream.range(0, n).parallel().forEach(i -> {
            var partners = affinity.bestPartners(people.get(i), wanted).stream()
                    .filter(partner -> index.containsKey(partner.accountId())
                            && index.get(partner.accountId()) != i)
                    .toList();
            candidates[i] = partners.stream().mapToInt(partner -> index.get(partner.accountId())).toArray();
            candidateScores[i] = partners.stream().mapToDouble(Partner::score).toArray();
        });
    }

    /**
     * Plans {@code rounds} more rounds for the people present, after the rounds already held (kept as they are).
     *
     * @param present  the people to seat (checked in, or confirmed): each once
     * @param held     rounds already held: their pairs are not repeated and their rests count for the rotation
     * @return the new rounds, numbered after the held ones
     * @throws InvalidInputException  when rounds is outside 1..{@value #MAX_ROUNDS}
     * @throws RuleViolationException when fewer than two people are present
     */
    public static List<Round> plan(List<AccountId> present, Affinity affinity, int rounds, OddCount oddCount,
                                   List<Round> held) {
        return plan(present, affinity, rounds, oddCount, held, List.of());
    }

    /**
     * The same, also keeping apart the pairs who met at earlier events of the event's group or series, as pairs who
     * sat together earlier this evening are kept apart. Unlike those, such a pair still sits together when it is the
     * only way to seat one of them: a regular of a small meetup, who knows everyone, should meet someone again rather
     * than rest (decision 42).
     */
    public static List<Round> plan(List<AccountId> present, Affinity affinity, int rounds, OddCount oddCount,
                                   List<Round> held, Collection<Exclusions.Pair> metBefore) {
        if (rounds < 1 || rounds > MAX_ROUNDS) {
            throw InvalidInputException.of("rounds", "must be between 1 and " + MAX_ROUNDS);
        }
        if (new LinkedHashSet<>(present).size() < 2) {
            throw new RuleViolationException("Speed networking needs at least two people present.");
        }
        var planner = new RoundPlanner(present, affinity, oddCount, held, rounds, metBefore);
        List<Round> planned = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            planned.add(planner.nextRound(held.size() + r));
        }
        return planned;
    }

    private Round nextRound(int number) {
        if (n % 2 == 0) {
            return seat(number, attempt(-1));
        }
        // The spare comes from the rotation; in a small event late in a series the first choice may leave people who
        // can meet nobody new, so the next ones in the rotation are tried until everyone can sit.
        Attempt best = null;
        for (int spare : sparesInRotation(number)) {
            Attempt attempt = attempt(spare);
            if (best == null || attempt.unseated() < best.unseated()) {
                best = attempt;
            }
            if (attempt.unseated() == 0) {
                break;
            }
        }
        return seat(number, best);
    }

    /** One way to seat a round around a chosen spare (-1 for none). */
    private record Attempt(int spare, boolean[] active, int[] partner, int trio, int unseated) {
    }

    private Attempt attempt(int spare) {
        boolean[] active = new boolean[n];
        Arrays.fill(active, true);
        if (spare >= 0) {
            active[spare] = false;
        }
        int[] partner = new int[n];
        Arrays.fill(partner, -1);
        greedy(active, partner);
        pairLeftovers(active, partner);
        improve(active, partner);
        int unseated = 0;
        for (int i = 0; i < n; i++) {
            unseated += active[i] && partner[i] < 0 ? 1 : 0;
        }
        int trio = spare >= 0 && oddCount == OddCount.TRIO ? bestTableFor(spare, pairs(active, partner), false) : -1;
        if (trio < 0 && spare >= 0 && oddCount == OddCount.TRIO && !metEarlier.isEmpty()) {
            trio = bestTableFor(spare, pairs(active, partner), true);
        }
        if (spare >= 0 && oddCount == OddCount.TRIO && trio < 0) {
            unseated++; // the spare cannot join a table and would rest too
        }
        return new Attempt(spare, active, partner, trio, unseated);
    }

    /** Who may be the spare, best choice first: the people left over least often, in rotation among equals. */
    private List<Integer> sparesInRotation(int number) {
        List<Integer> order = new ArrayList<>();
        for (int step = 0; step < n; step++) {
            order.add(Math.floorMod(number * 7919 + step, n));
        }
        order.sort(Comparator.comparingInt(i -> leftOver[i])); // stable: rotation order among equals
        return order.subList(0, Math.min(order.size(), SPARE_ATTEMPTS));
    }

    private static List<int[]> pairs(boolean[] active, int[] partner) {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < partner.length; i++) {
            if (active[i] && partner[i] > i) {
                pairs.add(new int[] {i, partner[i]});
            }
        }
        return pairs;
    }

    /** Candidate edges best first, each taken while both ends are free. */
    private void greedy(boolean[] active, int[] partner) {
        Set<Long> seen = new HashSet<>();
        List<long[]> edges = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!active[i]) {
                continue;
            }
            for (int c = 0; c < candidates[i].length; c++) {
                int j = candidates[i][c];
                long key = key(i, j);
                if (active[j] && !met.contains(key) && !metEarlier.contains(key) && seen.add(key)) {
                    edges.add(new long[] {key, edges.size()});
                    weights.add(candidateScores[i][c]);
                }
            }
        }
        Integer[] order = new Integer[edges.size()];
        for (int e = 0; e < order.length; e++) {
            order[e] = e;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(e -> -weights.get(e))
                .thenComparingLong(e -> edges.get(e)[0]));
        for (int e : order) {
            long key = edges.get(e)[0];
            int i = (int) (key / n);
            int j = (int) (key % n);
            if (partner[i] < 0 && partner[j] < 0) {
                partner[i] = j;
                partner[j] = i;
            }
        }
    }

    /**
     * Pairs whoever the candidate edges left alone, best allowed partner first; someone who fits nobody left takes a
     * seated person's place if that person's partner can sit with another of those left.
     */
    private void pairLeftovers(boolean[] active, int[] partner) {
        List<Integer> alone = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (active[i] && partner[i] < 0) {
                alone.add(i);
            }
        }
        pairAmong(alone, partner, false);
        for (int x : alone) {
            if (partner[x] < 0) {
                swapIn(x, alone, active, partner);
            }
        }
        if (!metEarlier.isEmpty()) {
            pairAmong(alone, partner, true); // nobody new is left for them: better someone met before than a rest
        }
    }

    /** Pairs the people left alone among themselves, best allowed partner first. */
    private void pairAmong(List<Integer> alone, int[] partner, boolean evenIfMetBefore) {
        for (int x : alone) {
            if (partner[x] >= 0) {
                continue;
            }
            int best = -1;
            double bestScore = -1;
            for (int y : alone) {
                if (y != x && partner[y] < 0 && (evenIfMetBefore ? allowedTonight(x, y) : allowed(x, y))) {
                    double score = affinity.score(people.get(x), people.get(y));
                    if (score > bestScore) {
                        best = y;
                        bestScore = score;
                    }
                }
            }
            if (best >= 0) {
                partner[x] = best;
                partner[best] = x;
            }
        }
    }

    /** Seats x with a seated a, whose partner b moves to another person left alone, if the rules allow both. */
    private void swapIn(int x, List<Integer> alone, boolean[] active, int[] partner) {
        for (int a = 0; a < n; a++) {
            int b = partner[a];
            if (!active[a] || b < 0 || !allowed(x, a)) {
                continue;
            }
            for (int y : alone) {
                if (y != x && partner[y] < 0 && allowed(b, y)) {
                    partner[x] = a;
                    partner[a] = x;
                    partner[b] = y;
                    partner[y] = b;
                    return;
                }
            }
        }
    }

    /** 2-opt: (a, b) and (c, d) become (a, c) and (b, d) while that raises the total score. */
    private void improve(boolean[] active, int[] partner) {
        double[] pairScore = new double[n];
        for (int i = 0; i < n; i++) {
            if (active[i] && partner[i] > i) {
                pairScore[i] = affinity.score(people.get(i), people.get(partner[i]));
                pairScore[partner[i]] = pairScore[i];
            }
        }
        for (int pass = 0; pass < SWAP_PASSES; pass++) {
            boolean improved = false;
            for (int a = 0; a < n; a++) {
                if (!active[a] || partner[a] < 0) {
                    continue;
                }
                for (int k = 0; k < candidates[a].length; k++) {
                    int c = candidates[a][k];
                    int b = partner[a];
                    int d = partner[c];
                    double ac = candidateScores[a][k];
                    // No pair scores more than either person's best partner: most swaps fail this cheap test.
                    if (!active[c] || d < 0 || c == b
                            || ac + Math.min(best(b), best(d)) <= pairScore[a] + pairScore[c] + EPSILON
                            || met.contains(key(a, c)) || metEarlier.contains(key(a, c)) || !allowed(b, d)) {
                        continue;
                    }
                    double bd = affinity.score(people.get(b), people.get(d));
                    if (ac + bd > pairScore[a] + pairScore[c] + EPSILON) {
                        partner[a] = c;
                        partner[c] = a;
                        partner[b] = d;
                        partner[d] = b;
                        pairScore[a] = ac;
                        pairScore[c] = ac;
                        pairScore[b] = bd;
                        pairScore[d] = bd;
                        improved = true;
                    }
                }
            }
            if (!improved) {
                break;
            }
        }
    }

    private Round seat(int number, Attempt attempt) {
        boolean[] active = attempt.active();
        int[] partner = attempt.partner();
        int spare = attempt.spare();
        List<int[]> pairs = pairs(active, partner);
        List<AccountId> resting = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (active[i] && partner[i] < 0) {
                resting.add(people.get(i)); // nobody left they may meet: sits this round out
                leftOver[i]++;
            }
        }
        int trio = attempt.trio();
        if (spare >= 0 && trio < 0) {
            resting.add(people.get(spare));
        }
        if (spare >= 0) {
            leftOver[spare]++;
        }
        List<Table> tables = new ArrayList<>();
        for (int t = 0; t < pairs.size(); t++) {
            int[] pair = pairs.get(t);
            met.add(key(pair[0], pair[1]));
            List<AccountId> seated = new ArrayList<>(List.of(people.get(pair[0]), people.get(pair[1])));
            if (t == trio) {
                seated.add(people.get(spare));
                met.add(key(spare, pair[0]));
                met.add(key(spare, pair[1]));
            }
            tables.add(new Table(t + 1, seated));
        }
        return new Round(number, tables, resting);
    }

    /** The pair the spare person adds most to, among pairs where they may meet both; -1 when there is none. */
    private int bestTableFor(int spare, List<int[]> pairs, boolean evenIfMetBefore) {
        int best = -1;
        double bestGain = -1;
        for (int t = 0; t < pairs.size(); t++) {
            int a = pairs.get(t)[0];
            int b = pairs.get(t)[1];
            if (evenIfMetBefore ? allowedTonight(spare, a) && allowedTonight(spare, b)
                    : allowed(spare, a) && allowed(spare, b)) {
                double gain = affinity.score(people.get(spare), people.get(a))
                        + affinity.score(people.get(spare), people.get(b));
                if (gain > bestGain) {
                    best = t;
                    bestGain = gain;
                }
            }
        }
        return best;
    }

    /** The score of the person's best partner: no table with them scores more. */
    private double best(int person) {
        return candidateScores[person].length == 0 ? 0 : candidateScores[person][0];
    }

    /** May meet by the rules and have met neither this evening nor (when asked to keep them apart) before. */
    private boolean allowed(int i, int j) {
        return !metEarlier.contains(key(i, j)) && allowedTonight(i, j);
    }

    /** May meet by the rules and have not met this evening. */
    private boolean allowedTonight(int i, int j) {
        long key = key(i, j);
        return !met.contains(key)
                && allowedCache.computeIfAbsent(key, k -> affinity.mayMeet(people.get(i), people.get(j)));
    }

    private long key(int i, int j) {
        return i < j ? (long) i * n + j : (long) j * n + i;
    }
}
