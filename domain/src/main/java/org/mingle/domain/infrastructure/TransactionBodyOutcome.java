package org.mingle.domain.infrastructure;

import io.micronaut.aop.InterceptPhase;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.mingle.domain.health.DatabaseFaults;

/**
 * Notes, just inside the transaction, how a transactional method's body ended, for {@link RetryWhenConnectionLost}:
 * a failure after the body returned came from the commit, whose outcome is unknown; and a lost connection is seen
 * here as it happened, before closing the broken connection fails too and that failure is what propagates.
 */
@Singleton
@InterceptorBean(Transactional.class)
final class TransactionBodyOutcome implements MethodInterceptor<Object, Object> {

    enum Outcome { RETURNED, LOST_CONNECTION, FAILED }

    private static final String ATTRIBUTE = TransactionBodyOutcome.class.getName();

    private final DatabaseFaults faults;

    TransactionBodyOutcome(DatabaseFaults faults) {
        this.faults = faults;
    }

    @Override
    public int getOrder() {
        return InterceptPhase.TRANSACTION.getPosition() + 1; // just inside the transaction
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        try {
            var result = context.proceed();
            context.setAttribute(ATTRIBUTE, Outcome.RETURNED);
            return result;
        } catch (RuntimeException failure) {
            context.setAttribute(ATTRIBUTE, faults.isConnectionLost(failure) ? Outcome.LOST_CONNECTION : Outcome.FAILED);
            throw failure;
        }
    }

    static Optional<Outcome> of(MethodInvocationContext<Object, Object> context) {
        return context.getAttribute(ATTRIBUTE, Outcome.class);
    }

    static void forget(MethodInvocationContext<Object, Object> context) {
        context.removeAttribute(ATTRIBUTE, Outcome.class);
    }
}
