package org.mingle.domain.curated;

import java.util.List;

/**
 * A generated schedule: the new meetings (bookings that existed before are not repeated), who stays below their
 * minimum and why, and what it achieves.
 */
public record CuratedSchedule(List<CuratedMeeting> meetings, List<Shortfall> shortfalls, Totals totals) {

    public CuratedSchedule {
        meetings = List.copyOf(meetings);
        shortfalls = List.copyOf(shortfalls);
    }

    /**
     * What a schedule achieves, compared in this order: fewer meetings missing below minimums, then more "must meet"
     * wishes honoured (a pair where both asked honours two), then a higher total score of the new meetings.
     */
    public record Totals(int missing, int wishes, double score) implements Comparable<Totals> {

        /** Scores differing by less than this count as equal, so sums taken in another order compare equal. */
        static final double EPSILON = 1e-9;

        @Override
        public int compareTo(Totals other) {
            if (missing != other.missing) {
                return Integer.compare(other.missing, missing);
            }
            if (wishes != other.wishes) {
                return Integer.compare(wishes, other.wishes);
            }
            return Math.abs(score - other.score) <= EPSILON * Math.max(1, Math.abs(score)) ? 0
                    : Double.compare(score, other.score);
        }
    }
}
