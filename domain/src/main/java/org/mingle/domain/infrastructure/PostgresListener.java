package org.mingle.domain.infrastructure;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on one PostgreSQL notification channel, on a database connection of its own (not the pool's: a pooled
 * connection would be returned and its LISTEN lost) that a daemon thread keeps open and opens again whenever it drops.
 * Notifications sent while it was down are lost; {@code resumed} runs each time listening starts again after a drop, so
 * the owner can catch up by other means.
 */
public final class PostgresListener {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresListener.class);
    private static final int POLL_MILLIS = 500;
    /** A connection that stays silent this long is checked with a query, so a dead one is noticed. */
    private static final long PROBE_AFTER_NANOS = Duration.ofSeconds(10).toNanos();
    private static final Duration RETRY = Duration.ofSeconds(1);

    private final DatasourceConfiguration datasource;
    private final String channel;
    private final String applicationName;
    private final CountDownLatch listening = new CountDownLatch(1);
    private volatile boolean running;
    private volatile Connection connection;
    private Thread thread;

    /**
     * @param channel         a plain identifier; it is written into the LISTEN statement
     * @param applicationName how the listening connection shows in {@code pg_stat_activity}
     */
    public PostgresListener(DatasourceConfiguration datasource, String channel, String applicationName) {
        this.datasource = Objects.requireNonNull(datasource, "datasource");
        if (!channel.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain channel name: " + channel);
        }
        this.channel = channel;
        this.applicationName = Objects.requireNonNull(applicationName, "applicationName");
    }

    /** Starts listening (once): each payload goes to {@code receiver}, on the listening thread. */
    public synchronized void start(Consumer<String> receiver, Runnable resumed) {
        if (thread != null) {
            return;
        }
        running = true;
        thread = new Thread(() -> listen(receiver, resumed), applicationName);
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits until the first LISTEN has been executed; false if that took longer than the timeout. */
    public boolean awaitListening(Duration timeout) throws InterruptedException {
        return listening.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            closeQuietly(connection);
        }
    }

    private void listen(Consumer<String> receiver, Runnable resumed) {
        boolean again = false;
        while (running) {
            try (Connection open = DriverManager.getConnection(datasource.getJdbcUrl(), credentials())) {
                connection = open;
                try (var statement = open.createStatement()) {
                    statement.execute("LISTEN " + channel);
                }
                listening.countDown();
                if (again) {
                    LOG.info("Listening on {} again", channel);
                    resumed.run();
                }
                again = true;
                receive(open, receiver);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warn("The connection listening on {} failed; retrying in {}", channel, RETRY, e);
                    pause();
                }
            }
        }
    }

    private Properties credentials() {
        Properties properties = new Properties();
        if (datasource.getUsername() != null) {
            properties.setProperty("user", datasource.getUsername());
        }
        if (datasource.getPassword() != null) {
            properties.setProperty("password", datasource.getPassword());
        }
        properties.setProperty("ApplicationName", applicationName);
        return properties;
    }

    private void receive(Connection open, Consumer<String> receiver) throws SQLException {
        PGConnection postgres = open.unwrap(PGConnection.class);
        long lastHeard = System.nanoTime();
        while (running) {
            PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
            if (notifications != null && notifications.length > 0) {
                lastHeard = System.nanoTime();
                for (PGNotification notification : notifications) {
                    deliver(receiver, notification.getParameter());
                }
            } else if (System.nanoTime() - lastHeard > PROBE_AFTER_NANOS) {
                try (var statement = open.createStatement()) {
                    statement.execute("select 1");
                }
                lastHeard = System.nanoTime();
            }
        }
    }

    private void deliver(Consumer<String> receiver, String payload) {
        try {
            receiver.accept(payload);
        } catch (RuntimeException e) {
            LOG.error("Could not handle the notification {} on {}", payload, channel, e);
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // stopping anyway
            }
        }
    }
}
