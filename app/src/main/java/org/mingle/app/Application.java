package org.mingle.app;

import io.micronaut.runtime.Micronaut;
import java.lang.management.ManagementFactory;
import org.slf4j.LoggerFactory;

/** Starts Mingle: API on /api/*, UI on /*, one port. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        try {
            LogFormat.of(System.getenv(LogFormat.VARIABLE)).apply();
        } catch (IllegalArgumentException wrongFormat) {
            // Nothing can be logged before the log knows its format.
            System.err.println("Mingle did not start: " + wrongFormat.getMessage());
            System.exit(2);
        }
        if (BackupCommand.handles(args)) {
            System.exit(BackupCommand.run(args, System.out, System.err));
        }
        // jOOQ prints a banner and a "tip of the day" on first use: not what an operator wants in the log.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        HeapLimit.warning(ManagementFactory.getRuntimeMXBean().getInputArguments(), Runtime.getRuntime().maxMemory())
                .ifPresent(LoggerFactory.getLogger(Application.class)::warn);
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
