package org.mingle.domain.infrastructure;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.ConnectionProvider;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connections to the replica for report queries, each statement in a read-only transaction of its own (so cursors
 * stream, as they do on the primary). While the replica cannot be reached, statements take the primary's connections
 * instead and the replica is tried again after a pause: a report answers from the primary rather than failing, and
 * the switch is logged once each way.
 */
final class ReplicaConnectionProvider implements ConnectionProvider, AutoCloseable {

    static final Duration RETRY_AFTER = Duration.ofSeconds(15);

    private static final Logger LOG = LoggerFactory.getLogger(ReplicaConnectionProvider.class);
    /** Short: a replica that does not answer should cost a report this much once, not the primary's 10 s each time. */
    private static final long CONNECTION_TIMEOUT_MILLIS = 2_000;

    private final HikariDataSource pool;
    private final Duration retryAfter;
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicLong retryAtNanos = new AtomicLong();
    private final Set<Connection> fromReplica = Collections.synchronizedSet(
            Collections.newSetFromMap(new IdentityHashMap<>()));
    private volatile ConnectionProvider primary;

    ReplicaConnectionProvider(String url, String user, String password, int poolSize, Duration retryAfter) {
        var config = new HikariConfig();
        config.setPoolName("mingle-replica");
        config.setDriverClassName("org.postgresql.Driver");
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
        config.setInitializationFailTimeout(-1); // a replica that is down at start-up must not stop Mingle
        config.setAutoCommit(false);
        config.setReadOnly(true);
        this.pool = new HikariDataSource(config);
        this.retryAfter = retryAfter;
    }

    void fallBackTo(ConnectionProvider primaryConnections) {
        this.primary = primaryConnections;
    }

    @Override
    public Connection acquire() {
        if (!down.get() || System.nanoTime() - retryAtNanos.get() >= 0) {
            try {
                var connection = pool.getConnection();
                fromReplica.add(connection);
                if (down.compareAndSet(true, false)) {
                    LOG.info("Reports read the replica again");
                }
                return connection;
            } catch (SQLException unreachable) {
                retryAtNanos.set(System.nanoTime() + retryAfter.toNanos());
                if (down.compareAndSet(false, true)) {
                    LOG.warn("Reports read the primary: the replica cannot be reached ({}); trying it again every {} s",
                            unreachable.getMessage(), retryAfter.toSeconds());
                }
            }
        }
        return primary.acquire();
    }

    @Override
    public void release(Connection connection) {
        if (!fromReplica.remove(connection)) {
            primary.release(connection);
            return;
        }
        try (connection) {
            connection.rollback(); // only read: ends the statement's read-only transaction
        } catch (SQLException e) {
            throw new DataAccessException("Could not return a replica connection", e);
        }
    }

    /** True while reports read the primary because the replica could not be reached. */
    boolean readingPrimary() {
        return down.get();
    }

    @Override
    public void close() {
        pool.close();
    }
}
