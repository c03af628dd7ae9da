package org.mingle.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * {@code java -jar mingle.jar backup FILE} and {@code restore FILE}, with the platform's configuration (environment,
 * {@code -D} properties or {@code --name=value} arguments) choosing the database. Answers with one line for the
 * operator and an exit code: 0 done, 1 failed (with the reason), 2 wrong usage.
 */
final class BackupCommand {

    private BackupCommand() {
    }

    static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2 || args[1].startsWith("--")) {
            err.println("Usage: java -jar mingle.jar backup FILE | restore FILE [--name=value ...]");
            return 2;
        }
        var file = Path.of(args[1]);
        var settings = Arrays.copyOfRange(args, 2, args.length);
        var started = System.nanoTime();
        try {
            DatabaseBackup.Summary summary;
            if (args[0].equals("backup")) {
                if (Files.exists(file)) {
                    throw new CommandFailure(file + " exists already: choose a new file, so that no backup is "
                            + "overwritten.");
                }
                try (var database = DatabaseAddress.configured(settings, false);
                     var connection = database.connect()) {
                    summary = DatabaseBackup.write(connection, file);
                }
            } else {
                if (!Files.isReadable(file)) {
                    throw new CommandFailure(file + " does not exist or cannot be read.");
                }
                try (var database = DatabaseAddress.configured(settings, true)) {
                    summary = DatabaseRestore.restore(database, file);
                }
            }
            out.printf("%s %s: %d tables, %d rows, schema version %s, in %.1f s%n",
                    args[0].equals("backup") ? "Backed up to" : "Restored from", file, summary.tables(),
                    summary.rows(), summary.schemaVersion(), (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (SQLException | IOException | RuntimeException e) {
            err.println(args[0] + " failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        }
    }
}
