package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an operator of the single-jar platform does: back up its embedded database while it runs, restore the file
 * into a new data directory, and start the platform on the restored data.
 */
class BackupJarIT {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path work;

    @Test
    void aBackupOfTheRunningPlatformStartsAgainElsewhere() throws Exception {
        var original = Files.createDirectories(work.resolve("original"));
        var restored = Files.createDirectories(work.resolve("restored"));
        var backup = work.resolve("mingle.backup");

        var running = MingleJar.start(null, original, Map.of("MINGLE_DEMO_DATA", "true"),
                original.resolve("mingle.log")).awaitStartUp(http);
        String eventsBefore;
        try {
            eventsBefore = get(running.base() + "/api/events?size=100");
            var log = work.resolve("backup.log");
            assertThat(MingleJar.run(original, log, "backup", backup.toString())).as(Files.readString(log)).isZero();
            assertThat(Files.readString(log)).contains("Backed up to " + backup);
        } finally {
            running.stop();
        }

        var log = work.resolve("restore.log");
        assertThat(MingleJar.run(restored, log, "restore", backup.toString())).as(Files.readString(log)).isZero();
        assertThat(Files.readString(log)).contains("Restored from " + backup);

        var again = MingleJar.start(null, restored, Map.of(), restored.resolve("mingle.log")).awaitStartUp(http);
        try {
            assertThat(eventsBefore).contains("Climate Tech Founders Mixer");
            assertThat(get(again.base() + "/api/events?size=100")).isEqualTo(eventsBefore);
        } finally {
            again.stop();
        }
    }

    private String get(String url) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(url)).build(), BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
