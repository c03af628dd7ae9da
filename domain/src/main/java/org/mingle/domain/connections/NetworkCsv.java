package org.mingle.domain.connections;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mingle.domain.profiles.Interest;
import org.mingle.domain.profiles.ProfileView;
import org.mingle.domain.shared.SpreadsheetCells;

/**
 * One's network as CSV (RFC 4180), one row per connection: the contact's fields as far as they let the owner see them
 * (a hidden field is an empty cell), and the owner's own notes and follow-up. Every cell is made inert for
 * spreadsheets.
 */
public final class NetworkCsv {

    public static final String MEDIA_TYPE = "text/csv";
    public static final String[] HEADER = {"connectionId", "event", "connectedAt", "accountId", "name", "headline",
        "company", "industry", "interests", "links", "note", "tags", "followUp", "remindAt", "outcome"};

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER).get();

    private NetworkCsv() {
    }

    /** Writes the header and one row per connection; the caller closes {@code out}. */
    public static void write(Writer out, List<MyConnection> network) throws IOException {
        var printer = new CSVPrinter(out, FORMAT);
        for (MyConnection connection : network) {
            ProfileView other = connection.other();
            PrivateNotes notes = connection.notes();
            String[] cells = {
                connection.id().toString(),
                connection.eventTitle(),
                connection.connectedAt().toString(),
                other.accountId().toString(),
                other.displayName(),
                other.headline(),
                other.company(),
                other.industry(),
                other.interests() == null ? null
                        : other.interests().stream().map(Interest::display).collect(Collectors.joining("; ")),
                other.links() == null ? null : String.join(" ", other.links()),
                notes.note(),
                String.join("; ", notes.tags()),
                notes.followUp().name(),
                notes.remindAt() == null ? null : notes.remindAt().toString(),
                notes.outcome() == null ? null : notes.outcome().name()};
            for (int i = 0; i < cells.length; i++) {
                cells[i] = SpreadsheetCells.safe(cells[i]);
            }
            printer.printRecord((Object[]) cells);
        }
        printer.flush();
    }
}
