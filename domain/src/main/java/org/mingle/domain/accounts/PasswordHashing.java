package org.mingle.domain.accounts;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs password hashing on a small, bounded pool: a flood of log-ins queues here (and is refused once the queue is
 * full) instead of taking every request thread and the memory of dozens of parallel Argon2 runs.
 */
@Singleton
class PasswordHashing {

    private static final int QUEUE = 64;
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** A valid hash of a random password, verified when the account does not exist so both cases take as long. */
    private final String decoy;
    private final Argon2idHasher hasher = new Argon2idHasher(Argon2idHasher.OWASP_MINIMUM);
    private final ThreadPoolExecutor pool;

    PasswordHashing() {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        var counter = new AtomicInteger();
        pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), runnable -> {
            var thread = new Thread(runnable, "password-hashing-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.AbortPolicy());
        decoy = hasher.hash(java.util.UUID.randomUUID().toString());
    }

    String hash(String password) {
        return run(() -> hasher.hash(password));
    }

    boolean verify(String password, String encodedOrNull) {
        return run(() -> hasher.verify(password, encodedOrNull == null ? decoy : encodedOrNull)) && encodedOrNull != null;
    }

    private <T> T run(Callable<T> work) {
        try {
            return pool.submit(work).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException | TimeoutException busy) {
            throw new LoginThrottledException(Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while hashing a password", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Password hashing failed", e.getCause());
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
