package org.mingle.domain.matching;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.mingle.domain.events.EventId;
import org.mingle.domain.infrastructure.PostgresNotifier;

/**
 * Tells the other instances about committed connections, after commit and several at a time (decision 27). A
 * transaction that sends a notification holds a lock shared by the whole database from its commit's start to its end,
 * so a burst of connections notifying inside their own transactions committed one at a time; here one statement
 * outside them carries whatever committed in the meantime. An instance that stops before sending loses nothing for
 * good: the others' connection counts fall behind the database and they read the event again.
 */
@Singleton
class ConnectionNotices {

    private final PostgresNotifier<ModelChange.Connected> notifier;

    ConnectionNotices(DSLContext sql) {
        this.notifier = new PostgresNotifier<>(sql, ModelVersions.CHANNEL, "mingle-connection-notices",
                ConnectionNotices::payloads);
    }

    /** Sends the pairs soon, together with any others queued by then. */
    void send(ModelChange.Connected connected) {
        notifier.send(List.of(connected));
    }

    /** One event's pairs together, in as few payloads as fit. */
    private static List<String> payloads(List<ModelChange.Connected> batch) {
        Map<EventId, List<Exclusions.Pair>> byEvent = new LinkedHashMap<>();
        for (var connected : batch) {
            byEvent.computeIfAbsent(connected.event(), event -> new ArrayList<>()).addAll(connected.pairs());
        }
        List<String> payloads = new ArrayList<>();
        byEvent.forEach((event, pairs) -> payloads.addAll(new ModelChange.Connected(event, pairs).payloads()));
        return payloads;
    }

    @PreDestroy
    void stop() {
        notifier.stop();
    }
}
