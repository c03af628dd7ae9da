package org.mingle.domain.registration;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.mingle.domain.shared.SpreadsheetCsv;

/**
 * An event's registrations as a spreadsheet file ({@link SpreadsheetCsv}), one row per registration after a header
 * row, written as the rows come so that any number of registrations streams in constant memory. The API and the
 * organizer dashboard export the same file. Check-in codes are left out: exports travel further than the door.
 */
public final class RegistrationsCsv {

    private RegistrationsCsv() {
    }

    /** The header row, its times in the event's time zone. */
    public static String[] header(ZoneId zone) {
        return new String[] {"Name", "Email", "Status", "Waitlist position",
            SpreadsheetCsv.timeHeader("Registered at", zone), SpreadsheetCsv.timeHeader("Checked in at", zone),
            "Registration ID", "Account ID"};
    }

    /**
     * Writes the header and one row per registration; the caller closes {@code out}.
     *
     * @param rows calls its argument once per registration, in order (the domain's streaming query)
     * @param zone the event's time zone, in which times are written
     */
    public static void write(Writer out, Consumer<Consumer<Registration>> rows, ZoneId zone) throws IOException {
        try (var csv = SpreadsheetCsv.start(out, header(zone))) {
            SpreadsheetCsv.streaming(() -> rows.accept(registration -> csv.row(
                    registration.displayName(),
                    registration.email(),
                    registration.status().name(),
                    registration.waitlistPosition() == null ? null : registration.waitlistPosition().toString(),
                    SpreadsheetCsv.time(registration.registeredAt(), zone),
                    SpreadsheetCsv.time(registration.checkedInAt(), zone),
                    registration.id().toString(),
                    registration.accountId().toString())));
        }
    }
}
