package org.mingle.domain.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mingle.domain.shared.SpreadsheetCells;

/**
 * An event's connections as CSV (RFC 4180), one row per connection, written as the rows come from the database
 * cursor, so a million connections stream in constant memory. Every cell is made inert for spreadsheets.
 */
public final class ReportCsv {

    public static final String MEDIA_TYPE = "text/csv";
    public static final String[] HEADER = {"connectionId", "connectedAt", "firstAccountId", "firstName",
        "firstIndustry", "secondAccountId", "secondName", "secondIndustry", "sharedInterests", "source",
        "recommended", "metInRound", "matchedByRequest"};

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER).get();

    private ReportCsv() {
    }

    /**
     * Writes the header and one row per connection; the caller closes {@code out}.
     *
     * @param rows calls its argument once per connection, in order (the service's streaming query)
     */
    public static void write(Writer out, Consumer<Consumer<ConnectionRow>> rows) throws IOException {
        var printer = new CSVPrinter(out, FORMAT);
        try {
            rows.accept(row -> {
                try {
                    printer.printRecord((Object[]) cells(row));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
    }

    private static String[] cells(ConnectionRow row) {
        String[] cells = {row.connectionId(), row.connectedAt().toString(), row.firstAccountId(), row.firstName(),
            row.firstIndustry(), row.secondAccountId(), row.secondName(), row.secondIndustry(),
            String.join("; ", row.sharedInterests()), row.source(), Boolean.toString(row.recommended()),
            Boolean.toString(row.metInRound()), Boolean.toString(row.matchedByRequest())};
        for (int i = 0; i < cells.length; i++) {
            cells[i] = SpreadsheetCells.safe(cells[i]);
        }
        return cells;
    }
}
