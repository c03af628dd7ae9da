package org.mingle.domain.registration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mingle.domain.shared.SpreadsheetCells;

/**
 * An event's registrations as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they contain a comma,
 * quote or line break), one row per registration after a header row, written as the rows come so that any number of
 * registrations streams in constant memory. The API and the organizer dashboard export the same file.
 *
 * <p>Every cell goes through {@link SpreadsheetCells#safe}, since a registrant could name themselves
 * {@code =HYPERLINK(...)}. Check-in codes are left out: exports travel further than the door.
 */
public final class RegistrationsCsv {

    public static final String[] HEADER = {"registrationId", "accountId", "displayName", "email", "status",
        "waitlistPosition", "registeredAt", "checkedInAt"};

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER).get();

    private RegistrationsCsv() {
    }

    /**
     * Writes the header and one row per registration; the caller closes {@code out}.
     *
     * @param rows calls its argument once per registration, in order (the domain's streaming query)
     * @param zone the event's time zone, in which times are written (ISO-8601 with offset)
     */
    public static void write(Writer out, Consumer<Consumer<Registration>> rows, ZoneId zone) throws IOException {
        var printer = new CSVPrinter(out, FORMAT);
        try {
            rows.accept(registration -> {
                try {
                    printer.printRecord(row(registration, zone));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
    }

    private static Object[] row(Registration registration, ZoneId zone) {
        String[] cells = {
            registration.id().toString(),
            registration.accountId().toString(),
            registration.displayName(),
            registration.email(),
            registration.status().name(),
            registration.waitlistPosition() == null ? "" : registration.waitlistPosition().toString(),
            in(registration.registeredAt(), zone),
            in(registration.checkedInAt(), zone)};
        for (int i = 0; i < cells.length; i++) {
            cells[i] = SpreadsheetCells.safe(cells[i]);
        }
        return cells;
    }

    private static String in(Instant instant, ZoneId zone) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }
}
