package org.mingle.domain.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/** Writes tried while another transaction holds an event's row locked: what waits for a busy event, and what does not. */
public final class EventRowLocks {

    /** What PostgreSQL runs to check a foreign key to the event's row. */
    public static final String FOREIGN_KEY_CHECK = "select 1 from events where id = ? for key share";

    private EventRowLocks() {
    }

    /**
     * Whether {@code write}, in a transaction of its own, finishes within a second while another transaction holds the
     * event's row as {@code lock} does; false when it gave up waiting for a lock.
     */
    public static boolean writesWhileLocked(TransactionOperations<Connection> transactions, DSLContext sql,
                                            EventId event, Consumer<EventId> lock, Runnable write) throws Exception {
        var locked = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var pool = Executors.newSingleThreadExecutor();
        try {
            var holder = pool.submit(() -> transactions.executeWrite(status -> {
                lock.accept(event);
                locked.countDown();
                return release.await(10, TimeUnit.SECONDS);
            }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            try {
                return transactions.executeWrite(status -> {
                    sql.execute("set local lock_timeout = '1s'");
                    write.run();
                    return true;
                });
            } catch (DataAccessException timedOut) {
                assertThat(timedOut.sqlState()).isEqualTo("55P03"); // lock_not_available
                return false;
            } finally {
                release.countDown();
                holder.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
