package org.mingle.domain.health;

import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.mingle.domain.shared.TemporarilyUnavailableException;

/**
 * Recognises the failures after which the database connection is gone, through no fault of the request: PostgreSQL
 * shut the session down ({@code 57P01} admin shutdown, {@code 57P02} crash shutdown, {@code 57P03} cannot connect
 * now), the connection broke (SQLSTATE class {@code 08}), the pool had no connection to give in time, or the pool's
 * connection was closed under the request (HikariCP then answers every call with "Connection is closed", without a
 * SQLSTATE: seen when PostgreSQL restarted between a request taking its connection and using it).
 */
@Singleton
public class DatabaseFaults {

    /** How long a client is asked to wait: a restarted server or a failed-over replica is usually back by then. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(2);
    public static final String MESSAGE = "The database could not be reached for a moment. Please try again.";
    /** What HikariCP's stand-in for a connection it has closed throws on every call. */
    static final String POOL_CONNECTION_CLOSED = "Connection is closed";

    /** Whether the failure, or anything that caused it or was suppressed with it, is a lost connection. */
    public boolean isConnectionLost(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        var pending = new ArrayDeque<Throwable>();
        if (failure != null) {
            pending.add(failure);
        }
        while (!pending.isEmpty() && seen.size() < 50) {
            var next = pending.poll();
            if (!seen.add(next)) {
                continue;
            }
            if (next instanceof SQLException sql && isConnectionLost(sql)) {
                return true;
            }
            if (next.getCause() != null) {
                pending.add(next.getCause());
            }
            Collections.addAll(pending, next.getSuppressed());
        }
        return false;
    }

    /** The answer for a request that failed this way. */
    public TemporarilyUnavailableException unavailable(Throwable cause) {
        var unavailable = new TemporarilyUnavailableException(MESSAGE, RETRY_AFTER);
        unavailable.initCause(cause);
        return unavailable;
    }

    private static boolean isConnectionLost(SQLException failure) {
        String state = failure.getSQLState();
        return failure instanceof SQLTransientConnectionException
                || state == null && POOL_CONNECTION_CLOSED.equals(failure.getMessage())
                || state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
