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
import org.jooq.DSLContext;
import org.mingle.domain.infrastructure.CommitWork;
import org.mingle.domain.infrastructure.CommitWorks;
import org.mingle.domain.infrastructure.PostgresListener;
import org.mingle.domain.infrastructure.PostgresNotifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells open pages, on every instance, that something they show has changed (decision 31). A change's signals are
 * sent once its transaction has committed, several at a time ({@link PostgresNotifier}); every instance listens on
 * {@value #CHANNEL} and runs what its pages subscribed. A signal says only what changed,
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
    private final PostgresListener listener;
    private final PostgresNotifier<LiveSignal> notifier;
    private final Map<LiveSignal, Set<Runnable>> subscribers = new ConcurrentHashMap<>();

    LiveUpdates(CommitWorks commits, DSLContext sql, @Named("default") DatasourceConfiguration datasource) {
        this.commits = commits;
        this.listener = new PostgresListener(datasource, CHANNEL, APPLICATION_NAME);
        // The same signal from several transactions of one batch is sent once.
        this.notifier = new PostgresNotifier<>(sql, CHANNEL, "mingle-live-signals",
                batch -> LiveSignal.payloads(new LinkedHashSet<>(batch)));
    }

    /**
     * Runs {@code onSignal} (on a thread of Mingle's, soon after commit) whenever the signal is sent on any instance,
     * until the subscription is closed. The first subscription starts this instance listening.
     */
    public LiveSubscription subscribe(LiveSignal signal, Runnable onSignal) {
        listener.start(this::receive, this::runEverySubscriber);
        // Added inside compute, atomically with the removal below: a set emptied and dropped by a closing
        // subscription never swallows one being added at the same moment.
        subscribers.compute(signal, (ignored, runs) -> {
            Set<Runnable> kept = runs == null ? ConcurrentHashMap.newKeySet() : runs;
            kept.add(onSignal);
            return kept;
        });
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

    @PreDestroy
    void stop() {
        listener.stop();
        notifier.stop();
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
            notifier.send(signals);
        }
    }
}
