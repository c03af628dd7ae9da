package org.mingle.domain.connections;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.mingle.domain.profiles.Interest;
import org.mingle.domain.profiles.ProfileView;
import org.mingle.domain.shared.SpreadsheetCsv;

/**
 * One's network as a spreadsheet file ({@link SpreadsheetCsv}), one row per connection: the contact's fields as far
 * as they let the owner see them (a hidden field is an empty cell), and the owner's own notes and follow-up.
 */
public final class NetworkCsv {

    public static final String MEDIA_TYPE = "text/csv";

    private NetworkCsv() {
    }

    /** The header row, its times in the given zone. */
    public static String[] header(ZoneId zone) {
        return new String[] {"Name", "Headline", "Company", "Industry", "Interests", "Links", "Event",
            SpreadsheetCsv.timeHeader("Connected at", zone), "My note", "My tags", "Follow-up", "Remind me on",
            "Outcome", "Connection ID", "Account ID"};
    }

    /**
     * Writes the header and one row per connection; the caller closes {@code out}.
     *
     * @param zone the zone in which times are written (the connections' events may lie in several)
     */
    public static void write(Writer out, List<MyConnection> network, ZoneId zone) throws IOException {
        try (var csv = SpreadsheetCsv.start(out, header(zone))) {
            for (MyConnection connection : network) {
                ProfileView other = connection.other();
                PrivateNotes notes = connection.notes();
                csv.row(
                        other.displayName(),
                        other.headline(),
                        other.company(),
                        other.industry(),
                        other.interests() == null ? null
                                : other.interests().stream().map(Interest::display).collect(Collectors.joining("; ")),
                        other.links() == null ? null : String.join(" ", other.links()),
                        connection.eventTitle(),
                        SpreadsheetCsv.time(connection.connectedAt(), zone),
                        notes.note(),
                        String.join("; ", notes.tags()),
                        notes.followUp().name(),
                        notes.remindAt() == null ? null : notes.remindAt().toString(),
                        notes.outcome() == null ? null : notes.outcome().name(),
                        connection.id().toString(),
                        other.accountId().toString());
            }
        }
    }
}
