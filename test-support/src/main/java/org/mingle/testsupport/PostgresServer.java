package org.mingle.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * A PostgreSQL server for tests and for the build's code generation, chosen once per JVM:
 * <ol>
 * <li>the server named by {@code MINGLE_TEST_DB_URL} (with {@code MINGLE_TEST_DB_USER}, {@code MINGLE_TEST_DB_PASSWORD}):
 * an explicit choice wins, which is what CI uses;</li>
 * <li>otherwise a Testcontainers PostgreSQL when a Docker engine answers;</li>
 * <li>otherwise an embedded PostgreSQL started from the binaries on the class path.</li>
 * </ol>
 * The URL names a database the user may connect to and create databases from (for example {@code .../postgres}).
 */
public final class PostgresServer {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresServer.class);
    private static final String POSTGRES_IMAGE = "postgres:17-alpine";
    private static PostgresServer instance;

    private final String adminUrl;
    private final String user;
    private final String password;
    private final String kind;
    private final Runnable stop;

    private PostgresServer(String adminUrl, String user, String password, String kind, Runnable stop) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.kind = kind;
        this.stop = stop;
    }

    public static synchronized PostgresServer get() {
        if (instance == null) {
            instance = choose(System.getenv());
            LOG.info("Tests use {} PostgreSQL at {}", instance.kind, instance.adminUrl);
        }
        return instance;
    }

    private static PostgresServer choose(Map<String, String> env) {
        var url = env.get("MINGLE_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return new PostgresServer(url, env.getOrDefault("MINGLE_TEST_DB_USER", "postgres"),
                    env.getOrDefault("MINGLE_TEST_DB_PASSWORD", ""), "the configured", () -> { });
        }
        if (dockerAvailable()) {
            var container = new PostgreSQLContainer<>(POSTGRES_IMAGE).withDatabaseName("postgres");
            container.start();
            return new PostgresServer(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                    "a Testcontainers", container::stop);
        }
        try {
            var embedded = EmbeddedPostgres.builder().start();
            return new PostgresServer(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "", "an embedded",
                    () -> closeQuietly(embedded));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start an embedded PostgreSQL", e);
        }
    }

    /**
     * Stops a server this JVM started. Tests leave that to the JVM's exit; the build's code generator runs inside
     * Maven, whose class loader is gone by then, so it stops the server itself.
     */
    public static synchronized void stop() {
        if (instance != null) {
            instance.stop.run();
            instance = null;
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError noDocker) {
            return false;
        }
    }

    private static void closeQuietly(EmbeddedPostgres embedded) {
        try {
            embedded.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    /** A connection to the administrative database, for creating and dropping databases. */
    public Connection connectAdmin() throws SQLException {
        return DriverManager.getConnection(adminUrl, user, password);
    }

    /** The JDBC URL of another database on this server. */
    public String urlOf(String database) {
        return JdbcUrls.withDatabase(adminUrl, database);
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }
}
