package org.mingle.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every test class a database of its own, cloned from a template that Flyway migrated once
 * ({@code CREATE DATABASE x TEMPLATE t} takes a fraction of a second, migrating each time would not).
 * The template's name carries a checksum of the migrations, so a changed migration builds a fresh template.
 */
public final class TestDatabases {

    private static final Logger LOG = LoggerFactory.getLogger(TestDatabases.class);
    private static final long TEMPLATE_LOCK = 0x4d696e676c65L;
    private static final List<String> created = new ArrayList<>();
    private static String template;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropCreated));
    }

    private TestDatabases() {
    }

    /** A new, migrated, empty database; dropped when the JVM ends. */
    public static synchronized TestDatabase create() {
        var server = PostgresServer.get();
        var name = "mingle_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute(server, "create database " + name + " template " + template(server));
        created.add(name);
        return new TestDatabase(server.urlOf(name), server.user(), server.password());
    }

    /** A new database without any schema (as an operator creates one to restore into); dropped when the JVM ends. */
    public static synchronized TestDatabase createEmpty() {
        var server = PostgresServer.get();
        var name = "mingle_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute(server, "create database " + name);
        created.add(name);
        return new TestDatabase(server.urlOf(name), server.user(), server.password());
    }

    private static String template(PostgresServer server) {
        if (template != null) {
            return template;
        }
        var name = "mingle_template_" + MigrationScripts.checksum();
        try (Connection admin = server.connectAdmin(); var sql = admin.createStatement()) {
            // Other test JVMs (other modules) may build the same template at the same moment.
            sql.execute("select pg_advisory_lock(" + TEMPLATE_LOCK + ")");
            try {
                if (!exists(admin, name)) {
                    var building = name + "_building";
                    sql.execute("drop database if exists " + building);
                    sql.execute("create database " + building);
                    Flyway.configure().locations(MigrationScripts.LOCATION)
                            .dataSource(server.urlOf(building), server.user(), server.password())
                            .load().migrate();
                    sql.execute("alter database " + building + " rename to " + name);
                    LOG.info("Built test template database {}", name);
                }
            } finally {
                sql.execute("select pg_advisory_unlock(" + TEMPLATE_LOCK + ")");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the test template database", e);
        }
        template = name;
        return name;
    }

    private static boolean exists(Connection admin, String database) throws SQLException {
        try (var query = admin.prepareStatement("select 1 from pg_database where datname = ?")) {
            query.setString(1, database);
            try (var rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void execute(PostgresServer server, String statement) {
        try (Connection admin = server.connectAdmin(); var sql = admin.createStatement()) {
            sql.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run: " + statement, e);
        }
    }

    private static synchronized void dropCreated() {
        if (created.isEmpty()) {
            return;
        }
        var server = PostgresServer.get();
        for (var name : created) {
            try {
                execute(server, "drop database if exists " + name + " with (force)");
            } catch (IllegalStateException e) {
                LOG.debug("Could not drop test database {}", name, e);
            }
        }
    }
}
