package org.mingle.app;

import io.micronaut.runtime.Micronaut;

/** Starts Mingle: API on /api/*, UI on /*, one port. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        // jOOQ prints a banner and a "tip of the day" on first use: not what an operator wants in the log.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
