package org.mingle.domain.publicprofiles;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.mingle.domain.infrastructure.CommitWork;
import org.mingle.domain.infrastructure.CommitWorks;
import org.mingle.domain.infrastructure.PostgresListener;
import org.mingle.domain.infrastructure.PostgresNotifier;
import org.mingle.domain.profiles.ProfileChanged;

/**
 * The public pages read lately, kept for a few seconds (decision 45): a shared link can bring many visitors at once,
 * and one page costs about ten small queries, which would cap the page near what the database answers. A change
 * forgets the page at once on this instance and, once committed, on every other instance too: each change is sent on
 * the PostgreSQL channel {@value #CHANNEL}, which every instance that keeps pages listens on (decision 59). A notice
 * lost (an instance could not listen for a while) costs at most the time to live ({@code
 * mingle.public-pages.cache-ttl}, 10 seconds by default; 0 turns the cache off), and an instance that listens again
 * after a drop forgets everything. Handles nobody uses are kept too, so requests for made-up handles cannot reach
 * the database faster than once per handle and period.
 *
 * <p>Bounded (decision 21): past {@value #MAX_ENTRIES} pages the whole cache is dropped and fills again.
 */
@Singleton
class PublicPages {

    static final int MAX_ENTRIES = 10_000;
    static final String CHANNEL = "mingle_public_pages";
    /** How the listening connection shows in {@code pg_stat_activity}. */
    static final String APPLICATION_NAME = "mingle-public-pages-listener";

    private record Entry(Optional<PublicProfile> page, Instant until) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** Counts what was forgotten: a page read while something was forgotten may be old, and is not kept. */
    private final AtomicLong forgotten = new AtomicLong();
    private final Duration timeToLive;
    private final TransactionOperations<Connection> transactions;
    private final CommitWorks commitWorks;
    private final Clock clock;
    private final PostgresListener listener;
    private final PostgresNotifier<PageChange> notifier;
    private volatile boolean listening;

    PublicPages(@Value("${mingle.public-pages.cache-ttl:10s}") Duration timeToLive,
                TransactionOperations<Connection> transactions, CommitWorks commitWorks, Clock clock, DSLContext sql,
                @Named("default") DatasourceConfiguration datasource) {
        this.timeToLive = timeToLive;
        this.transactions = transactions;
        this.commitWorks = commitWorks;
        this.clock = clock;
        this.listener = new PostgresListener(datasource, CHANNEL, APPLICATION_NAME);
        this.notifier = new PostgresNotifier<>(sql, CHANNEL, "mingle-public-page-changes",
                batch -> PageChange.payloads(new LinkedHashSet<>(batch)));
    }

    Optional<PublicProfile> get(String handle, Supplier<Optional<PublicProfile>> load) {
        if (timeToLive.isZero()) {
            return load.get();
        }
        if (!listening) {
            listener.start(this::receive, this::forgetAll); // once; the first page kept starts it
            listening = true;
        }
        Instant now = clock.instant();
        Entry entry = entries.get(handle);
        if (entry != null && now.isBefore(entry.until())) {
            return entry.page();
        }
        long forgottenBefore = forgotten.get();
        Optional<PublicProfile> page = load.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(handle, new Entry(page, now.plus(timeToLive)));
        if (forgotten.get() != forgottenBefore) {
            // Something changed while the page was read: the page may be the old one, so it is not kept.
            entries.remove(handle);
        }
        return page;
    }

    /** Waits until this instance listens for other instances' changes; false if that took longer. */
    boolean awaitListening(Duration timeout) throws InterruptedException {
        return listener.awaitListening(timeout);
    }

    /**
     * Forgets the page, here now and everywhere once the changing transaction is over: a visitor's read between now
     * and the commit still saw the old page and may have kept it.
     */
    void forget(Optional<String> handle) {
        handle.ifPresent(this::forgetHandle);
    }

    private void forgetHandle(String handle) {
        forgetHere(PageChange.handle(handle));
        afterCommit(PageChange.handle(handle));
    }

    /** A profile saved by any path (its name, a field's visibility, the photo's) shows on its page at once. */
    @EventListener
    void onProfileChanged(ProfileChanged changed) {
        forgetHere(PageChange.account(changed.account()));
        afterCommit(PageChange.account(changed.account()));
    }

    private void afterCommit(PageChange change) {
        if (transactions.findTransactionStatus().isPresent()) {
            commitWorks.current(this, Forgotten::new).changes.add(change);
        } else {
            notifier.send(List.of(change));
        }
    }

    private void forgetHere(PageChange change) {
        forgotten.incrementAndGet();
        switch (change.kind()) {
            case HANDLE -> entries.remove(change.subject());
            case ACCOUNT -> entries.forEach((handle, entry) -> {
                if (entry.page().filter(page -> page.profile().accountId().value().toString()
                        .equals(change.subject())).isPresent()) {
                    entries.remove(handle);
                }
            });
        }
    }

    private void receive(String payload) {
        PageChange.parse(payload).forEach(this::forgetHere);
    }

    private void forgetAll() {
        forgotten.incrementAndGet();
        entries.clear();
    }

    @PreDestroy
    void stop() {
        listener.stop();
        notifier.stop();
    }

    /** The pages a transaction changed: forgotten here once more, and on every instance, when it has committed. */
    private final class Forgotten implements CommitWork {

        private final Set<PageChange> changes = ConcurrentHashMap.newKeySet();

        @Override
        public void beforeCommit() {
        }

        @Override
        public void afterCommit() {
            changes.forEach(PublicPages.this::forgetHere);
            notifier.send(changes);
        }
    }
}
