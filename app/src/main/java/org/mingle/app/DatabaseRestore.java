package org.mingle.app;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;

/**
 * Loads a backup into an empty database: Flyway first builds the schema at the backup's version (a newer Mingle then
 * migrates the data further on its next start), then every table is loaded, parents before children, in one
 * transaction, and each table's row count is checked against the manifest. Sequences continue after the highest
 * value restored.
 */
final class DatabaseRestore {

    private DatabaseRestore() {
    }

    static DatabaseBackup.Summary restore(DatabaseAddress database, Path file) throws SQLException, IOException {
        try (var zip = open(file)) {
            var manifest = manifest(zip, file);
            var version = manifest.getProperty("schema-version");
            try (var connection = database.connect()) {
                requireEmpty(connection);
                migrate(database, version);
                try {
                    return load(connection, zip, manifest, version);
                } catch (SQLException | IOException | RuntimeException e) {
                    throw new CommandFailure(e.getMessage() + " Nothing was loaded, but the database now holds "
                            + "Mingle's empty schema: drop it and create it again before the next restore.");
                }
            }
        }
    }

    private static ZipFile open(Path file) throws IOException {
        try {
            return new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new CommandFailure(file + " is not a Mingle backup (not a backup file at all).");
        }
    }

    private static Properties manifest(ZipFile zip, Path file) throws IOException {
        var entry = zip.getEntry(DatabaseBackup.MANIFEST);
        if (entry == null) {
            throw new CommandFailure(file + " is not a Mingle backup (it has no " + DatabaseBackup.MANIFEST + ").");
        }
        var manifest = new Properties();
        try (var in = zip.getInputStream(entry)) {
            manifest.load(in);
        }
        if (!DatabaseBackup.FORMAT.equals(manifest.getProperty("format"))
                || manifest.getProperty("schema-version") == null || manifest.getProperty("tables") == null) {
            throw new CommandFailure(file + " is a backup in a format this Mingle does not read (format "
                    + manifest.getProperty("format") + ").");
        }
        return manifest;
    }

    private static void requireEmpty(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("select count(*) from pg_tables where schemaname = 'public'")) {
            rows.next();
            if (rows.getInt(1) > 0) {
                throw new CommandFailure("The database is not empty (it has " + rows.getInt(1)
                        + " tables): restore only into a new, empty database, so that no data is overwritten.");
            }
        }
    }

    private static void migrate(DatabaseAddress database, String version) {
        var flyway = Flyway.configure().locations("classpath:db/migration")
                .dataSource(database.url(), database.user(), database.password())
                .target(MigrationVersion.fromVersion(version)).load();
        var newest = Arrays.stream(flyway.info().all()).map(info -> info.getVersion())
                .filter(v -> v != null).max(MigrationVersion::compareTo).orElseThrow();
        if (MigrationVersion.fromVersion(version).compareTo(newest) > 0) {
            throw new CommandFailure("The backup was made by a newer Mingle (schema version " + version
                    + "; this one knows up to " + newest + "): restore it with that version or a later one.");
        }
        flyway.migrate();
    }

    private static DatabaseBackup.Summary load(Connection connection, ZipFile zip, Properties manifest, String version)
            throws SQLException, IOException {
        connection.setAutoCommit(false);
        try {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            var tables = Arrays.asList(manifest.getProperty("tables").split(","));
            long rows = 0;
            for (var table : tables) {
                var entry = zip.getEntry(DatabaseBackup.entryOf(table));
                var columns = manifest.getProperty("columns." + table);
                if (entry == null || columns == null) {
                    throw new CommandFailure("The backup is damaged: table " + table + " is missing from it.");
                }
                long loaded;
                try (var in = zip.getInputStream(entry)) {
                    loaded = copy.copyIn("copy " + SchemaTables.quoted(table) + " ("
                            + SchemaTables.columnList(List.of(columns.split(","))) + ") from stdin", in);
                }
                var expected = Long.parseLong(manifest.getProperty("rows." + table, "-1"));
                if (loaded != expected) {
                    throw new CommandFailure("The backup is damaged: table " + table + " holds " + loaded
                            + " rows, its manifest says " + expected + ".");
                }
                rows += loaded;
            }
            continueSequences(connection);
            connection.commit();
            return new DatabaseBackup.Summary(version, tables.size(), rows);
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private static void continueSequences(Connection connection) throws SQLException {
        var owned = new ArrayList<String[]>();
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("""
                     select table_name, column_name from information_schema.columns
                      where table_schema = 'public'
                        and (column_default like 'nextval(%' or is_identity = 'YES')""")) {
            while (rows.next()) {
                owned.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        }
        for (var column : owned) {
            var table = SchemaTables.quoted(column[0]);
            var name = SchemaTables.quoted(column[1]);
            try (var statement = connection.prepareStatement("select setval(pg_get_serial_sequence(?, ?), "
                    + "coalesce(max(" + name + "), 0) + 1, false) from " + table)) {
                statement.setString(1, table);
                statement.setString(2, column[1]);
                statement.execute();
            }
        }
    }
}
