package org.mingle.domain.matching;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens for the changes other instances (and this one) commit, on one database connection of its own that is kept
 * open by a daemon thread and opened again whenever it drops. Notifications sent while it was down are lost; the
 * {@code interrupted} callback then lets the models compare versions at once.
 */
@Singleton
class ModelNotifications {

    private static final Logger LOG = LoggerFactory.getLogger(ModelNotifications.class);
    private static final int POLL_MILLIS = 500;
    /** A connection that stays silent this long is checked with a query, so a dead one is noticed. */
    private static final long PROBE_AFTER_NANOS = Duration.ofSeconds(10).toNanos();
    private static final Duration RETRY = Duration.ofSeconds(1);
    /** How the listening connection shows in {@code pg_stat_activity}. */
    static final String APPLICATION_NAME = "mingle-matching-listener";

    private final DatasourceConfiguration datasource;
    private final CountDownLatch listening = new CountDownLatch(1);
    private volatile boolean running;
    private volatile Connection connection;
    private Thread thread;

    ModelNotifications(@Named("default") DatasourceConfiguration datasource) {
        this.datasource = datasource;
    }

    /**
     * Starts listening (once); each message goes to {@code receiver}, each batch of connected pairs to
     * {@code connections}, and {@code interrupted} runs each time listening resumes after the connection dropped.
     */
    synchronized void start(Consumer<ModelChange.Message> receiver, Consumer<ModelChange.Connected> connections,
                            Runnable interrupted) {
        if (thread != null) {
            return;
        }
        running = true;
        Consumer<String> deliver = payload -> deliver(payload, receiver, connections);
        thread = new Thread(() -> listen(deliver, interrupted), "mingle-matching-notifications");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits until the first LISTEN has been executed; false if that took longer than the timeout. */
    boolean awaitListening(Duration timeout) throws InterruptedException {
        return listening.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            closeQuietly(connection);
        }
    }

    private void listen(Consumer<String> receiver, Runnable interrupted) {
        boolean resumed = false;
        while (running) {
            try (Connection open = DriverManager.getConnection(datasource.getJdbcUrl(), credentials())) {
                connection = open;
                try (var statement = open.createStatement()) {
                    statement.execute("LISTEN " + ModelVersions.CHANNEL);
                }
                listening.countDown();
                if (resumed) {
                    LOG.info("Listening for matching changes again");
                    interrupted.run();
                }
                resumed = true;
                receive(open, receiver);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warn("The connection listening for matching changes failed; retrying in {}", RETRY, e);
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
        properties.setProperty("ApplicationName", APPLICATION_NAME);
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
                    receiver.accept(notification.getParameter());
                }
            } else if (System.nanoTime() - lastHeard > PROBE_AFTER_NANOS) {
                try (var statement = open.createStatement()) {
                    statement.execute("select 1");
                }
                lastHeard = System.nanoTime();
            }
        }
    }

    private static void deliver(String payload, Consumer<ModelChange.Message> receiver,
                                Consumer<ModelChange.Connected> connections) {
        var connected = ModelChange.Connected.parse(payload);
        if (connected.isPresent()) {
            try {
                connections.accept(connected.get());
            } catch (RuntimeException e) {
                LOG.error("Could not apply the connections {}", payload, e);
            }
            return;
        }
        var message = ModelChange.Message.parse(payload);
        if (message.isEmpty()) {
            LOG.warn("Ignored a notification on {} that is not a matching change: {}", ModelVersions.CHANNEL, payload);
            return;
        }
        try {
            receiver.accept(message.get());
        } catch (RuntimeException e) {
            LOG.error("Could not apply the matching change {}", payload, e);
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
