package org.mingle.domain.curated;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.mingle.domain.meetings.MeetingTable;
import org.mingle.domain.meetings.MeetingTableId;
import org.mingle.domain.meetings.NetworkingSessionId;
import org.mingle.domain.meetings.Slot;
import org.mingle.domain.meetings.SlotBook;
import org.mingle.domain.shared.AccountId;

/**
 * A problem in numbers: people and slots by index, who is free when, how many meetings fit per slot, and per pair
 * whether it may meet, how many "must meet" wishes it honours and its score. Built once; the search and the bound
 * only read it.
 */
final class Instance {

    /** Pair kinds below zero: the pair is never scheduled. */
    static final byte RULE = -3;
    static final byte NO_THANKS = -2;
    static final byte BOOKED = -1;

    record SessionSlot(NetworkingSessionId session, Slot slot) {
    }

    final CuratedProblem problem;
    final int n;
    final int slotCount;
    final List<AccountId> people;
    final List<SessionSlot> slots;
    final int[] minimum;
    final int[] booked; // meetings each person has already
    final int[] room; // how many new meetings each person may still get
    final BitSet[] free; // per person, the slots where they are neither busy nor booked
    final int[] capacity; // per slot, the new meetings its tables still hold
    private final byte[] kind; // per pair (triangular): a kind below zero, or the wishes it honours (0 to 2)
    private final double[] score; // per pair (triangular)
    private final Set<Long> asks = new HashSet<>(); // from * n + to for every "must meet" mark
    /** Per slot, the places still open at each table, in the order the tables were added. */
    final List<Map<MeetingTableId, TreeSet<Integer>>> openPlaces = new ArrayList<>();

    Instance(CuratedProblem problem) {
        this.problem = problem;
        people = problem.participants().stream().map(Participant::account).toList();
        n = people.size();
        Map<AccountId, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(people.get(i), i);
        }
        List<SessionSlot> all = new ArrayList<>();
        problem.sessions().forEach(session -> session.slots()
                .forEach(slot -> all.add(new SessionSlot(session.id(), slot))));
        all.sort(Comparator.comparing(SessionSlot::slot));
        slots = List.copyOf(all);
        slotCount = slots.size();

        minimum = new int[n];
        booked = new int[n];
        room = new int[n];
        free = new BitSet[n];
        for (int i = 0; i < n; i++) {
            minimum[i] = problem.participants().get(i).minimum();
            free[i] = new BitSet(slotCount);
            free[i].set(0, slotCount);
            for (Slot busy : problem.busy().getOrDefault(people.get(i), List.of())) {
                clearOverlapping(free[i], busy);
            }
        }

        int pairs = n * (n - 1) / 2;
        kind = new byte[pairs];
        score = new double[pairs];
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                int p = pair(a, b);
                if (problem.rule().mayMeet(people.get(a), people.get(b))) {
                    score[p] = Math.max(0, problem.scores().score(people.get(a), people.get(b)));
                } else {
                    kind[p] = RULE;
                }
            }
        }
        for (Mark mark : problem.noThanks()) {
            Integer a = index.get(mark.from());
            Integer b = index.get(mark.to());
            if (a != null && b != null && kind[pair(a, b)] > RULE) {
                kind[pair(a, b)] = NO_THANKS;
            }
        }

        capacity = new int[slotCount];
        for (int s = 0; s < slotCount; s++) {
            Map<MeetingTableId, TreeSet<Integer>> open = new LinkedHashMap<>();
            for (MeetingTable table : problem.tables()) {
                TreeSet<Integer> places = new TreeSet<>();
                for (int place = 1; place <= table.meetingsAtOnce(); place++) {
                    places.add(place);
                }
                open.put(table.id(), places);
            }
            openPlaces.add(open);
        }
        for (SlotBook.Booked meeting : problem.existing()) {
            Integer a = index.get(meeting.first());
            Integer b = index.get(meeting.second());
            Slot at = meeting.placement().slot();
            for (Integer person : new Integer[] {a, b}) {
                if (person != null) {
                    booked[person]++;
                    clearOverlapping(free[person], at);
                }
            }
            if (a != null && b != null && !a.equals(b)) {
                kind[pair(a, b)] = BOOKED;
            }
            for (int s = 0; s < slotCount; s++) {
                if (slots.get(s).slot().startsAt().equals(at.startsAt())) {
                    TreeSet<Integer> places = openPlaces.get(s).get(meeting.placement().table());
                    if (places != null) {
                        places.remove(meeting.placement().place());
                    }
                }
            }
        }
        for (int s = 0; s < slotCount; s++) {
            capacity[s] = openPlaces.get(s).values().stream().mapToInt(TreeSet::size).sum();
        }
        for (int i = 0; i < n; i++) {
            room[i] = Math.max(0, problem.participants().get(i).maximum() - booked[i]);
        }

        for (Mark mark : problem.mustMeet()) {
            Integer a = index.get(mark.from());
            Integer b = index.get(mark.to());
            if (a != null && b != null && asks.add((long) a * n + b) && kind[pair(a, b)] >= 0) {
                kind[pair(a, b)]++;
            }
        }
    }

    private void clearOverlapping(BitSet set, Slot busy) {
        for (int s = 0; s < slotCount; s++) {
            if (slots.get(s).slot().overlaps(busy)) {
                set.clear(s);
            }
        }
    }

    /** The index of the pair in the triangular arrays. */
    int pair(int a, int b) {
        int i = Math.min(a, b);
        int j = Math.max(a, b);
        return i * (2 * n - i - 1) / 2 + (j - i - 1);
    }

    /** Below zero when the pair is never scheduled (see the constants), else the wishes it honours. */
    byte kind(int a, int b) {
        return kind[pair(a, b)];
    }

    double score(int a, int b) {
        return score[pair(a, b)];
    }

    boolean asked(int from, int to) {
        return asks.contains((long) from * n + to);
    }

    /** Whether the two may get a new meeting at all: allowed, both with room, and free in a same slot. */
    boolean eligible(int a, int b) {
        return a != b && kind(a, b) >= 0 && room[a] > 0 && room[b] > 0 && free[a].intersects(free[b]);
    }

    boolean isFree(int person, int slot) {
        return free[person].get(slot);
    }

    /** How far below their minimum the person is with {@code added} new meetings. */
    int missing(int person, int added) {
        return Math.max(0, minimum[person] - booked[person] - added);
    }
}
