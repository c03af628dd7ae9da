package org.mingle.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;

/**
 * A PostgreSQL primary and a hot standby streaming from it, each a server of its own in a temporary directory, started
 * with the PostgreSQL binaries installed on the machine ({@code initdb}, {@code pg_ctl}, {@code pg_basebackup}): the
 * replication an operator sets up, not a simulation of it. As root the servers run as the {@code postgres} user, since
 * PostgreSQL refuses to run as root. {@link #close()} stops both and deletes their data, also when the JVM exits.
 */
public final class StreamingReplica implements AutoCloseable {

    private static final String USER = "postgres";
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(2);

    private final Path bin;
    private final Path directory;
    private final int primaryPort;
    private final int standbyPort;
    private final boolean asPostgresUser;
    private final Thread cleanUpAtExit = new Thread(this::stopAndDelete);
    private boolean closed;

    private StreamingReplica(Path bin, Path directory, int primaryPort, int standbyPort, boolean asPostgresUser) {
        this.bin = bin;
        this.directory = directory;
        this.primaryPort = primaryPort;
        this.standbyPort = standbyPort;
        this.asPostgresUser = asPostgresUser;
    }

    /**
     * The directory holding {@code initdb}, {@code pg_ctl} and {@code pg_basebackup} of the newest PostgreSQL installed
     * as Debian and Ubuntu install it ({@code /usr/lib/postgresql/<version>/bin}), or {@code MINGLE_TEST_PG_BIN}.
     */
    public static Optional<Path> binaries() {
        var configured = System.getenv("MINGLE_TEST_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(StreamingReplica::complete);
        }
        var installed = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(installed)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(installed)) {
            return versions.map(version -> version.resolve("bin")).filter(StreamingReplica::complete)
                    .max(Comparator.comparing(StreamingReplica::majorVersion));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean complete(Path bin) {
        return Stream.of("initdb", "pg_ctl", "pg_basebackup").allMatch(tool -> Files.isExecutable(bin.resolve(tool)));
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    /** Starts a primary and a standby on free ports between {@code firstPort} and {@code lastPort}. */
    public static StreamingReplica start(Path bin, int firstPort, int lastPort) {
        var asPostgresUser = "root".equals(System.getProperty("user.name"));
        Path directory;
        try {
            directory = Files.createTempDirectory("mingle-replica");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var ports = freePorts(firstPort, lastPort);
        var servers = new StreamingReplica(bin, directory, ports.get(0), ports.get(1), asPostgresUser);
        Runtime.getRuntime().addShutdownHook(servers.cleanUpAtExit);
        try {
            servers.startBoth();
            return servers;
        } catch (RuntimeException e) {
            servers.close();
            throw e;
        }
    }

    private static List<Integer> freePorts(int first, int last) {
        var free = new ArrayList<Integer>();
        for (int port = first; port <= last && free.size() < 2; port++) {
            try (var probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                free.add(port);
            } catch (IOException taken) {
                // try the next one
            }
        }
        if (free.size() < 2) {
            throw new IllegalStateException("No two free ports between " + first + " and " + last);
        }
        return free;
    }

    private void startBoth() {
        if (asPostgresUser) {
            run(List.of("chown", USER, directory.toString()), false);
        }
        var primary = directory.resolve("primary");
        var standby = directory.resolve("standby");
        run(List.of(tool("initdb"), "-D", primary.toString(), "-U", USER, "-A", "trust", "-E", "UTF8",
                "--locale=C", "--no-sync"), true);
        startServer(primary, primaryPort);
        // -R writes standby.signal and the primary's address; -X stream copies the WAL written meanwhile.
        run(List.of(tool("pg_basebackup"), "-h", "127.0.0.1", "-p", String.valueOf(primaryPort), "-U", USER,
                "-D", standby.toString(), "-R", "-X", "stream", "-c", "fast", "--no-sync"), true);
        startServer(standby, standbyPort);
    }

    private void startServer(Path data, int port) {
        // fsync off: a test's data need not survive a crash of the machine; sockets stay in the temporary directory.
        var options = "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + directory
                + " -c fsync=off -c hot_standby=on -c wal_level=replica -c max_wal_senders=4";
        // -w: wait until the server takes connections (a standby: read-only ones, once it is consistent).
        run(List.of(tool("pg_ctl"), "-D", data.toString(), "-l", data + ".log", "-o", options, "-w", "-t", "60",
                "start"), true);
    }

    private String tool(String name) {
        return bin.resolve(name).toString();
    }

    private void run(List<String> command, boolean asServerUser) {
        var full = new ArrayList<String>();
        if (asServerUser && asPostgresUser) {
            full.addAll(List.of("runuser", "-u", USER, "--"));
        }
        full.addAll(command);
        try {
            var process = new ProcessBuilder(full).redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: " + String.join(" ", full));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " failed (" + process.exitValue() + "): "
                        + output + logs());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String logs() {
        var text = new StringBuilder();
        for (var log : List.of("primary.log", "standby.log")) {
            try {
                text.append("\n").append(log).append(":\n").append(Files.readString(directory.resolve(log)));
            } catch (IOException none) {
                // not started yet
            }
        }
        return text.toString();
    }

    /** Creates a database on the primary and migrates it with Mingle's migrations; the standby receives it. */
    public TestDatabase createMigratedDatabase(String name) {
        try (var admin = connectPrimary("postgres"); var sql = admin.createStatement()) {
            sql.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create " + name + " on the primary", e);
        }
        Flyway.configure().locations(MigrationScripts.LOCATION).dataSource(primaryUrl(name), USER, "").load()
                .migrate();
        return new TestDatabase(primaryUrl(name), USER, "");
    }

    public String primaryUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + primaryPort + "/" + database;
    }

    public String standbyUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + standbyPort + "/" + database;
    }

    public Connection connectPrimary(String database) throws SQLException {
        return DriverManager.getConnection(primaryUrl(database), USER, "");
    }

    public Connection connectStandby(String database) throws SQLException {
        return DriverManager.getConnection(standbyUrl(database), USER, "");
    }

    /** Waits until the standby has replayed everything the primary has written so far. */
    public void awaitReplayed(Duration timeout) {
        try (var primary = connectPrimary("postgres"); var standby = connectStandby("postgres");
             var written = primary.createStatement().executeQuery("select pg_current_wal_lsn()::text")) {
            written.next();
            var target = written.getString(1);
            var deadline = System.nanoTime() + timeout.toNanos();
            try (var replayed = standby.prepareStatement(
                    "select pg_wal_lsn_diff(pg_last_wal_replay_lsn(), ?::pg_lsn) >= 0")) {
                replayed.setString(1, target);
                while (true) {
                    try (var rows = replayed.executeQuery()) {
                        rows.next();
                        if (rows.getBoolean(1)) {
                            return;
                        }
                    }
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("The standby had not replayed " + target + " after "
                                + timeout);
                    }
                    Thread.sleep(20);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not compare the servers' WAL positions", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the standby at once, as a crash would. */
    public void stopStandby() {
        stopServer(directory.resolve("standby"));
    }

    private void stopServer(Path data) {
        if (Files.exists(data.resolve("postmaster.pid"))) {
            run(List.of(tool("pg_ctl"), "-D", data.toString(), "-m", "immediate", "-w", "stop"), true);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(cleanUpAtExit);
        } catch (IllegalStateException exiting) {
            // the hook runs anyway
        }
        stopAndDelete();
    }

    private synchronized void stopAndDelete() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            for (var server : List.of("standby", "primary")) {
                try {
                    stopServer(directory.resolve(server));
                } catch (RuntimeException stillDelete) {
                    // the directory goes anyway; a server left behind would only hold a port in the test's range
                }
            }
        } finally {
            deleteRecursively(directory);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory: the system clears it eventually
        }
    }
}
