package org.mingle.app;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanInitializedEventListener;
import io.micronaut.context.event.BeanInitializingEvent;
import io.micronaut.context.exceptions.ConfigurationException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a real PostgreSQL server inside Mingle when no database URL is configured, so the platform runs on a machine
 * with nothing but a JDK. Data stays in {@code mingle.data-dir} across restarts, written durably (fsync on): the
 * embedded server's test-friendly defaults would lose committed data on a crash.
 */
@Singleton
@Requires(property = "mingle.embedded-database.enabled", notEquals = "false")
class EmbeddedDatabase implements BeanInitializedEventListener<DatasourceConfiguration> {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    static final String DATABASE = "mingle";

    private final Path dataDirectory;
    private EmbeddedPostgres server;

    EmbeddedDatabase(@Value("${mingle.data-dir:data}") String dataDirectory) {
        this.dataDirectory = Path.of(dataDirectory).toAbsolutePath().resolve("postgres");
    }

    /** Runs before the data source configuration completes itself, which refuses an empty URL. */
    @Override
    public DatasourceConfiguration onInitialized(BeanInitializingEvent<DatasourceConfiguration> event) {
        var configuration = event.getBean();
        var url = configuration.getConfiguredUrl();
        if (url != null && !url.isBlank()) {
            return configuration; // an external database is configured
        }
        start();
        configuration.setUrl(server.getJdbcUrl("postgres", DATABASE));
        configuration.setJdbcUrl(server.getJdbcUrl("postgres", DATABASE));
        configuration.setUsername("postgres");
        configuration.setPassword("");
        return configuration;
    }

    private synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = startOn(dataDirectory);
            LOG.info("Embedded PostgreSQL is running with its data in {}", dataDirectory);
        } catch (IOException | SQLException | IllegalStateException e) {
            // IllegalStateException: a jar built without the server's binaries (the Docker image's)
            throw new ConfigurationException("Could not start the embedded PostgreSQL in " + dataDirectory
                    + " (" + e.getMessage() + "). Set MINGLE_DATABASE_URL to use another database.", e);
        }
    }

    /** Starts the server on its data directory, creating both the directory and Mingle's database when missing. */
    static EmbeddedPostgres startOn(Path dataDirectory) throws IOException, SQLException {
        Files.createDirectories(dataDirectory);
        var server = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
        try {
            createDatabaseIfMissing(server);
        } catch (SQLException e) {
            server.close();
            throw e;
        }
        return server;
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres server) throws SQLException {
        try (var connection = server.getPostgresDatabase().getConnection();
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (var rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + DATABASE);
                    }
                }
            }
        }
    }

    @PreDestroy
    synchronized void stop() throws IOException {
        if (server != null) {
            server.close();
            server = null;
            LOG.info("Embedded PostgreSQL stopped");
        }
    }
}
