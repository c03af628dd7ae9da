package org.mingle.domain.accounts;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.mingle.domain.shared.TemporarilyUnavailableException;

/**
 * Password hashing with as many Argon2id runs at once as there are cores: each run takes 19 MiB and a core for tens
 * of milliseconds, so more at once would only add memory, not throughput. A flood of log-ins waits here in arrival
 * order (a fair semaphore) on the request threads, and one that waited {@link #WAIT} is answered "busy" instead.
 */
@Singleton
class PasswordHashing {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final Argon2idHasher hasher = new Argon2idHasher(Argon2idHasher.OWASP_MINIMUM);
    private final Semaphore runs;
    private final Duration wait;
    /** A valid hash of a random password, verified when the account does not exist so both cases take as long. */
    private final String decoy;

    PasswordHashing() {
        this(Math.max(1, Runtime.getRuntime().availableProcessors()), WAIT);
    }

    PasswordHashing(int parallelRuns, Duration wait) {
        this.runs = new Semaphore(parallelRuns, true);
        this.wait = wait;
        decoy = hasher.hash(UUID.randomUUID().toString());
    }

    String hash(String password) {
        return bounded(() -> hasher.hash(password));
    }

    boolean verify(String password, String encodedOrNull) {
        return bounded(() -> hasher.verify(password, encodedOrNull == null ? decoy : encodedOrNull))
                && encodedOrNull != null;
    }

    /** Runs {@code work} once one of the runs is free, or refuses it as "busy" after waiting too long. */
    <T> T bounded(Supplier<T> work) {
        try {
            if (!runs.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
        try {
            return work.get();
        } finally {
            runs.release();
        }
    }

    private static TemporarilyUnavailableException busy() {
        return new TemporarilyUnavailableException(
                "The server is busy checking passwords. Please try again in a few seconds.", RETRY_AFTER);
    }
}
