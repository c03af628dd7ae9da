package org.mingle.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.postgresql.PGConnection;

/**
 * Writes every Mingle table into one file, read in a single repeatable-read snapshot (as pg_dump does), so a backup
 * taken while people register holds counters that match their rows. The file is a ZIP: one PostgreSQL COPY text
 * stream per table and a manifest with the schema version, each table's columns and its row count. It is written
 * next to its destination and moved into place when complete, so a failed backup never leaves a partial file.
 */
final class DatabaseBackup {

    static final String MANIFEST = "mingle-backup.properties";
    static final String FORMAT = "1";

    /** Called before each table is copied; tests use it to write between two tables. */
    interface BeforeTable {
        BeforeTable NONE = table -> {
        };

        void copying(String table) throws SQLException;
    }

    record Summary(String schemaVersion, int tables, long rows) {
    }

    private DatabaseBackup() {
    }

    static Summary write(Connection connection, Path file) throws SQLException, IOException {
        return write(connection, file, true, BeforeTable.NONE);
    }

    /**
     * @param snapshot false copies each table in its own transaction: only the tests' negative control does that
     */
    static Summary write(Connection connection, Path file, boolean snapshot, BeforeTable beforeTable)
            throws SQLException, IOException {
        var directory = file.toAbsolutePath().getParent();
        var partial = Files.createTempFile(directory, file.getFileName().toString(), ".partial");
        try {
            Summary summary;
            try (var out = Files.newOutputStream(partial)) {
                summary = write(connection, out, snapshot, beforeTable);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            return summary;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static Summary write(Connection connection, OutputStream out, boolean snapshot, BeforeTable beforeTable)
            throws SQLException, IOException {
        var autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(!snapshot);
        try (var zip = new ZipOutputStream(out)) {
            if (snapshot) {
                try (var statement = connection.createStatement()) {
                    statement.execute("set transaction isolation level repeatable read, read only");
                }
            }
            var version = SchemaTables.schemaVersion(connection);
            if (version == null) {
                throw new CommandFailure("The database holds no Mingle schema: nothing to back up.");
            }
            var manifest = new Properties();
            manifest.setProperty("format", FORMAT);
            manifest.setProperty("schema-version", version);
            manifest.setProperty("created-at", Instant.now().toString());
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            var tables = SchemaTables.inLoadOrder(connection);
            long rows = 0;
            for (var table : tables.entrySet()) {
                beforeTable.copying(table.getKey());
                zip.putNextEntry(new ZipEntry(entryOf(table.getKey())));
                var copied = copy.copyOut("copy " + SchemaTables.quoted(table.getKey()) + " ("
                        + SchemaTables.columnList(table.getValue()) + ") to stdout", zip);
                zip.closeEntry();
                manifest.setProperty("columns." + table.getKey(), String.join(",", table.getValue()));
                manifest.setProperty("rows." + table.getKey(), Long.toString(copied));
                rows += copied;
            }
            manifest.setProperty("tables", String.join(",", tables.keySet()));
            zip.putNextEntry(new ZipEntry(MANIFEST));
            manifest.store(zip, "Mingle backup");
            zip.closeEntry();
            if (snapshot) {
                connection.commit();
            }
            return new Summary(version, tables.size(), rows);
        } finally {
            if (snapshot && !connection.getAutoCommit()) {
                connection.rollback();
            }
            connection.setAutoCommit(autoCommit);
        }
    }

    static String entryOf(String table) {
        return "tables/" + table + ".copy";
    }
}
