package org.mingle.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** What makes a CSV file open cleanly in a spreadsheet, byte by byte. */
class SpreadsheetCsvTest {

    @Test
    void startsWithTheUtf8ByteOrderMarkThenTheHeaderAndEndsRowsWithCrLf() throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            try (var csv = SpreadsheetCsv.start(out, "Name", "City")) {
                csv.row("Zoë", "Zürich");
                csv.row("=1+1", null);
            }
        }

        byte[] written = bytes.toByteArray();
        assertThat(new byte[] {written[0], written[1], written[2]})
                .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(written, 3, written.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("Name,City\r\nZoë,Zürich\r\n'=1+1,\r\n");
    }

    @Test
    void timesAreWallTimesInTheZoneNamedInTheHeader() {
        var instant = Instant.parse("2027-03-28T16:30:00Z");

        assertThat(SpreadsheetCsv.time(instant, ZoneId.of("Europe/Berlin"))).isEqualTo("2027-03-28 18:30");
        assertThat(SpreadsheetCsv.time(null, ZoneOffset.UTC)).isNull();
        assertThat(SpreadsheetCsv.timeHeader("Connected at", ZoneId.of("Europe/Berlin")))
                .isEqualTo("Connected at (Europe/Berlin)");
        assertThat(SpreadsheetCsv.timeHeader("Connected at", ZoneOffset.UTC)).isEqualTo("Connected at (UTC)");
        assertThat(SpreadsheetCsv.timeHeader("Connected at", ZoneId.of("UTC"))).isEqualTo("Connected at (UTC)");
    }
}
