package org.mingle.testsupport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Real parallel calls for concurrency tests: every action on its own thread, released at the same moment. */
public final class Parallel {

    private Parallel() {
    }

    /** Runs the action on {@code times} threads at once (passes of one worker on several instances, say). */
    public static List<Object> run(int times, Callable<Object> action) throws InterruptedException {
        return run(Collections.nCopies(times, action));
    }

    /** Runs the actions at once and returns, in order, each one's result or the exception it threw. */
    public static List<Object> run(List<Callable<Object>> actions) throws InterruptedException {
        var pool = Executors.newFixedThreadPool(actions.size());
        try {
            var start = new CountDownLatch(1);
            var futures = new ArrayList<Future<Object>>();
            for (var action : actions) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return action.call();
                }));
            }
            start.countDown();
            var outcomes = new ArrayList<>();
            for (var future : futures) {
                try {
                    outcomes.add(future.get());
                } catch (ExecutionException failed) {
                    outcomes.add(failed.getCause());
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
