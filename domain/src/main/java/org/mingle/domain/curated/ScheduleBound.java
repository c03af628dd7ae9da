package org.mingle.domain.curated;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.IntStream;

/**
 * Proven upper bounds of what any schedule of a problem can reach, to measure a schedule against (decision 49).
 *
 * <p><b>The relaxation.</b> Forget which slot each meeting takes and keep three things every schedule obeys: each pair
 * meets at most once ({@code x(e) <= 1}), each person {@code p} has at most {@code d(p)} new meetings (their remaining
 * maximum, and no more than their free slots), and all slots together hold at most {@code C} new meetings (the open
 * table places). Only pairs that may meet and share a free slot count. For weights {@code w(e) >= 0}, any schedule's
 * total is at most
 *
 * <pre>
 * B(w) = min over lambda >= 0, y >= 0 of  lambda * C + sum_p d(p) * y(p) + sum_e max(0, w(e) - lambda - y(a) - y(b))
 * </pre>
 *
 * by linear-programming duality (lambda prices a table place, y(p) a person's time, the last term covers each pair):
 * any lambda and y give a valid bound, better ones a tighter one. Here lambda comes from a golden-section search and y
 * from coordinate descent, where y(p) = the (d(p)+1)-th largest {@code w(e) - lambda - y(q)} over p's pairs is the
 * exact minimum in y(p) alone.
 *
 * <p><b>Wishes, then score.</b> {@code wishes} is B with w = the wishes each pair honours. {@code score} bounds the
 * score of every schedule that honours at least {@code reached} wishes: for any mu >= 0 such a schedule's score is at
 * most B(score + mu * wishes) - mu * reached, minimised over mu. A schedule that misses no minimum and honours
 * {@code reached} wishes is thus compared with every schedule at least as good on the first two criteria, including
 * the optimum.
 *
 * @param wishes the most "must meet" wishes any schedule can honour
 * @param score  the highest score of a schedule honouring at least the given number of wishes
 */
public record ScheduleBound(double wishes, double score) {

    private static final int PASSES = 8;
    private static final int SEARCH_STEPS = 14;
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    /** The bounds for schedules of {@code problem} that honour at least {@code reachedWishes} wishes. */
    public static ScheduleBound of(CuratedProblem problem, int reachedWishes) {
        return of(problem, reachedWishes, false);
    }

    /**
     * The same for schedules that also leave nobody below their minimum: pass true when the schedule measured does
     * so, since the optimum then does too.
     */
    public static ScheduleBound of(CuratedProblem problem, int reachedWishes, boolean minimumsKept) {
        return new Relaxation(new Instance(problem), minimumsKept).bounds(reachedWishes);
    }

    private static final class Relaxation {
        private final int n;
        private final int[] degree; // d(p)
        private final int places; // C
        private final int[][] partners; // per person, the others they may meet
        private final double[][] scores;
        private final int[][] wishes;
        private final int[] needed; // m(p): meetings still needed to reach the minimum, when minimums are kept
        private final double[] y; // y(p) - z(p): the price of p's time, or the reward for meeting p when negative
        private double maxScore;

        Relaxation(Instance in, boolean minimumsKept) {
            n = in.n;
            needed = new int[n];
            degree = new int[n];
            for (int p = 0; p < n; p++) {
                degree[p] = Math.min(in.room[p], in.free[p].cardinality());
                needed[p] = minimumsKept ? Math.min(degree[p], in.missing(p, 0)) : 0;
            }
            places = Arrays.stream(in.capacity).sum();
            partners = new int[n][];
            scores = new double[n][];
            wishes = new int[n][];
            for (int p = 0; p < n; p++) {
                int person = p;
                partners[p] = IntStream.range(0, n).filter(q -> in.eligible(person, q)).toArray();
                scores[p] = Arrays.stream(partners[p]).mapToDouble(q -> in.score(person, q)).toArray();
                wishes[p] = Arrays.stream(partners[p]).map(q -> in.kind(person, q)).toArray();
                for (double score : scores[p]) {
                    maxScore = Math.max(maxScore, score);
                }
            }
            y = new double[n];
        }

