package org.mingle.domain.infrastructure;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.OptionalInt;
import java.util.function.IntSupplier;
import org.jooq.DSLContext;

/**
 * Runs a scheduled job's pass on one instance at a time (decision 59): the pass runs in a transaction that first takes
 * the job's PostgreSQL advisory lock with {@code pg_try_advisory_xact_lock}; an instance that finds the lock taken
 * skips its pass, since another instance is doing the same work right now. The lock goes with the transaction, so an
 * instance that dies mid-pass holds nothing. For passes that are one short transaction (clean-ups); jobs that work
 * in many transactions claim their rows instead ({@code FOR UPDATE SKIP LOCKED}).
 */
@Singleton
public class JobLocks {

    /** The first half of every job lock's key, so they never meet other advisory locks (two-key space). */
    static final int NAMESPACE = 0x4d4a4f42; // "MJOB"

    private final DSLContext sql;
    private final TransactionOperations<Connection> transactions;

    public JobLocks(DSLContext sql, TransactionOperations<Connection> transactions) {
        this.sql = sql;
        this.transactions = transactions;
    }

    /**
     * Runs {@code pass} in a transaction holding the job's lock, unless another instance holds it; what the pass
     * answered (such as how many rows it deleted), or empty when it was skipped.
     */
    public OptionalInt runAlone(String job, IntSupplier pass) {
        return transactions.executeWrite(status -> {
            Boolean locked = sql.fetchSingle("select pg_try_advisory_xact_lock(?, hashtext(?))", NAMESPACE, job)
                    .get(0, Boolean.class);
            return Boolean.TRUE.equals(locked) ? OptionalInt.of(pass.getAsInt())
                    : OptionalInt.empty();
        });
    }
}
