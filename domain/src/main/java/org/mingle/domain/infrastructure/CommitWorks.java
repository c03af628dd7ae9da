package org.mingle.domain.infrastructure;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Attaches {@link CommitWork} to the transaction in progress, one piece per owner and transaction, so a feature can
 * gather what a transaction changed and act on all of it at commit, whatever the number of changes.
 */
@Singleton
public class CommitWorks {

    private final TransactionOperations<Connection> transactions;
    private final Map<Key, Attached> attached = new ConcurrentHashMap<>();

    CommitWorks(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    private record Key(Connection transaction, Object owner) {
    }

    /** Runs the action inside the transaction in progress, or inside a new one when there is none. */
    public void inTransaction(Runnable action) {
        if (transactions.findTransactionStatus().isPresent()) {
            action.run();
        } else {
            transactions.executeWrite(status -> {
                action.run();
                return null;
            });
        }
    }

    /**
     * The owner's work for the transaction in progress, created and attached on first use.
     *
     * @throws IllegalStateException outside a transaction
     */
    @SuppressWarnings("unchecked")
    public <W extends CommitWork> W current(Object owner, Supplier<W> create) {
        var status = transactions.findTransactionStatus()
                .orElseThrow(() -> new IllegalStateException("no transaction in progress"));
        Key key = new Key((Connection) status.getConnection(), owner);
        return (W) attached.computeIfAbsent(key, ignored -> {
            Attached created = new Attached(key, create.get());
            status.registerSynchronization(created);
            return created;
        }).work;
    }

    private final class Attached implements TransactionSynchronization {

        private final Key key;
        private final CommitWork work;

        Attached(Key key, CommitWork work) {
            this.key = key;
            this.work = work;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            work.beforeCommit();
        }

        @Override
        public void afterCommit() {
            work.afterCommit();
        }

        @Override
        public void afterCompletion(Status status) {
            attached.remove(key, this);
        }
    }
}
