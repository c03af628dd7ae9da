package org.mingle.domain.live;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jooq.DSLContext;
import org.mingle.domain.infrastructure.CommitWork;
import org.mingle.domain.infrastructure.CommitWorks;
import org.mingle.domain.infrastructure.PostgresListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells open pages, on every instance, that something they show has changed (decision 30). A change's signals are
 * sent once its transaction has committed, several at a time in one {@code pg_notify} statement outside any
 * transaction (a notifying transaction would hold PostgreSQL's notification lock through its commit, decision 27);
 * every instance listens on {@value #CHANNEL} and runs what its pages subscribed. A signal says only what changed,
 * never what it now is: the subscriber reads that with its own rights. Signals lost while an instance could not
 * listen are made up for by running every subscriber once it listens again.
 */
@Singleton
public class LiveUpdates {

    private static final Logger LOG = LoggerFactory.getLogger(LiveUpdates.class);
    static final String CHANNEL = "mingle_live";
    /** How the listening connection shows in {@code pg_stat_activity}. */
    static final String APPLICATION_NAME = "mingle-live-listener";

    private final CommitWorks commits;
    private final DSLContext sql;
    private final PostgresListener listener;
    private final Map<LiveSignal, Set<Runnable>> subscribers = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<LiveSignal> queued = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean flushing = new AtomicBoolean();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mingle-live-signals");
        thread.setDaemon(true);
        return thread;
    });

    LiveUpdates(CommitWorks commits, DSLContext sql, @Named("default") DatasourceConfiguration datasource) {
        this.commits = commits;
        this.sql = sql;
        this.listener = new PostgresListener(datasource, CHANNEL, APPLICATION_NAME);
    }

    /**
     * Runs {@code onSignal} (on a thread of Mingle's, soon after commit) whenever the signal is sent on any instance,
     * until the subscription is closed. The first subscription starts this instance listening.
     */
    public LiveSubscription subscribe(LiveSignal signal, Runnable onSignal) {
        listener.start(this::receive, this::runEverySubscriber);
        subscribers.computeIfAbsent(signal, ignored -> ConcurrentHashMap.newKeySet()).add(onSignal);
        return () -> subscribers.computeIfPresent(signal, (ignored, runs) -> {
            runs.remove(onSignal);
            return runs.isEmpty() ? null : runs;
        });
    }

    /** Waits until this instance listens; false if that took longer than the timeout. */
    boolean awaitListening(Duration timeout) throws InterruptedException {
        return listener.awaitListening(timeout);
    }

    /** Sends the signals once the transaction in progress commits (none is sent if it rolls back). */
    void signalAfterCommit(Collection<LiveSignal> signals) {
        commits.inTransaction(() -> commits.current(this, Pending::new).signals.addAll(signals));
    }

    private void receive(String payload) {
        for (var signal : LiveSignal.parse(payload)) {
            for (var run : subscribers.getOrDefault(signal, Set.of())) {
                runSafely(run);
            }
        }
    }

    private void runEverySubscriber() {
        subscribers.values().forEach(runs -> runs.forEach(LiveUpdates::runSafely));
    }

    private static void runSafely(Runnable run) {
        try {
            run.run();
        } catch (RuntimeException e) {
            LOG.warn("A live update failed", e);
        }
    }

    private void send(Collection<LiveSignal> signals) {
        queued.addAll(signals);
        if (flushing.compareAndSet(false, true)) {
            sender.execute(this::flush);
        }
    }

    private void flush() {
        flushing.set(false); // what is queued from now on gets a flush of its own
        Set<LiveSignal> signals = new LinkedHashSet<>();
        for (var next = queued.poll(); next != null; next = queued.poll()) {
            signals.add(next);
        }
        var payloads = LiveSignal.payloads(signals);
        if (payloads.isEmpty()) {
            return;
        }
        try {
            sql.fetch("select pg_notify(?, payload) from unnest(cast(? as text[])) as payload", CHANNEL,
                    payloads.toArray(String[]::new));
        } catch (RuntimeException e) {
            LOG.warn("Could not send {} live signals; open pages catch up when next told or reloaded",
                    signals.size(), e);
        }
    }

    @PreDestroy
    void stop() {
        listener.stop();
        sender.shutdown();
    }

    /** The signals of one transaction, sent together after it commits. */
    private final class Pending implements CommitWork {

        private final Set<LiveSignal> signals = new LinkedHashSet<>();

        @Override
        public void beforeCommit() {
            // nothing to write: a signal is not data
        }

        @Override
        public void afterCommit() {
            send(signals);
        }
    }
}
