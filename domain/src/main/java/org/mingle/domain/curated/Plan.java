package org.mingle.domain.curated;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The schedule being built: which candidate pairs meet in which slot. Candidates are each person's best eligible
 * partners, everyone they or others marked "must meet", and, for people with a minimum, every eligible partner.
 *
 * <p>{@link #greedy} takes the candidates strongest first into the first slot where both are free and a table is
 * open. {@link #improve} then repeats one move until no move helps or time is up: put a pair that does not meet yet into
 * a slot, making room by moving the meetings in the way to another slot where they fit, or, when they fit nowhere, by
 * dropping them (and pairing the two partners left alone, if they are candidates); a person at their maximum drops
 * their weakest meeting. A move is taken only when it makes the schedule better in the order of
 * {@link CuratedSchedule.Totals}, so the search never cycles.
 */
final class Plan {

    private static final int NONE = -1;

    private final Instance in;
    private final int slots;
    // candidate pairs, strongest first: more wishes, then higher score
    final int[] first;
    final int[] second;
    final int[] wishes;
    final double[] score;
    private final Map<Long, Integer> edgeOf = new HashMap<>();

    final int[] slotOf; // per candidate: its slot, or NONE
    private final int[] at; // person * slots + slot -> candidate meeting there, or NONE
    final int[] count; // new meetings per person
    private final int[] load; // new meetings per slot
    private final int[][] inSlot; // per slot, its meetings (the first load[s] entries)
    private final int[] position; // per candidate, its index in inSlot[slotOf]

    Plan(Instance in, int partnersPerPerson) {
        this.in = in;
        this.slots = in.slotCount;
        int n = in.n;
        List<int[]> edges = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            int person = a;
            int taken = 0;
            List<Integer> partners = new ArrayList<>();
            for (int b = 0; b < n; b++) {
                if (in.eligible(a, b)) {
                    partners.add(b);
                }
            }
            partners.sort((x, y) -> {
                int byWishes = Integer.compare(in.kind(person, y), in.kind(person, x));
                return byWishes != 0 ? byWishes : Double.compare(in.score(person, y), in.score(person, x));
            });
            for (int b : partners) {
                boolean wanted = in.kind(a, b) > 0 || in.minimum[a] > in.booked[a] || in.minimum[b] > in.booked[b];
                if (wanted || taken < partnersPerPerson) {
                    taken++;
                    long key = key(a, b);
                    if (!edgeOf.containsKey(key)) {
                        edgeOf.put(key, edges.size());
                        edges.add(new int[] {Math.min(a, b), Math.max(a, b)});
                    }
                }
            }
        }
        edges.sort((x, y) -> {
            int byWishes = Integer.compare(in.kind(y[0], y[1]), in.kind(x[0], x[1]));
            if (byWishes != 0) {
                return byWishes;
            }
            int byScore = Double.compare(in.score(y[0], y[1]), in.score(x[0], x[1]));
            return byScore != 0 ? byScore : Arrays.compare(x, y);
        });
        int m = edges.size();
        first = new int[m];
        second = new int[m];
        wishes = new int[m];
        score = new double[m];
        for (int e = 0; e < m; e++) {
            first[e] = edges.get(e)[0];
            second[e] = edges.get(e)[1];
            wishes[e] = in.kind(first[e], second[e]);
            score[e] = in.score(first[e], second[e]);
            edgeOf.put(key(first[e], second[e]), e);
        }
        slotOf = new int[m];
        Arrays.fill(slotOf, NONE);
        position = new int[m];
        at = new int[n * slots];
        Arrays.fill(at, NONE);
        count = new int[n];
        load = new int[slots];
        inSlot = new int[slots][];
        for (int s = 0; s < slots; s++) {
            inSlot[s] = new int[in.capacity[s]];
        }
    }

    private long key(int a, int b) {
        return (long) Math.min(a, b) * in.n + Math.max(a, b);
    }

    int candidates() {
        return first.length;
    }

    /** Every candidate, strongest first, into the first slot where both are free and a table is open. */
    void greedy() {
        for (int e = 0; e < first.length; e++) {
            int a = first[e];
            int b = second[e];
            if (count[a] >= in.room[a] || count[b] >= in.room[b]) {
                continue;
            }
            for (int s = 0; s < slots; s++) {
                if (load[s] < in.capacity[s] && open(a, s) && open(b, s)) {
                    add(e, s);
                    break;
                }
            }
        }
    }

    /** Moves until none helps or the deadline ({@link System#nanoTime}) passes. */
    void improve(long deadline) {
        boolean improved = true;
        while (improved) {
            improved = false;
            for (int e = 0; e < first.length; e++) {
                if ((e & 63) == 0 && System.nanoTime() > deadline) {
                    return;
                }
                if (slotOf[e] != NONE) {
                    continue;
                }
                Move best = null;
                for (int s = 0; s < slots; s++) {
                    Move move = insertion(e, s);
                    if (move != null && move.better(best)) {
                        best = move;
                    }
                }
                if (best != null && best.gainful()) {
                    best.apply();
                    improved = true;
                }
            }
        }
    }

    /** Whether the person has a new meeting in the slot. */
    boolean meets(int person, int s) {
        return at[person * slots + s] != NONE;
    }

    int load(int s) {
        return load[s];
    }

    /** Whether the person is free in the slot and has no meeting there yet. */
    private boolean open(int person, int s) {
        return in.isFree(person, s) && at[person * slots + s] == NONE;
    }

    private void add(int e, int s) {
        slotOf[e] = s;
        at[first[e] * slots + s] = e;
        at[second[e] * slots + s] = e;
        count[first[e]]++;
        count[second[e]]++;
        position[e] = load[s];
        inSlot[s][load[s]++] = e;
    }

    private void remove(int e) {
        int s = slotOf[e];
        slotOf[e] = NONE;
        at[first[e] * slots + s] = NONE;
        at[second[e] * slots + s] = NONE;
        count[first[e]]--;
        count[second[e]]--;
        int last = inSlot[s][--load[s]];
        inSlot[s][position[e]] = last;
        position[last] = position[e];
    }

    /** Weaker first: fewer wishes, then a lower score. */
    private boolean weaker(int e, int than) {
        return wishes[e] != wishes[than] ? wishes[e] < wishes[than] : score[e] < score[than];
    }

    /** The best way to put candidate {@code e} into slot {@code s}, or null when the two are not both free in it. */
    private Move insertion(int e, int s) {
        int a = first[e];
        int b = second[e];
        if (!in.isFree(a, s) || !in.isFree(b, s) || in.capacity[s] == 0) {
            return null;
        }
        Move move = new Move(e, s);
        int blockerA = at[a * slots + s];
        int blockerB = at[b * slots + s];
        for (int blocker : new int[] {blockerA, blockerB}) {
            if (blocker != NONE) {
                move.clear(blocker);
            }
        }
        if (blockerA != NONE && blockerB != NONE && move.dropped(blockerA) && move.dropped(blockerB)) {
            // the two partners left alone in this slot may meet each other instead
            Integer other = edgeOf.get(key(partner(blockerA, a), partner(blockerB, b)));
            if (other != null && slotOf[other] == NONE) {
                move.extra = other;
            }
        }
        while (move.loadOf(s) > in.capacity[s]) {
            int out = NONE;
            for (int i = 0; i < load[s]; i++) {
                int candidate = inSlot[s][i];
                if (!move.touches(candidate) && (out == NONE || weaker(candidate, out))) {
                    out = candidate;
                }
            }
            if (out == NONE) {
                return null;
            }
            move.clear(out);
        }
        for (int person : new int[] {a, b}) {
            if (move.countOf(person) > in.room[person]) {
                int out = NONE;
                for (int t = 0; t < slots; t++) {
                    int candidate = at[person * slots + t];
                    if (t != s && candidate != NONE && !move.dropped(candidate)
                            && (out == NONE || weaker(candidate, out))) {
                        out = candidate;
                    }
                }
                if (out == NONE) {
                    return null;
                }
                move.drop(out);
            }
        }
        return move;
    }

    private int partner(int e, int person) {
        return first[e] == person ? second[e] : first[e];
    }

    /**
     * One candidate into one slot, with what it moves and drops to make room. Evaluated for every candidate and slot
     * in each pass, so it keeps its few entries in small arrays.
     */
    private final class Move {
        final int edge;
        final int slot;
        int extra = NONE;
        final int[] dropped = new int[6];
        int drops;
        final int[] moved = new int[4]; // candidates moved, to movedTo
        final int[] movedTo = new int[4];
        int moves;
        // the gain, compared like Totals
        int missingGain;
        int wishGain;
        double scoreGain;
        boolean evaluated;

        Move(int edge, int slot) {
            this.edge = edge;
            this.slot = slot;
        }

        /** Takes a meeting out of this slot: to another slot where both are free and a table is open, else drops it. */
        void clear(int e) {
            for (int t = 0; t < slots; t++) {
                if (t != slot && open(first[e], t) && open(second[e], t) && !movedInto(first[e], t)
                        && !movedInto(second[e], t) && loadOf(t) < in.capacity[t]) {
                    moved[moves] = e;
                    movedTo[moves++] = t;
                    return;
                }
            }
            dropped[drops++] = e;
        }

        void drop(int e) {
            for (int i = 0; i < moves; i++) {
                if (moved[i] == e) {
                    moved[i] = moved[--moves];
                    movedTo[i] = movedTo[moves];
                    break;
                }
            }
            dropped[drops++] = e;
        }

        boolean dropped(int e) {
            for (int i = 0; i < drops; i++) {
                if (dropped[i] == e) {
                    return true;
                }
            }
            return false;
        }

        boolean touches(int e) {
            if (e == edge || dropped(e)) {
                return true;
            }
            for (int i = 0; i < moves; i++) {
                if (moved[i] == e) {
                    return true;
                }
            }
            return false;
        }

        private boolean movedInto(int person, int t) {
            for (int i = 0; i < moves; i++) {
                if (movedTo[i] == t && (first[moved[i]] == person || second[moved[i]] == person)) {
                    return true;
                }
            }
            return false;
        }

        /** The slot's meetings once this move is made. */
        int loadOf(int t) {
            int result = load[t];
            for (int i = 0; i < drops; i++) {
                result -= slotOf[dropped[i]] == t ? 1 : 0;
            }
            for (int i = 0; i < moves; i++) {
                result += (movedTo[i] == t ? 1 : 0) - (slotOf[moved[i]] == t ? 1 : 0);
            }
            if (t == slot) {
                result += 1 + (extra != NONE ? 1 : 0);
            }
            return result;
        }

        /** The person's new meetings once this move is made. */
        int countOf(int person) {
            int result = count[person] + change(person, edge, 1) + change(person, extra, 1);
            for (int i = 0; i < drops; i++) {
                result += change(person, dropped[i], -1);
            }
            return result;
        }

        private int change(int person, int e, int sign) {
            return e != NONE && (first[e] == person || second[e] == person) ? sign : 0;
        }

        private void evaluate() {
            if (evaluated) {
                return;
            }
            evaluated = true;
            for (int e : new int[] {edge, extra}) {
                if (e != NONE) {
                    wishGain += wishes[e];
                    scoreGain += score[e];
                }
            }
            for (int i = 0; i < drops; i++) {
                wishGain -= wishes[dropped[i]];
                scoreGain -= score[dropped[i]];
            }
            // every person whose count changes is in a dropped or added meeting; count each once
            int[] people = new int[2 * (drops + 2)];
            int seen = 0;
            for (int i = -2; i < drops; i++) {
                int e = i == -2 ? edge : i == -1 ? extra : dropped[i];
                if (e == NONE) {
                    continue;
                }
                for (int person : new int[] {first[e], second[e]}) {
                    boolean known = false;
                    for (int j = 0; j < seen; j++) {
                        known |= people[j] == person;
                    }
                    if (!known) {
                        people[seen++] = person;
                        missingGain += in.missing(person, count[person]) - in.missing(person, countOf(person));
                    }
                }
            }
        }

        boolean gainful() {
            evaluate();
            return missingGain > 0 || missingGain == 0 && (wishGain > 0 || wishGain == 0 && scoreGain > 1e-12);
        }

        boolean better(Move other) {
            if (other == null) {
                return true;
            }
            evaluate();
            other.evaluate();
            if (missingGain != other.missingGain) {
                return missingGain > other.missingGain;
            }
            if (wishGain != other.wishGain) {
                return wishGain > other.wishGain;
            }
            return scoreGain > other.scoreGain + 1e-12;
        }

        void apply() {
            for (int i = 0; i < drops; i++) {
                remove(dropped[i]);
            }
            for (int i = 0; i < moves; i++) {
                remove(moved[i]);
            }
            for (int i = 0; i < moves; i++) {
                add(moved[i], movedTo[i]);
            }
            add(edge, slot);
            if (extra != NONE) {
                add(extra, slot);
            }
        }
    }
}
