package org.mingle.domain.curated;

/**
 * The best schedule's totals by exhaustive search, for small problems (up to about 8 people and 3 slots): every way
 * of pairing free people slot by slot, under the same rules as the scheduler, with branches cut only when even their
 * most hopeful completion cannot beat the best found. The reference the scheduler is measured against.
 */
final class ExactCuratedSchedules {

    private final Instance in;
    private final int[] count;
    private final int[] load;
    private final boolean[] met; // per pair (triangular)
    private final int[] busyInSlot; // per slot, a bit per person with a meeting there
    private int missing;
    private int wishes;
    private double score;
    private final double maxScore;
    private CuratedSchedule.Totals best;

    private ExactCuratedSchedules(Instance in) {
        this.in = in;
        count = new int[in.n];
        load = new int[in.slotCount];
        met = new boolean[Math.max(1, in.n * (in.n - 1) / 2)];
        busyInSlot = new int[in.slotCount];
        double most = 0;
        for (int a = 0; a < in.n; a++) {
            missing += in.missing(a, 0);
            for (int b = a + 1; b < in.n; b++) {
                most = Math.max(most, in.score(a, b));
            }
        }
        maxScore = most;
    }

    static CuratedSchedule.Totals optimum(CuratedProblem problem) {
        Instance in = new Instance(problem);
        if (in.n > 10) {
            throw new IllegalArgumentException("exhaustive search is for small problems");
        }
        ExactCuratedSchedules search = new ExactCuratedSchedules(in);
        search.best = new CuratedSchedule.Totals(search.missing, 0, 0);
        search.visit(0, 0);
        return search.best;
    }

    private void visit(int slot, int person) {
        if (slot == in.slotCount) {
            CuratedSchedule.Totals totals = new CuratedSchedule.Totals(missing, wishes, score);
            if (totals.compareTo(best) > 0) {
                best = totals;
            }
            return;
        }
        if (person == in.n) {
            visit(slot + 1, 0);
            return;
        }
        if (!hopeful(slot)) {
            return;
        }
        int a = person;
        if (!in.isFree(a, slot) || (busyInSlot[slot] & 1 << a) != 0 || count[a] >= in.room[a]
                || load[slot] >= in.capacity[slot]) {
            visit(slot, person + 1);
            return;
        }
        for (int b = a + 1; b < in.n; b++) {
            if (in.isFree(b, slot) && (busyInSlot[slot] & 1 << b) == 0 && count[b] < in.room[b]
                    && in.kind(a, b) >= 0 && !met[in.pair(a, b)]) {
                meet(a, b, slot, 1);
                visit(slot, person + 1);
                meet(a, b, slot, -1);
            }
        }
        visit(slot, person + 1);
    }

    private void meet(int a, int b, int slot, int sign) {
        missing -= in.missing(a, count[a]) + in.missing(b, count[b]);
        count[a] += sign;
        count[b] += sign;
        missing += in.missing(a, count[a]) + in.missing(b, count[b]);
        load[slot] += sign;
        met[in.pair(a, b)] = sign > 0;
        busyInSlot[slot] ^= 1 << a | 1 << b;
        wishes += sign * in.kind(a, b);
        score += sign * in.score(a, b);
    }

    /** Whether the most hopeful completion (every open table place filled with the best pair) could beat the best. */
    private boolean hopeful(int slot) {
        int places = 0;
        for (int s = slot; s < in.slotCount; s++) {
            places += in.capacity[s] - load[s];
        }
        int room = 0;
        for (int p = 0; p < in.n; p++) {
            room += in.room[p] - count[p];
        }
        int more = Math.min(places, room / 2);
        var hope = new CuratedSchedule.Totals(Math.max(0, missing - 2 * more), wishes + 2 * more,
                score + more * maxScore + 1e-6);
        return hope.compareTo(best) > 0;
    }
}
