package org.mingle.domain.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.mingle.domain.shared.TemporarilyUnavailableException;

class PasswordHashingTest {

    @Test
    void noMoreHashesRunAtOnceThanThereAreRuns() throws Exception {
        var hashing = new PasswordHashing(2, Duration.ofSeconds(30));
        var running = new AtomicInteger();
        var most = new AtomicInteger();
        var pool = Executors.newFixedThreadPool(8);
        try {
            var done = new ArrayList<Future<String>>();
            for (int i = 0; i < 8; i++) {
                done.add(pool.submit(() -> hashing.bounded(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    LockSupport.parkNanos(50_000_000); // long enough that runs overlap whenever the bound lets them
                    var hash = new Argon2idHasher(new Argon2idHasher.Parameters(1024, 1, 1)).hash("a password to hash");
                    running.decrementAndGet();
                    return hash;
                })));
            }
            for (var result : done) {
                assertThat(result.get(60, TimeUnit.SECONDS)).startsWith("$argon2id$");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void aRequestThatWaitedTooLongIsToldToComeBack() throws Exception {
        var hashing = new PasswordHashing(1, Duration.ofMillis(100));
        var holding = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var holder = new Thread(() -> hashing.bounded(() -> {
            holding.countDown();
            await(release);
            return null;
        }));
        holder.start();
        try {
            holding.await();
            assertThatThrownBy(() -> hashing.verify("any password at all", null))
                    .isInstanceOfSatisfying(TemporarilyUnavailableException.class,
                            busy -> assertThat(busy.retryAfter()).isPositive());
        } finally {
            release.countDown();
            holder.join();
        }
        assertThat(hashing.verify("any password at all", null)).as("free again; no account").isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
