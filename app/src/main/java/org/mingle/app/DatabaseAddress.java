package org.mingle.app;

import io.micronaut.context.ApplicationContext;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The database a command-line tool (backup, restore) works on, found from the same configuration the platform reads:
 * {@code MINGLE_DATABASE_URL} and its user and password, or else the embedded PostgreSQL in {@code MINGLE_DATA_DIR}.
 * A running platform's embedded server is reached at the port it wrote into its {@code postmaster.pid}; when none
 * runs, the tool starts the embedded server on the data directory itself and stops it when done.
 */
final class DatabaseAddress implements AutoCloseable {

    private final String url;
    private final String user;
    private final String password;
    private final EmbeddedPostgres startedHere;

    private DatabaseAddress(String url, String user, String password, EmbeddedPostgres startedHere) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.startedHere = startedHere;
    }

    /**
     * Resolves the configured database.
     *
     * @param arguments    {@code --name=value} overrides, as the platform takes them
     * @param createIfNone true to start an embedded server on an empty data directory (restore); false to refuse one
     */
    static DatabaseAddress configured(String[] arguments, boolean createIfNone) {
        var context = ApplicationContext.builder().args(arguments).deduceEnvironment(false).banner(false).build();
        var environment = context.getEnvironment();
        environment.start();
        try {
            var url = environment.getProperty("datasources.default.url", String.class).orElse("");
            if (!url.isBlank()) {
                return new DatabaseAddress(url,
                        environment.getProperty("datasources.default.username", String.class).orElse(""),
                        environment.getProperty("datasources.default.password", String.class).orElse(""), null);
            }
            var dataDirectory = Path.of(environment.getProperty("mingle.data-dir", String.class).orElse("data"))
                    .toAbsolutePath().resolve("postgres");
            return embedded(dataDirectory, createIfNone);
        } finally {
            environment.stop();
        }
    }

    private static DatabaseAddress embedded(Path dataDirectory, boolean createIfNone) {
        var running = runningPort(dataDirectory);
        if (running > 0) {
            return new DatabaseAddress(embeddedUrl(running), "postgres", "", null);
        }
        if (!createIfNone && !Files.exists(dataDirectory.resolve("PG_VERSION"))) {
            throw new CommandFailure("No Mingle database in " + dataDirectory
                    + ": set MINGLE_DATA_DIR to the platform's data directory, or MINGLE_DATABASE_URL.");
        }
        try {
            var server = EmbeddedDatabase.startOn(dataDirectory);
            return new DatabaseAddress(embeddedUrl(server.getPort()), "postgres", "", server);
        } catch (IOException | SQLException | IllegalStateException e) {
            throw new CommandFailure("Could not start the embedded PostgreSQL in " + dataDirectory + ": "
                    + e.getMessage());
        }
    }

    /** The port in a live server's postmaster.pid (its fourth line), or 0 when no server runs there. */
    private static int runningPort(Path dataDirectory) {
        var pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            var lines = Files.readAllLines(pidFile);
            if (lines.size() < 4) {
                return 0;
            }
            var port = Integer.parseInt(lines.get(3).trim());
            try (var probe = DriverManager.getConnection(embeddedUrl(port), "postgres", "")) {
                return port;
            }
        } catch (IOException | NumberFormatException | SQLException e) {
            return 0; // no server, a stale pid file, or one we cannot reach: start our own (or refuse)
        }
    }

    private static String embeddedUrl(int port) {
        return "jdbc:postgresql://localhost:" + port + "/" + EmbeddedDatabase.DATABASE;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    @Override
    public void close() throws IOException {
        if (startedHere != null) {
            startedHere.close();
        }
    }
}