        ScheduleBound bounds(int reached) {
            double wishBound = minOverLambda(0, 1);
            // mu = 0 is the score bound without the wishes; beyond a few times the best score the wishes dominate
            double scoreBound = Math.min(minOverLambda(1, 0), goldenMin(0, 4 * maxScore + 1,
                    mu -> minOverLambda(1, mu) - mu * reached));
            return new ScheduleBound(wishBound, scoreBound);
        }

        /** min over lambda of the bound for w = scoreWeight * score + wishWeight * wishes. */
        private double minOverLambda(double scoreWeight, double wishWeight) {
            double top = scoreWeight * maxScore + 2 * wishWeight;
            Arrays.fill(y, 0);
            return goldenMin(0, top, lambda -> dual(scoreWeight, wishWeight, lambda));
        }

        private double goldenMin(double low, double high, DoubleUnaryOperator f) {
            double best = Math.min(f.applyAsDouble(low), f.applyAsDouble(high));
            double x1 = high - GOLDEN * (high - low);
            double x2 = low + GOLDEN * (high - low);
            double f1 = f.applyAsDouble(x1);
            double f2 = f.applyAsDouble(x2);
            for (int step = 0; step < SEARCH_STEPS; step++) {
                if (f1 <= f2) {
                    high = x2;
                    x2 = x1;
                    f2 = f1;
                    x1 = high - GOLDEN * (high - low);
                    f1 = f.applyAsDouble(x1);
                } else {
                    low = x1;
                    x1 = x2;
                    f1 = f2;
                    x2 = low + GOLDEN * (high - low);
                    f2 = f.applyAsDouble(x2);
                }
            }
            return Math.min(best, Math.min(f1, f2));
        }

        /**
         * The dual objective for this lambda after coordinate descent on y, started from the y left by the previous
         * call (any y >= 0 is valid, so starting warm only saves passes).
         */
        private double dual(double scoreWeight, double wishWeight, double lambda) {
            double[] largest = new double[0];
            for (int pass = 0; pass < PASSES; pass++) {
                for (int p = 0; p < n; p++) {
                    int k = Math.max(degree[p] + 1, needed[p]);
                    if (largest.length < k) {
                        largest = new double[k];
                    }
                    int filled = 0;
                    for (int i = 0; i < partners[p].length; i++) {
                        double v = scoreWeight * scores[p][i] + wishWeight * wishes[p][i] - lambda - y[partners[p][i]];
                        if (filled == k && v <= largest[k - 1]) {
                            continue;
                        }
                        int at = filled < k ? filled++ : k - 1;
                        while (at > 0 && largest[at - 1] < v) {
                            largest[at] = largest[at - 1];
                            at--;
                        }
                        largest[at] = v;
                    }
                    y[p] = best(p, largest, filled);
                }
            }
            double total = lambda * places;
            for (int p = 0; p < n; p++) {
                total += y[p] * (y[p] >= 0 ? degree[p] : needed[p]);
                for (int i = 0; i < partners[p].length; i++) {
                    int q = partners[p][i];
                    if (q > p) {
                        total += Math.max(0, scoreWeight * scores[p][i] + wishWeight * wishes[p][i] - lambda - y[p]
                                - y[q]);
                    }
                }
            }
            return total;
        }

        /**
         * The price of p's time that minimises the dual in it alone, given the values {@code w(e) - lambda - y(q)}
         * of p's pairs, largest first: the (d(p)+1)-th value when more than d(p) are positive; else, when p must have
         * m(p) more meetings and the m(p)-th value is negative, that value (a reward for meeting p); else 0.
         */
        private double best(int p, double[] largest, int filled) {
            int k = degree[p] + 1;
            if (filled >= k && largest[k - 1] > 0) {
                return largest[k - 1];
            }
            int m = needed[p];
            if (m > 0 && filled > 0 && largest[Math.min(m, filled) - 1] < 0) {
                return largest[Math.min(m, filled) - 1];
            }
            return 0;
        }
    }
}
