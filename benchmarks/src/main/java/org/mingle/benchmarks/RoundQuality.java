package org.mingle.benchmarks;

import java.util.Arrays;
import java.util.List;
import org.jgrapht.alg.matching.blossom.v5.KolmogorovWeightedPerfectMatching;
import org.jgrapht.alg.matching.blossom.v5.ObjectiveSense;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.mingle.domain.matching.Attendee;
import org.mingle.domain.matching.MatchingEngine;
import org.mingle.domain.matching.Partner;
import org.mingle.domain.rounds.MatchingAffinity;
import org.mingle.domain.rounds.OddCount;
import org.mingle.domain.rounds.Round;
import org.mingle.domain.rounds.RoundPlanner;
import org.mingle.domain.shared.AccountId;

/**
 * How good one planned round is, on the matching benchmark's generated events (even sizes, so a perfect matching
 * exists): its total score against
 * <ul>
 * <li>the exact maximum-weight perfect matching (Blossom V, JGraphT's {@code KolmogorovWeightedPerfectMatching}) of
 * the complete graph of pairs that may meet, for the sizes given as "exact" (its memory grows with n squared);
 * <li>for every size, a proven upper bound of that optimum from linear-programming duality (see {@code dualBound}), so
 * the ratio to the bound is a lower bound of the ratio to the optimum.
 * </ul>
 * Arguments (optional): sizes with an exact optimum (1000,2000), sizes with the bound only (10000).
 */
public final class RoundQuality {

    private static final int DUAL_PASSES = Integer.getInteger("dualPasses", 6);

    private RoundQuality() {
    }

    public static void main(String[] args) {
        int[] exact = sizes(args.length > 0 ? args[0] : "1000,2000");
        int[] boundOnly = sizes(args.length > 1 ? args[1] : "10000");
        for (int size : exact) {
            measure(size, true);
        }
        for (int size : boundOnly) {
            measure(size, false);
        }
    }

    private static void measure(int size, boolean withExact) {
        var event = MatchingBenchmark.GeneratedEvent.generate(size, 11);
        var engine = MatchingEngine.of(event.attendees(), event.exclusions(), event.settings());
        var affinity = new MatchingAffinity(engine);
        List<AccountId> people = event.attendees().stream().map(Attendee::accountId).toList();

        long started = System.nanoTime();
        Round round = RoundPlanner.plan(people, affinity, 1, OddCount.REST, List.of()).get(0);
        double plannerSeconds = (System.nanoTime() - started) / 1e9;
        double planned = round.tables().stream()
                .mapToDouble(table -> affinity.score(table.people().get(0), table.people().get(1))).sum();

        started = System.nanoTime();
        double bound = dualBound(people, engine, affinity);
        double boundSeconds = (System.nanoTime() - started) / 1e9;
        String line = String.format("%d attendees: planner %.2f s, total %.2f, %d resting; upper bound %.2f (%.0f s),"
                + " ratio to bound %.3f", size, plannerSeconds, planned, round.resting().size(), bound, boundSeconds,
                planned / bound);
        if (withExact) {
            started = System.nanoTime();
            double optimum = exactOptimum(people, engine, affinity);
            double exactSeconds = (System.nanoTime() - started) / 1e9;
            line += String.format("; exact optimum %.2f in %.1f s, ratio to optimum %.3f", optimum, exactSeconds,
                    planned / optimum);
        }
        System.out.println(line);
    }

    /**
     * An upper bound of the maximum-weight matching from linear-programming duality: any y >= 0 with
     * y(u) + y(v) >= w(u, v) for every pair that may meet bounds every matching by sum(y). It starts from half of each
     * person's best score and tightens in rounds of y(v) = (y(v) + max(0, max over u of w(u, v) - y(u))) / 2, which
     * keeps every constraint (the two halves each cover w(u, v)) and never raises y.
     */
    private static double dualBound(List<AccountId> people, MatchingEngine engine, MatchingAffinity affinity) {
        int n = people.size();
        double[] y = new double[n];
        for (int v = 0; v < n; v++) {
            y[v] = affinity.bestPartners(people.get(v), 1).stream().mapToDouble(Partner::score).findFirst().orElse(0)
                    / 2;
        }
        for (int pass = 0; pass < DUAL_PASSES; pass++) {
            double[] old = y.clone();
            double[] next = new double[n];
            java.util.stream.IntStream.range(0, n).parallel().forEach(v -> {
                double most = 0;
                for (int u = 0; u < n; u++) {
                    if (u != v && engine.mayMeet(people.get(u), people.get(v))) {
                        most = Math.max(most, affinity.score(people.get(u), people.get(v)) - old[u]);
                    }
                }
                next[v] = (old[v] + most) / 2;
            });
            y = next;
        }
        return Arrays.stream(y).sum();
    }

    private static double exactOptimum(List<AccountId> people, MatchingEngine engine, MatchingAffinity affinity) {
        var graph = new SimpleWeightedGraph<Integer, DefaultWeightedEdge>(DefaultWeightedEdge.class);
        for (int i = 0; i < people.size(); i++) {
            graph.addVertex(i);
        }
        for (int i = 0; i < people.size(); i++) {
            for (int j = i + 1; j < people.size(); j++) {
                if (engine.mayMeet(people.get(i), people.get(j))) {
                    graph.setEdgeWeight(graph.addEdge(i, j), affinity.score(people.get(i), people.get(j)));
                }
            }
        }
        return new KolmogorovWeightedPerfectMatching<>(graph, ObjectiveSense.MAXIMIZE).getMatching().getWeight();
    }

    private static int[] sizes(String text) {
        return text.isBlank() ? new int[0] : Arrays.stream(text.split(",")).mapToInt(Integer::parseInt).toArray();
    }
}
