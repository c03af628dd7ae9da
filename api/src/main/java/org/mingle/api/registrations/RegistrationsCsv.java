package org.mingle.api.registrations;

import io.micronaut.core.io.Writable;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mingle.domain.registration.Registration;

/**
 * An event's registrations as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they contain a comma,
 * quote or line break; UTF-8), one row per registration after a header row, written as the rows come so that any
 * number of registrations streams in constant memory.
 *
 * <p>Spreadsheets run a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} as a formula, and some also
 * after a leading tab or carriage return; a registrant could name themselves {@code =HYPERLINK(...)}. Every such cell
 * is written with a leading {@code '}, which spreadsheets show as text (OWASP's advice on CSV injection). Check-in
 * codes are left out: exports travel further than the door.
 */
final class RegistrationsCsv {

    static final String MEDIA_TYPE = "text/csv; charset=utf-8; header=present";
    static final String[] HEADER = {"registrationId", "accountId", "displayName", "email", "status",
        "waitlistPosition", "registeredAt", "checkedInAt"};

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER).get();

    private RegistrationsCsv() {
    }

    /**
     * The CSV as a body that Micronaut writes to the response.
     *
     * @param rows calls its argument once per registration, in order (the domain's streaming query)
     * @param zone the event's time zone, in which times are written
     */
    static Writable writable(Consumer<Consumer<Registration>> rows, ZoneId zone) {
        return new Writable() {
            @Override
            public void writeTo(Writer out) throws IOException {
                write(out, rows, zone);
            }

            @Override
            public void writeTo(OutputStream out, Charset ignored) throws IOException {
                // Always UTF-8, as the Content-Type says, whatever the caller's default.
                var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                write(writer, rows, zone);
            }
        };
    }

    static void write(Writer out, Consumer<Consumer<Registration>> rows, ZoneId zone) throws IOException {
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
            Times.in(registration.registeredAt(), zone),
            Times.in(registration.checkedInAt(), zone)};
        for (int i = 0; i < cells.length; i++) {
            cells[i] = safe(cells[i]);
        }
        return cells;
    }

    /** The text of a cell, made inert for spreadsheets when it would start a formula. */
    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }
}
