package org.mingle.domain.reports;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.mingle.domain.shared.SpreadsheetCsv;

/**
 * An event's connections as a spreadsheet file ({@link SpreadsheetCsv}), one row per connection, written as the rows
 * come from the database cursor, so a million connections stream in constant memory.
 */
public final class ReportCsv {

    public static final String MEDIA_TYPE = "text/csv";

    private ReportCsv() {
    }

    /** The header row, its times in the event's time zone. */
    public static String[] header(ZoneId zone) {
        return new String[] {SpreadsheetCsv.timeHeader("Connected at", zone), "First person", "First person's industry",
            "Second person", "Second person's industry", "Shared interests", "Recorded by", "Recommended",
            "Met in a round", "Matched by request", "Connection ID", "First person's account ID",
            "Second person's account ID"};
    }

    /**
     * Writes the header and one row per connection; the caller closes {@code out}.
     *
     * @param zone the event's time zone, in which times are written
     * @param rows calls its argument once per connection, in order (the service's streaming query)
     */
    public static void write(Writer out, ZoneId zone, Consumer<Consumer<ConnectionRow>> rows) throws IOException {
        try (var csv = SpreadsheetCsv.start(out, header(zone))) {
            SpreadsheetCsv.streaming(() -> rows.accept(row -> csv.row(
                    SpreadsheetCsv.time(row.connectedAt(), zone), row.firstName(), row.firstIndustry(),
                    row.secondName(), row.secondIndustry(), String.join("; ", row.sharedInterests()), row.source(),
                    yesNo(row.recommended()), yesNo(row.metInRound()), yesNo(row.matchedByRequest()),
                    row.connectionId(), row.firstAccountId(), row.secondAccountId())));
        }
    }

    private static String yesNo(boolean fact) {
        return fact ? "yes" : "no";
    }
}
