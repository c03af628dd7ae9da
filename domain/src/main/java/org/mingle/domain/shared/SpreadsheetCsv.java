package org.mingle.domain.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV export that opens cleanly in a spreadsheet (RFC 4180: comma-separated, CRLF line ends, fields quoted when they
 * contain a comma, quote or line break). It starts with a UTF-8 byte order mark, without which Excel reads UTF-8 as
 * its local code page and turns "Zürich" into "ZÃ¼rich"; its header row is words, names come before ids; times are
 * local wall times that spreadsheets read as dates ({@code 2027-03-16 18:30}), their time zone named in the header;
 * every cell is made inert ({@link SpreadsheetCells#safe}).
 */
public final class SpreadsheetCsv implements AutoCloseable {

    /** Written first: the byte order mark, U+FEFF, which UTF-8 writes as EF BB BF. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private static final DateTimeFormatter WALL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CSVPrinter printer;

    private SpreadsheetCsv(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Starts the file on {@code out}: the byte order mark and the header row. The caller closes {@code out}. */
    public static SpreadsheetCsv start(Writer out, String... header) throws IOException {
        out.write(BYTE_ORDER_MARK);
        return new SpreadsheetCsv(new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get()));
    }

    /** One row; {@code null} is an empty cell. */
    public void row(String... cells) {
        var inert = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            inert[i] = SpreadsheetCells.safe(cells[i]);
        }
        try {
            printer.printRecord((Object[]) inert);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flushes what was written; {@code out} stays open. */
    @Override
    public void close() throws IOException {
        printer.flush();
    }

    /** The instant as a wall time in the zone, to the minute; {@code null} is an empty cell. */
    public static String time(Instant instant, ZoneId zone) {
        return instant == null ? null : WALL_TIME.format(instant.atZone(zone));
    }

    /** A header for a column of times: {@code "Registered at (Europe/Berlin)"}, or {@code "(UTC)"}. */
    public static String timeHeader(String words, ZoneId zone) {
        boolean utc = zone.normalized().equals(ZoneOffset.UTC);
        return words + " (" + (utc ? "UTC" : zone.getId()) + ")";
    }

    /**
     * Runs the writing of rows that come from a streaming query, rethrowing a write failure inside it as the
     * {@link IOException} it was.
     */
    public static void streaming(Runnable writeRows) throws IOException {
        try {
            writeRows.run();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
