package org.mingle.domain.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.SpreadsheetCells;

/** The CSV writer on its own: every cell that could start a formula, and cells the sign-up form cannot produce. */
class RegistrationsCsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@A1", "\tTab", "\rReturn", "=", "-"})
    void prefixesCellsThatStartAFormula(String cell) {
        assertThat(SpreadsheetCells.safe(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ada", "a=b", "1+1", "'quoted", "' =already", "2026-12-03T18:30:00+01:00"})
    void leavesOtherCellsAlone(String cell) {
        assertThat(SpreadsheetCells.safe(cell)).isEqualTo(cell);
    }

    @Test
    void emptyAndMissingCellsStayEmpty() {
        assertThat(SpreadsheetCells.safe("")).isEmpty();
        assertThat(SpreadsheetCells.safe(null)).isEmpty();
    }

    @Test
    void writesEveryRowAsItComesWithLineBreaksQuotedAndEmailsNeutralisedToo() throws IOException {
        var out = new StringWriter();
        Consumer<Consumer<Registration>> rows = sink -> {
            sink.accept(registration("Line\nbreak", "=evil@example.test", RegistrationStatus.CONFIRMED, null));
            sink.accept(registration("\tTabbed", "tab@example.test", RegistrationStatus.WAITLISTED, 3));
        };

        RegistrationsCsv.write(out, rows, ZoneId.of("Europe/Berlin"));

        assertThat(out.toString()).as("a byte order mark, so that Excel reads UTF-8")
                .startsWith("\uFEFFName,Email,Status,Waitlist position,Registered at (Europe/Berlin),");
        var records = CSVFormat.RFC4180.parse(new StringReader(out.toString().substring(1))).getRecords();
        assertThat(records).hasSize(3);
        assertThat(records.get(0).values()).containsExactly(RegistrationsCsv.header(ZoneId.of("Europe/Berlin")));
        assertThat(records.get(1).get(0)).isEqualTo("Line\nbreak");
        assertThat(records.get(1).get(1)).isEqualTo("'=evil@example.test");
        assertThat(records.get(1).get(4)).as("a wall time spreadsheets read as a date").isEqualTo("2026-12-03 18:30");
        assertThat(records.get(1).get(5)).isEqualTo("2026-12-03 19:00");
        assertThat(records.get(2).get(0)).isEqualTo("'\tTabbed");
        assertThat(records.get(2).get(3)).isEqualTo("3");
        assertThat(records.get(2).get(5)).isEmpty();
    }

    private static Registration registration(String name, String email, RegistrationStatus status,
                                             Integer position) {
        Instant registered = Instant.parse("2026-12-03T17:30:00Z");
        return new Registration(new RegistrationId(UUID.randomUUID()), new EventId(UUID.randomUUID()),
                new AccountId(UUID.randomUUID()), name, email, status, position, "ABCDEFGHJK", registered,
                status == RegistrationStatus.CONFIRMED ? registered.plusSeconds(1800) : null);
    }
}
