package org.mingle.domain.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mingle.domain.connections.Outcome;

/** The arithmetic of reports, apart from the queries that count: shares, distributions and small counts hidden. */
public final class ReportFigures {

    /** Counts under this are shown as "fewer than 3", so an outcome cannot be traced to one or two people. */
    public static final int SMALLEST_SHOWN = 3;

    private ReportFigures() {
    }

    /** {@code part / whole}, 0 for an empty whole, rounded to four places. */
    public static double share(int part, int whole) {
        return whole == 0 ? 0 : Math.round(10_000.0 * part / whole) / 10_000.0;
    }

    /**
     * How many attendees made each number of connections, with the attendees who made none as the 0 row.
     *
     * @param degreeCounts number of connections → how many people made that many (1 and up)
     */
    public static List<EventReport.DegreeCount> degreeDistribution(Map<Integer, Integer> degreeCounts,
                                                                   int attendees) {
        Map<Integer, Integer> sorted = new TreeMap<>(degreeCounts);
        int connected = sorted.values().stream().mapToInt(Integer::intValue).sum();
        List<EventReport.DegreeCount> rows = new ArrayList<>();
        rows.add(new EventReport.DegreeCount(0, Math.max(0, attendees - connected)));
        sorted.forEach((degree, people) -> {
            if (degree > 0) {
                rows.add(new EventReport.DegreeCount(degree, people));
            }
        });
        return rows;
    }

    /** Every outcome with its count, counts under {@link #SMALLEST_SHOWN} (but above 0) hidden. */
    public static List<EventReport.OutcomeCount> outcomes(Map<Outcome, Integer> counts) {
        List<EventReport.OutcomeCount> rows = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            int count = counts.getOrDefault(outcome, 0);
            rows.add(new EventReport.OutcomeCount(outcome, count > 0 && count < SMALLEST_SHOWN ? null : count));
        }
        return rows;
    }
}
