package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingle.testsupport.TestDatabase;
import org.mingle.testsupport.TestDatabases;

/**
 * {@code scripts/mingle-start.sh}, as the Docker image and the scale scripts start the jar (decision 64): the first start
 * writes a class-data archive as it stops, the next one maps it, and {@code MINGLE_CDS_ARCHIVE=off} starts without.
 */
class ClassDataArchiveIT {

    /** Writing the archive as the JVM exits takes a few seconds more than a plain stop. */
    private static final Duration ARCHIVE_WRITTEN = Duration.ofMinutes(2);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theFirstStartRecordsTheArchiveAndTheNextMapsIt(@TempDir Path work) throws Exception {
        TestDatabase database = TestDatabases.create();
        Path archive = work.resolve("data/mingle.jsa");

        var first = MingleJar.startThroughScript(database, work, Map.of(), work.resolve("first.log"))
                .awaitStartUp(http);
        assertThat(mapsArchive(first)).as("nothing to map on the first start").isFalse();
        first.stop(ARCHIVE_WRITTEN);
        assertThat(first.process().exitValue()).as(Files.readString(first.log())).isIn(0, 143);
        assertThat(archive).as("written as the first start stopped").isRegularFile();
        assertThat(Files.size(archive)).isGreaterThan(10_000_000L);

        var second = MingleJar.startThroughScript(database, work, Map.of(), work.resolve("second.log"))
                .awaitStartUp(http);
        try {
            assertThat(mapsArchive(second)).as("the restart maps the archive").isTrue();
            assertThat(Files.readString(second.log())).as("no archive warnings for operators").doesNotContain("[cds");
        } finally {
            second.stop();
        }

        var without = MingleJar.startThroughScript(database, work, Map.of("MINGLE_CDS_ARCHIVE", "off"),
                work.resolve("without.log")).awaitStartUp(http);
        try {
            assertThat(mapsArchive(without)).as("switched off").isFalse();
        } finally {
            without.stop();
        }
    }

    /** Whether the JVM (the script's process: it execs java) has the archive mapped into its memory. */
    private static boolean mapsArchive(MingleJar jar) throws Exception {
        return Files.readString(Path.of("/proc", Long.toString(jar.process().pid()), "maps")).contains("mingle.jsa");
    }
}
