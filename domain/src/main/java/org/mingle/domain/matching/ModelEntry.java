package org.mingle.domain.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.mingle.domain.events.EventId;

/**
 * One event's model on this instance, and the changes on their way into it. Changes are queued and applied by whichever
 * thread takes the lock next, all of them at once: a burst of changes costs one rebuild, and a thread that waits for
 * its own change to show waits for memory work only, never for the database. Thread-safe.
 */
final class ModelEntry {

    final EventId event;
    /** Held while the first build reads the database, so concurrent first readers wait for one build. */
    final Object building = new Object();
    /** Set while a full reload is queued or running, so there is one at a time. */
    final AtomicBoolean reloading = new AtomicBoolean();
    private final ReentrantLock applying = new ReentrantLock();
    private final ConcurrentLinkedQueue<ModelDelta> queued = new ConcurrentLinkedQueue<>();
    private final VersionSet received = new VersionSet(0);
    private List<ModelChange.Message> early = new ArrayList<>(); // arrived during the first build; null after it
    private long lastChecked; // the database's version at the previous check
    /** The pairs known to have connected at the event: connections are never taken back, so this only grows. */
    private final Set<Exclusions.Pair> connected = ConcurrentHashMap.newKeySet();
    private long lastCheckedConnections; // the database's count of connections at the previous check
    private volatile boolean behind; // a change arrived but could not be read: reload at the next check
    private volatile MatchingModel model;
    private volatile long lastUsed = System.nanoTime();

    ModelEntry(EventId event) {
        this.event = event;
    }

    /** The model, or null before the first build. */
    MatchingModel model() {
        return model;
    }

    void touch() {
        lastUsed = System.nanoTime();
    }

    long lastUsed() {
        return lastUsed;
    }

    int size() {
        MatchingModel current = model;
        return current == null ? 0 : current.size();
    }

    /** Queues the changes and applies everything queued; returns once they are in the model (if it is built). */
    void apply(Collection<? extends ModelDelta> changes) {
        for (ModelDelta change : changes) {
            if (change instanceof ModelDelta.Everything everything) {
                connected.addAll(everything.connected());
            }
        }
        queued.addAll(changes);
        applying.lock();
        try {
            List<ModelDelta> batch = new ArrayList<>();
            for (ModelDelta next = queued.poll(); next != null; next = queued.poll()) {
                batch.add(next);
            }
            if (batch.isEmpty()) {
                return; // another thread applied ours with its own
            }
            MatchingModel current = model;
            if (current == null) {
                var first = batch.stream().filter(ModelDelta.Everything.class::isInstance)
                        .map(ModelDelta.Everything.class::cast)
                        .max(Comparator.comparingLong(ModelDelta::version));
                if (first.isEmpty()) {
                    queued.addAll(batch); // they wait for the first build
                    return;
                }
                batch.remove(first.get());
                current = MatchingModel.of(first.get());
            }
            model = batch.isEmpty() ? current : current.apply(batch);
        } finally {
            applying.unlock();
        }
    }

    /** Notes that the pair connected; false when this entry knew it already. */
    boolean connect(Exclusions.Pair pair) {
        return connected.add(pair);
    }

    /**
     * Compares with the number of connections the database holds now, as {@link #missedChanges} does with versions:
     * true when a connection counted at the previous check (or now, after an interruption) still has not arrived.
     */
    synchronized boolean missedConnections(long databaseCount, boolean interrupted) {
        long expected = interrupted ? databaseCount : lastCheckedConnections;
        lastCheckedConnections = databaseCount;
        return connected.size() < expected;
    }

    /** Notes that a version's changes arrived; false when they had arrived already. */
    synchronized boolean receive(long version) {
        return received.add(version);
    }

    /** A full read at this version: every change up to it is in. */
    synchronized void receivedUpTo(long version) {
        received.raiseFloor(version);
        behind = false;
    }

    /**
     * Keeps a notification that arrived while the first build was reading, until that build knows its version;
     * false when the first build is done (the caller handles it now).
     */
    synchronized boolean holdUntilBuilt(ModelChange.Message message) {
        if (early == null) {
            return false;
        }
        early.add(message);
        return true;
    }

    /** The first build read everything up to this version: returns the notifications it held back. */
    synchronized List<ModelChange.Message> built(long version) {
        receivedUpTo(version);
        List<ModelChange.Message> held = early == null ? List.of() : early;
        early = null;
        return held;
    }

    /** A change arrived that could not be applied; the next version check reloads. */
    void fellBehind() {
        behind = true;
    }

    /**
     * Compares with the version the database holds now: true when a change that was there at the previous check (or
     * now, right after the notifications were interrupted) still has not arrived, or one could not be applied.
     */
    synchronized boolean missedChanges(long databaseVersion, boolean interrupted) {
        long expected = interrupted ? databaseVersion : lastChecked;
        lastChecked = databaseVersion;
        return behind || received.floor() < expected;
    }
}
