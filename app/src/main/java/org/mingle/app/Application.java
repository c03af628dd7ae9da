package org.mingle.app;

import io.micronaut.runtime.Micronaut;

/** Starts Mingle: API on /api/*, UI on /*, one port. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
