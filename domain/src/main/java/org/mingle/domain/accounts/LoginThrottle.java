package org.mingle.domain.accounts;

import static org.mingle.db.jooq.Tables.LOGIN_THROTTLE;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import org.jooq.DSLContext;

/** Failed log-in counts kept in PostgreSQL, so every app instance throttles the same way. */
@Singleton
class LoginThrottle {

    private final DSLContext sql;

    LoginThrottle(DSLContext sql) {
        this.sql = sql;
    }

    Duration waitBefore(String key, LoginThrottlePolicy policy, Instant now) {
        var row = sql.selectFrom(LOGIN_THROTTLE).where(LOGIN_THROTTLE.THROTTLE_KEY.eq(key)).fetchOne();
        if (row == null) {
            return Duration.ZERO;
        }
        return policy.waitBefore(new LoginThrottlePolicy.State(row.getFailures(), row.getWindowStart(),
                row.getBlockedUntil()), now);
    }

    /** Counts one more failure; the row lock makes parallel failures count one by one. */
    @Transactional
    public void recordFailure(String key, LoginThrottlePolicy policy, Instant now) {
        sql.insertInto(LOGIN_THROTTLE, LOGIN_THROTTLE.THROTTLE_KEY, LOGIN_THROTTLE.FAILURES, LOGIN_THROTTLE.WINDOW_START)
                .values(key, 0, now).onConflictDoNothing().execute();
        var row = sql.selectFrom(LOGIN_THROTTLE).where(LOGIN_THROTTLE.THROTTLE_KEY.eq(key)).forUpdate().fetchSingle();
        var next = policy.afterFailure(new LoginThrottlePolicy.State(row.getFailures(), row.getWindowStart(),
                row.getBlockedUntil()), now);
        sql.update(LOGIN_THROTTLE)
                .set(LOGIN_THROTTLE.FAILURES, next.failures())
                .set(LOGIN_THROTTLE.WINDOW_START, next.windowStart())
                .set(LOGIN_THROTTLE.BLOCKED_UNTIL, next.blockedUntil())
                .where(LOGIN_THROTTLE.THROTTLE_KEY.eq(key))
                .execute();
    }

    void clear(String key) {
        sql.deleteFrom(LOGIN_THROTTLE).where(LOGIN_THROTTLE.THROTTLE_KEY.eq(key)).execute();
    }
}
