package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.mingle.testsupport.TestDatabase;

/**
 * The packaged application ({@code app/target/mingle.jar}, built by {@code package}) as a process of its own, on a
 * test database and a free port, with no {@code MINGLE_} setting from the surroundings but those given.
 */
final class MingleJar {

    static final Duration START_UP = Duration.ofMinutes(3);

    private final Process process;
    private final Path log;
    private final String base;
    private final String management;

    private MingleJar(Process process, Path log, String base, String management) {
        this.process = process;
        this.log = log;
        this.base = base;
        this.management = management;
    }

    /**
     * Starts the jar; {@code settings} are environment variables and may name {@code MINGLE_PORT} themselves.
     *
     * @param database null for the embedded PostgreSQL in {@code work/data}
     */
    static MingleJar start(TestDatabase database, Path work, Map<String, String> settings, Path log)
            throws IOException {
        return start(database, work, settings, log, List.of());
    }

    /**
     * Starts the jar through {@code scripts/mingle-start.sh}, as the Docker image and the scale scripts do: with a
     * class-data archive in {@code work/data} once a first start has stopped and written it.
     */
    static MingleJar startThroughScript(TestDatabase database, Path work, Map<String, String> settings, Path log)
            throws IOException {
        var script = Path.of(System.getProperty("mingle.root", "..")).resolve("scripts/mingle-start.sh")
                .toAbsolutePath().normalize();
        assertThat(script).as("the start script").isExecutable();
        return start(database, work, settings, log, List.of("bash", script.toString()));
    }

    private static MingleJar start(TestDatabase database, Path work, Map<String, String> settings, Path log,
                                   List<String> launcher) throws IOException {
        var all = new HashMap<>(settings);
        all.putIfAbsent("MINGLE_PORT", Integer.toString(freePort()));
        all.putIfAbsent("MINGLE_MANAGEMENT_PORT", Integer.toString(freePort()));
        var process = process(database, work, all, log, launcher).start();
        return new MingleJar(process, log, "http://localhost:" + all.get("MINGLE_PORT"),
                "http://localhost:" + all.get("MINGLE_MANAGEMENT_PORT"));
    }

    /** Runs the jar as a command ({@code backup FILE}, ...) to its end; its output goes to {@code log}. */
    static int run(Path work, Path log, String... arguments) throws IOException, InterruptedException {
        var process = process(null, work, Map.of(), log, List.of(), arguments).start();
        if (!process.waitFor(START_UP.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("mingle.jar " + String.join(" ", arguments) + " did not end within "
                    + START_UP + ":\n" + Files.readString(log));
        }
        return process.exitValue();
    }

    /** {@code launcher}: the jar alone when empty, else a script that is given the jar's path (java is on its path). */
    private static ProcessBuilder process(TestDatabase database, Path work, Map<String, String> settings, Path log,
                                          List<String> launcher, String... arguments) {
        var jar = Path.of(System.getProperty("mingle.jar", "target/mingle.jar")).toAbsolutePath();
        assertThat(jar).as("the packaged application (mvn package)").isRegularFile();
        Path javaHome = Path.of(System.getProperty("java.home"));
        var command = new ArrayList<>(launcher.isEmpty()
                ? List.of(javaHome.resolve("bin/java").toString(), "-jar", jar.toString())
                : launcher);
        if (!launcher.isEmpty()) {
            command.add(jar.toString());
        }
        command.addAll(List.of(arguments));
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        var environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("MINGLE_"));
        if (database != null) {
            environment.put("MINGLE_DATABASE_URL", database.url());
            environment.put("MINGLE_DATABASE_USER", database.user());
            environment.put("MINGLE_DATABASE_PASSWORD", database.password());
        }
        environment.put("PATH", javaHome.resolve("bin") + ":" + environment.getOrDefault("PATH", "/usr/bin:/bin"));
        environment.put("MINGLE_DATA_DIR", work.resolve("data").toAbsolutePath().toString());
        environment.putAll(settings);
        return builder;
    }

    String base() {
        return base;
    }

    /** The management port's address, where the metrics are. */
    String management() {
        return management;
    }

    Process process() {
        return process;
    }

    Path log() {
        return log;
    }

    /** Waits until {@code /api/health} answers 200. */
    MingleJar awaitStartUp(HttpClient http) throws Exception {
        var deadline = Instant.now().plus(START_UP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("mingle.jar ended while starting:\n" + Files.readString(log));
            }
            try {
                var health = http.send(HttpRequest.newBuilder(URI.create(base + "/api/health"))
                        .timeout(Duration.ofSeconds(5)).build(), BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notListeningYet) {
                // not yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("mingle.jar did not start within " + START_UP + ":\n" + Files.readString(log));
    }

    /** Asks it to stop, and kills it if it has not within 30 s. */
    void stop() throws InterruptedException {
        stop(Duration.ofSeconds(30));
    }

    /** Asks it to stop, and kills it if it has not within {@code patience}. */
    void stop(Duration patience) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
        }
    }

    /** {@code kill -9}: no shutdown hook, no finally block, no closing of connections. */
    void kill() throws InterruptedException {
        process.destroyForcibly(); // SIGKILL on Linux
        process.waitFor();
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
