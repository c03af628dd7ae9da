package org.mingle.domain.matching;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jooq.DSLContext;
import org.mingle.domain.events.EventId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the other instances about committed connections, after commit and several at a time (decision 27). A
 * transaction that sends a notification holds a lock shared by the whole database from its commit's start to its end,
 * so a burst of connections notifying inside their own transactions committed one at a time; here one statement
 * outside them carries whatever committed in the meantime. An instance that stops before sending loses nothing for
 * good: the others' connection counts fall behind the database and they read the event again.
 */
@Singleton
class ConnectionNotices {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionNotices.class);

    private final DSLContext sql;
    private final ConcurrentLinkedQueue<ModelChange.Connected> queued = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean flushing = new AtomicBoolean();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mingle-connection-notices");
        thread.setDaemon(true);
        return thread;
    });

    ConnectionNotices(DSLContext sql) {
        this.sql = sql;
    }

    /** Sends the pairs soon, together with any others queued by then. */
    void send(ModelChange.Connected connected) {
        queued.add(connected);
        if (flushing.compareAndSet(false, true)) {
            sender.execute(this::flush);
        }
    }

    private void flush() {
        flushing.set(false); // what is queued from now on gets a flush of its own
        Map<EventId, List<Exclusions.Pair>> byEvent = new LinkedHashMap<>();
        for (var next = queued.poll(); next != null; next = queued.poll()) {
            byEvent.computeIfAbsent(next.event(), event -> new ArrayList<>()).addAll(next.pairs());
        }
        List<String> payloads = new ArrayList<>();
        byEvent.forEach((event, pairs) -> payloads.addAll(new ModelChange.Connected(event, pairs).payloads()));
        if (payloads.isEmpty()) {
            return;
        }
        try {
            sql.fetch("select pg_notify(?, payload) from unnest(cast(? as text[])) as payload", ModelVersions.CHANNEL,
                    payloads.toArray(String[]::new));
        } catch (RuntimeException e) {
            LOG.warn("Could not tell other instances about {} connection notices; their checks will catch up",
                    payloads.size(), e);
        }
    }

    @PreDestroy
    void stop() {
        sender.shutdown();
    }
}
