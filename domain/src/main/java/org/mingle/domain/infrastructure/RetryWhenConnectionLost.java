package org.mingle.domain.infrastructure;

import io.micronaut.aop.InterceptPhase;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import org.mingle.domain.health.DatabaseFaults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a transactional service method once more when the database connection was lost while it ran, and answers
 * "temporarily unavailable" when that does not help. Only where that is safe: around the outermost transaction (a
 * joined one belongs to its caller), and only if the transaction cannot have committed, that is, unless the method
 * body had returned and the loss struck at the commit itself (a read-only transaction is always safe to repeat).
 * Everything a transaction wrote is rolled back with it, so the second run starts from where the first did; an
 * idempotency key is recorded in the same transaction, so replays stay exact.
 */
@Singleton
@InterceptorBean(Transactional.class)
final class RetryWhenConnectionLost implements MethodInterceptor<Object, Object> {

    private static final Logger LOG = LoggerFactory.getLogger(RetryWhenConnectionLost.class);

    private final TransactionOperations<Connection> transactions;
    private final DatabaseFaults faults;

    RetryWhenConnectionLost(TransactionOperations<Connection> transactions, DatabaseFaults faults) {
        this.transactions = transactions;
        this.faults = faults;
    }

    @Override
    public int getOrder() {
        return InterceptPhase.TRANSACTION.getPosition() - 1; // just outside the transaction
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        if (transactions.findTransactionStatus().isPresent()) {
            return context.proceed();
        }
        boolean readOnly = context.booleanValue(Transactional.class, "readOnly").orElse(false);
        for (int run = 1; ; run++) {
            TransactionBodyOutcome.forget(context);
            try {
                return run == 1 ? context.proceed() : context.proceed(this);
            } catch (RuntimeException failure) {
                var body = TransactionBodyOutcome.of(context);
                boolean lost = faults.isConnectionLost(failure)
                        || body.filter(TransactionBodyOutcome.Outcome.LOST_CONNECTION::equals).isPresent();
                if (!lost) {
                    throw failure;
                }
                boolean mayHaveCommitted = !readOnly
                        && body.filter(TransactionBodyOutcome.Outcome.RETURNED::equals).isPresent();
                if (run > 1 || mayHaveCommitted) {
                    LOG.warn("Database connection lost in {} ({}); answering \"temporarily unavailable\"",
                            context.getExecutableMethod(), mayHaveCommitted ? "at commit" : "again", failure);
                    throw faults.unavailable(failure);
                }
                LOG.warn("Database connection lost in {} before commit; running it once more: {}",
                        context.getExecutableMethod(), failure.toString());
            }
        }
    }
}
