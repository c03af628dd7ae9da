package org.mingle.domain.matching;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.function.Consumer;
import org.mingle.domain.infrastructure.PostgresListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens for the matching changes other instances (and this one) commit. Notifications sent while the listening
 * connection was down are lost; the {@code interrupted} callback then lets the models compare versions at once.
 */
@Singleton
class ModelNotifications {

    private static final Logger LOG = LoggerFactory.getLogger(ModelNotifications.class);
    /** How the listening connection shows in {@code pg_stat_activity}. */
    static final String APPLICATION_NAME = "mingle-matching-listener";

    private final PostgresListener listener;

    ModelNotifications(@Named("default") DatasourceConfiguration datasource) {
        this.listener = new PostgresListener(datasource, ModelVersions.CHANNEL, APPLICATION_NAME);
    }

    /**
     * Starts listening (once); each message goes to {@code receiver}, each batch of connected pairs to
     * {@code connections}, and {@code interrupted} runs each time listening resumes after the connection dropped.
     */
    void start(Consumer<ModelChange.Message> receiver, Consumer<ModelChange.Connected> connections,
               Runnable interrupted) {
        listener.start(payload -> deliver(payload, receiver, connections), interrupted);
    }

    /** Waits until the first LISTEN has been executed; false if that took longer than the timeout. */
    boolean awaitListening(Duration timeout) throws InterruptedException {
        return listener.awaitListening(timeout);
    }

    void stop() {
        listener.stop();
    }

    private static void deliver(String payload, Consumer<ModelChange.Message> receiver,
                                Consumer<ModelChange.Connected> connections) {
        var connected = ModelChange.Connected.parse(payload);
        if (connected.isPresent()) {
            connections.accept(connected.get());
            return;
        }
        var message = ModelChange.Message.parse(payload);
        if (message.isEmpty()) {
            LOG.warn("Ignored a notification on {} that is not a matching change: {}", ModelVersions.CHANNEL, payload);
            return;
        }
        receiver.accept(message.get());
    }
}
