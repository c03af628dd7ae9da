package org.mingle.domain.accounts;

import static org.mingle.db.jooq.Tables.LOGIN_THROTTLE;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Throttle counts kept in PostgreSQL, so every app instance throttles alike. One row per key; the key says what is
 * counted ({@code pair:}, {@code client:}, {@code account:}, their {@code -pending:} log-ins, {@code signup:}), and
 * {@code failures} holds the attempts of the current window.
 */
@Singleton
class ThrottleCounts {

    private final DSLContext sql;

    ThrottleCounts(DSLContext sql) {
        this.sql = sql;
    }

    /**
     * Locks the keys' rows, creating missing ones, until the transaction ends, and answers their counts in the order
     * given. Each key's advisory lock is taken first, all in one global order, so transactions that lock overlapping
     * keys never wait on each other in a cycle. Row locks alone could: a count that drops to nothing is deleted, and
     * a transaction that finds a row gone inserts it again while holding rows that sort after it.
     */
    Map<String, ThrottleCount> lock(List<String> keys, Instant now) {
        keys.stream().map(ThrottleCounts::lockId).distinct().sorted()
                .forEach(id -> sql.fetch("select pg_advisory_xact_lock(?)", id));
        var found = new java.util.HashMap<String, ThrottleCount>();
        // A row can be deleted between the insert and the lock (a count that dropped to nothing): insert it again.
        for (int round = 0; round < 3 && found.size() < keys.size(); round++) {
            var insert = sql.insertInto(LOGIN_THROTTLE, LOGIN_THROTTLE.THROTTLE_KEY, LOGIN_THROTTLE.FAILURES,
                    LOGIN_THROTTLE.WINDOW_START);
            // In key order, the order the rows are then locked in: a key inserted (or waited for, where another
            // transaction deleted it) out of that order can deadlock with a transaction locking in key order.
            for (var key : keys.stream().sorted().toList()) {
                insert = insert.values(key, 0, now);
            }
            insert.onConflictDoNothing().execute();
            sql.selectFrom(LOGIN_THROTTLE).where(LOGIN_THROTTLE.THROTTLE_KEY.in(keys))
                    .orderBy(LOGIN_THROTTLE.THROTTLE_KEY).forUpdate()
                    .forEach(row -> found.put(row.getThrottleKey(),
                            new ThrottleCount(row.getFailures(), row.getWindowStart(), row.getBlockedUntil())));
        }
        if (found.size() < keys.size()) {
            throw new IllegalStateException("Throttle counts kept disappearing while being locked");
        }
        var counts = new LinkedHashMap<String, ThrottleCount>();
        keys.forEach(key -> counts.put(key, found.get(key)));
        return counts;
    }

    /** A key's advisory lock: 64 bits of a hash of the key, named so that no other lock shares it by chance. */
    static long lockId(String key) {
        return UUID.nameUUIDFromBytes(("login-throttle:" + key).getBytes(StandardCharsets.UTF_8))
                .getMostSignificantBits();
    }

    ThrottleCount read(String key, Instant now) {
        var row = sql.selectFrom(LOGIN_THROTTLE).where(LOGIN_THROTTLE.THROTTLE_KEY.eq(key)).fetchOne();
        return row == null ? ThrottleCount.none(now)
                : new ThrottleCount(row.getFailures(), row.getWindowStart(), row.getBlockedUntil());
    }

    /** Writes a locked key's count; a count of nothing is removed. */
    void save(String key, ThrottleCount count) {
        if (count.attempts() == 0 && count.blockedUntil() == null) {
            delete(key);
            return;
        }
        sql.update(LOGIN_THROTTLE)
                .set(LOGIN_THROTTLE.FAILURES, count.attempts())
                .set(LOGIN_THROTTLE.WINDOW_START, count.windowStart())
                .set(LOGIN_THROTTLE.BLOCKED_UNTIL, count.blockedUntil())
                .where(LOGIN_THROTTLE.THROTTLE_KEY.eq(key))
                .execute();
    }

    void delete(String key) {
        sql.deleteFrom(LOGIN_THROTTLE).where(LOGIN_THROTTLE.THROTTLE_KEY.eq(key)).execute();
    }

    /** Removes the rows whose window began before {@code windowBefore} and that make nobody wait any more. */
    int deleteExpired(Instant windowBefore, Instant now) {
        // Rows a log-in holds are left for the next run: the clean-up never waits for a log-in, so never with one.
        var expired = sql.select(LOGIN_THROTTLE.THROTTLE_KEY).from(LOGIN_THROTTLE)
                .where(LOGIN_THROTTLE.WINDOW_START.lt(windowBefore))
                .and(LOGIN_THROTTLE.BLOCKED_UNTIL.isNull().or(LOGIN_THROTTLE.BLOCKED_UNTIL.le(now)))
                .forUpdate().skipLocked();
        return sql.deleteFrom(LOGIN_THROTTLE).where(LOGIN_THROTTLE.THROTTLE_KEY.in(expired)).execute();
    }
}
