package org.mingle.domain.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.testsupport.MicronautPostgres;
import org.mingle.testsupport.Parallel;

/**
 * Two instances' passes of one job at the same moment, each in a real transaction of its own (decision 59): with the
 * job's lock one of them works and the other skips; without it both do the same work.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobLocksTest implements MicronautPostgres {

    @Inject
    JobLocks locks;

    @Test
    void ofTwoPassesAtOnceOneWorksAndTheOtherSkips() throws Exception {
        var overlap = new Overlap();

        var outcomes = Parallel.run(List.<Callable<Object>>of(
                () -> locks.runAlone("test-job", overlap::pass), () -> locks.runAlone("test-job", overlap::pass)));

        assertThat(overlap.entered.get()).as("passes that did the work").isEqualTo(1);
        assertThat(outcomes).containsExactlyInAnyOrder(OptionalInt.of(1), OptionalInt.empty());
    }

    @Test
    void negativeControlWithoutTheLockBothPassesDoTheWork() throws Exception {
        var overlap = new Overlap();

        Parallel.run(List.<Callable<Object>>of(() -> overlap.pass(), () -> overlap.pass()));

        assertThat(overlap.entered.get()).isEqualTo(2);
    }

    @Test
    void differentJobsDoNotWaitForEachOther() throws Exception {
        var overlap = new Overlap();

        var outcomes = Parallel.run(List.<Callable<Object>>of(
                () -> locks.runAlone("one-job", overlap::pass), () -> locks.runAlone("another-job", overlap::pass)));

        assertThat(outcomes).containsOnly(OptionalInt.of(1));
    }

    @Test
    void theLockIsFreeAgainOnceAPassIsOver() {
        IntSupplier pass = () -> 7;

        assertThat(locks.runAlone("test-job", pass)).hasValue(7);
        assertThat(locks.runAlone("test-job", pass)).hasValue(7);
    }

    /** A pass that waits (up to a second) for another pass to be inside at the same time. */
    private static final class Overlap {

        private final AtomicInteger entered = new AtomicInteger();
        private final CountDownLatch both = new CountDownLatch(2);

        int pass() {
            entered.incrementAndGet();
            both.countDown();
            try {
                both.await(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 1;
        }
    }
}
