package org.mingle.testsupport;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waiting in tests for what happens on another thread or instance (a notification, a refresh, a mail queued). */
public final class Await {

    private static final long PAUSE_MILLIS = 20;

    private Await() {
    }

    /**
     * Checks the condition until it holds, pausing 20 ms between checks.
     *
     * @param waitingFor what the test waited for, as the failure should say it (asked only on failure)
     * @throws AssertionError when the condition still does not hold after the timeout
     */
    public static void until(BooleanSupplier condition, Duration timeout, Supplier<String> waitingFor) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + timeout + " for " + waitingFor.get());
            }
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
