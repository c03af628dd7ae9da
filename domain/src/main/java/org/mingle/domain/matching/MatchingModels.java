package org.mingle.domain.matching;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every event's matching model on this instance, kept in memory (decision 22). The first request for an event builds
 * its model; after that readers only read memory. Changes committed on this instance are applied before the changing
 * call returns; changes from other instances arrive by PostgreSQL notification and are applied in the background; a
 * periodic comparison of versions (and of connection counts, decision 27) catches a notification that never arrived.
 * The cache is bounded by the number of attendees it holds: the least recently used events leave first, and come back
 * on their next request. Every time a whole model is read it says so ({@link ModelRebuilt}), and {@link #sizes()}
 * tells what the cache holds, for metrics.
 */
@Singleton
public class MatchingModels {

    private static final Logger LOG = LoggerFactory.getLogger(MatchingModels.class);
    private static final Duration LISTEN_TIMEOUT = Duration.ofSeconds(10);

    private final ModelLoader loader;
    private final ModelNotifications notifications;
    private final int maxAttendees;
    private final Duration checkInterval;
    private final ApplicationEventPublisher<ModelRebuilt> rebuilds;
    private final Map<EventId, ModelEntry> entries = new ConcurrentHashMap<>();
    private final ExecutorService background = Executors.newFixedThreadPool(2, daemons("mingle-matching-"));
    private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(
            daemons("mingle-matching-check-"));
    private boolean started;

    MatchingModels(ModelLoader loader, ModelNotifications notifications,
                   @Value("${mingle.matching.max-attendees:200000}") int maxAttendees,
                   @Value("${mingle.matching.version-check-interval:1s}") Duration checkInterval,
                   ApplicationEventPublisher<ModelRebuilt> rebuilds) {
        this.loader = loader;
        this.notifications = notifications;
        this.maxAttendees = maxAttendees;
        this.checkInterval = checkInterval;
        this.rebuilds = rebuilds;
    }

    /** What the cache holds now: the built models, counted without waiting for any build. */
    public CachedModels sizes() {
        int models = 0;
        long attendees = 0;
        int largest = 0;
        for (ModelEntry entry : entries.values()) {
            if (entry.model() != null) {
                int size = entry.size();
                models++;
                attendees += size;
                largest = Math.max(largest, size);
            }
        }
        return new CachedModels(models, attendees, largest);
    }

    /** The event's model: from memory, or built now on the first request for it (concurrent first requests share one build). */
    public MatchingModel of(EventId event) {
        ModelEntry entry = entries.computeIfAbsent(event, ModelEntry::new);
        entry.touch();
        MatchingModel model = entry.model();
        return model != null ? model : build(entry);
    }

    /** The event's model if this instance has built it already; never builds one. */
    public Optional<MatchingModel> built(EventId event) {
        ModelEntry entry = entries.get(event);
        if (entry == null) {
            return Optional.empty();
        }
        entry.touch();
        return Optional.ofNullable(entry.model());
    }

    private MatchingModel build(ModelEntry entry) {
        synchronized (entry.building) {
            MatchingModel model = entry.model();
            if (model != null) {
                return model;
            }
            start();
            ModelDelta.Everything everything = rebuild(entry, ModelRebuilt.Cause.FIRST_REQUEST);
            for (ModelChange.Message early : entry.built(everything.version())) {
                if (entry.receive(early.version())) { // else the build has read it already
                    follow(entry, early);
                }
            }
            keepWithinBounds(entry);
            return entry.model();
        }
    }

    /** The entry of an event whose model this instance keeps (or is building). */
    ModelEntry cached(EventId event) {
        return entries.get(event);
    }

    /**
     * A transaction on this instance committed these changes; {@code read} holds what it read for them inside the
     * transaction (null when the event had no model then). Returns when they are in the model.
     */
    void committed(ModelChange.Message message, List<ModelDelta> read) {
        ModelEntry entry = entries.get(message.event());
        if (entry == null) {
            return;
        }
        entry.receive(message.version());
        if (read == null) {
            follow(entry, message);
            return;
        }
        List<ModelDelta> now = new ArrayList<>(read);
        message.changes().stream().filter(ModelChange.Excluded.class::isInstance)
                .map(change -> new ModelDelta.Excluded(message.version(), ((ModelChange.Excluded) change).pair()))
                .forEach(now::add);
        entry.apply(now);
        if (message.changes().stream().anyMatch(ModelChange.Reload.class::isInstance)) {
            reloadNow(entry);
        }
    }

    /**
     * Reads the whole event again on the caller's thread, so whoever lifted a block sees the person again on their next
     * request. Versions guard the model, so a background reload running at the same time does no harm.
     */
    private void reloadNow(ModelEntry entry) {
        try {
            ModelDelta.Everything everything = rebuild(entry, ModelRebuilt.Cause.CHANGE);
            entry.receivedUpTo(everything.version());
        } catch (RuntimeException e) {
            LOG.warn("Could not read event {} again after a change; reloading it at the next version check",
                    entry.event.value(), e);
            entry.fellBehind();
        }
    }

    /**
     * Pairs connected at the event (committed on this instance, or notified by another): applied at once where this
     * instance keeps the event's model, each pair once.
     */
    void connected(ModelChange.Connected connected) {
        ModelEntry entry = entries.get(connected.event());
        if (entry == null) {
            return;
        }
        List<ModelDelta> fresh = connected.pairs().stream().filter(entry::connect)
                .<ModelDelta>map(ModelDelta.Excluded::connected).toList();
        if (!fresh.isEmpty()) {
            entry.apply(fresh);
        }
    }

    /** A notification arrived: apply it unless this instance has no model of the event or has seen it already. */
    void notified(ModelChange.Message message) {
        ModelEntry entry = entries.get(message.event());
        if (entry != null && !entry.holdUntilBuilt(message) && entry.receive(message.version())) {
            follow(entry, message);
        }
    }

    /** Applies what needs no reading at once; reads the rest in the background. */
    private void follow(ModelEntry entry, ModelChange.Message message) {
        List<ModelDelta> now = new ArrayList<>();
        Set<AccountId> accounts = new java.util.HashSet<>();
        boolean everything = false;
        for (ModelChange change : message.changes()) {
            if (change instanceof ModelChange.Excluded excluded) {
                now.add(new ModelDelta.Excluded(message.version(), excluded.pair()));
            } else if (change instanceof ModelChange.Account account) {
                accounts.add(account.account());
            } else {
                everything = true;
            }
        }
        if (!now.isEmpty()) {
            entry.apply(now);
        }
        if (everything) {
            reload(entry, ModelRebuilt.Cause.CHANGE);
        } else if (!accounts.isEmpty()) {
            inBackground(entry, () -> entry.apply(List.of(loader.members(entry.event, accounts))));
        }
    }

    /** Reads the whole event again in the background, once at a time. */
    private void reload(ModelEntry entry, ModelRebuilt.Cause cause) {
        if (entry.reloading.compareAndSet(false, true)) {
            inBackground(entry, () -> {
                try {
                    ModelDelta.Everything everything = rebuild(entry, cause);
                    entry.receivedUpTo(everything.version());
                } finally {
                    entry.reloading.set(false);
                }
            });
        }
    }

    /** Reads the whole event and puts it into its model; says how long that took. */
    private ModelDelta.Everything rebuild(ModelEntry entry, ModelRebuilt.Cause cause) {
        long start = System.nanoTime();
        ModelDelta.Everything everything = loader.everything(entry.event);
        entry.apply(List.of(everything));
        rebuilds.publishEvent(new ModelRebuilt(entry.event, cause, Duration.ofNanos(System.nanoTime() - start),
                entry.size()));
        return everything;
    }

    private void inBackground(ModelEntry entry, Runnable read) {
        background.execute(() -> {
            try {
                read.run();
            } catch (RuntimeException e) {
                LOG.warn("Could not read a matching change of event {}; reloading it at the next version check",
                        entry.event.value(), e);
                entry.fellBehind();
            }
        });
    }

    /**
     * Compares every built model's versions with the database's and reloads those that missed a change. With
     * {@code interrupted}, notifications may have been lost just now, so any difference counts at once.
     */
    void checkVersions(boolean interrupted) {
        List<ModelEntry> built = entries.values().stream().filter(entry -> entry.model() != null).toList();
        if (built.isEmpty()) {
            return;
        }
        List<EventId> events = built.stream().map(entry -> entry.event).toList();
        Map<EventId, Long> versions = loader.versions(events);
        Map<EventId, Long> connections = loader.connectionCounts(events);
        for (ModelEntry entry : built) {
            // Both checks run: each remembers what the database held for the next comparison.
            boolean missedChange = entry.missedChanges(versions.getOrDefault(entry.event, 0L), interrupted);
            boolean missedConnection = entry.missedConnections(connections.getOrDefault(entry.event, 0L), interrupted);
            if (missedChange || missedConnection) {
                LOG.info("The matching model of event {} missed a change; reloading it", entry.event.value());
                reload(entry, ModelRebuilt.Cause.MISSED_CHANGE);
            }
        }
    }

    /** Drops the least recently used models while all of them hold more attendees than allowed (never this one). */
    private void keepWithinBounds(ModelEntry keep) {
        long total = entries.values().stream().mapToLong(ModelEntry::size).sum();
        List<ModelEntry> oldestFirst = entries.values().stream().filter(entry -> entry != keep)
                .sorted(Comparator.comparingLong(ModelEntry::lastUsed)).collect(Collectors.toList());
        for (ModelEntry entry : oldestFirst) {
            if (total <= maxAttendees) {
                break;
            }
            if (entries.remove(entry.event, entry)) {
                total -= entry.size();
            }
        }
    }

    /** Listens for changes and starts the version checks, before the first model reads its version. */
    private synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        notifications.start(this::notified, this::connected, () -> checks.execute(() -> check(true)));
        try {
            if (!notifications.awaitListening(LISTEN_TIMEOUT)) {
                LOG.warn("Not yet listening for matching changes; version checks will catch up");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!checkInterval.isZero() && !checkInterval.isNegative()) {
            checks.scheduleWithFixedDelay(() -> check(false), checkInterval.toMillis(), checkInterval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    private void check(boolean interrupted) {
        try {
            checkVersions(interrupted);
        } catch (RuntimeException e) {
            LOG.warn("Could not compare matching versions", e);
        }
    }

    @PreDestroy
    void stop() {
        notifications.stop();
        checks.shutdownNow();
        background.shutdownNow();
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
