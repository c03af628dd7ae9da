package org.mingle.domain.infrastructure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends notifications on one PostgreSQL channel after commit, from a thread of its own and several at a time: one
 * {@code pg_notify} statement, outside any transaction, carries whatever was queued meanwhile. A transaction that
 * notifies holds a lock shared by the whole database from the start of its commit to its end (decision 27), so
 * notifying inside busy transactions makes them commit one at a time. A notice lost here (the process stops, the
 * database is away) is lost: listeners must be able to catch up by other means.
 *
 * @param <T> what is queued; {@code payloads} turns a batch of it into the notifications' texts
 */
public final class PostgresNotifier<T> {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresNotifier.class);

    private final DSLContext sql;
    private final String channel;
    private final Function<List<T>, List<String>> payloads;
    private final ConcurrentLinkedQueue<T> queued = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean flushing = new AtomicBoolean();
    private final ExecutorService sender;

    public PostgresNotifier(DSLContext sql, String channel, String threadName,
                            Function<List<T>, List<String>> payloads) {
        this.sql = Objects.requireNonNull(sql, "sql");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.payloads = Objects.requireNonNull(payloads, "payloads");
        this.sender = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Sends the items soon, together with any others queued by then. */
    public void send(Collection<T> items) {
        queued.addAll(items);
        if (flushing.compareAndSet(false, true)) {
            sender.execute(this::flush);
        }
    }

    public void stop() {
        sender.shutdown();
    }

    private void flush() {
        flushing.set(false); // what is queued from now on gets a flush of its own
        List<T> batch = new ArrayList<>();
        for (var next = queued.poll(); next != null; next = queued.poll()) {
            batch.add(next);
        }
        var texts = batch.isEmpty() ? List.<String>of() : payloads.apply(batch);
        if (texts.isEmpty()) {
            return;
        }
        try {
            sql.fetch("select pg_notify(?, payload) from unnest(cast(? as text[])) as payload", channel,
                    texts.toArray(String[]::new));
        } catch (RuntimeException e) {
            LOG.warn("Could not send {} notifications on {}; their listeners catch up by other means",
                    texts.size(), channel, e);
        }
    }
}
