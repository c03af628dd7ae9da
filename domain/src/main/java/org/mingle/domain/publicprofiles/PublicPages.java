package org.mingle.domain.publicprofiles;

import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.mingle.domain.infrastructure.CommitWork;
import org.mingle.domain.infrastructure.CommitWorks;
import org.mingle.domain.profiles.ProfileChanged;

/**
 * The public pages read lately, kept for a few seconds (decision 45): a shared link can bring many visitors at once,
 * and one page costs about ten small queries, which would cap the page near what the database answers. A change the
 * owner makes on this instance forgets their page at once; on other instances it shows within the time to live
 * ({@code mingle.public-pages.cache-ttl}, 10 seconds by default; 0 turns the cache off). Handles nobody uses are kept
 * too, so requests for made-up handles cannot reach the database faster than once per handle and period.
 *
 * <p>Bounded (decision 21): past {@value #MAX_ENTRIES} pages the whole cache is dropped and fills again.
 */
@Singleton
class PublicPages {

    static final int MAX_ENTRIES = 10_000;

    private record Entry(Optional<PublicProfile> page, Instant until) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Duration timeToLive;
    private final TransactionOperations<Connection> transactions;
    private final CommitWorks commitWorks;
    private final Clock clock;

    PublicPages(@Value("${mingle.public-pages.cache-ttl:10s}") Duration timeToLive,
                TransactionOperations<Connection> transactions, CommitWorks commitWorks, Clock clock) {
        this.timeToLive = timeToLive;
        this.transactions = transactions;
        this.commitWorks = commitWorks;
        this.clock = clock;
    }

    Optional<PublicProfile> get(String handle, Supplier<Optional<PublicProfile>> load) {
        if (timeToLive.isZero()) {
            return load.get();
        }
        Instant now = clock.instant();
        Entry entry = entries.get(handle);
        if (entry != null && now.isBefore(entry.until())) {
            return entry.page();
        }
        Optional<PublicProfile> page = load.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(handle, new Entry(page, now.plus(timeToLive)));
        return page;
    }

    /**
     * Forgets the page now and once more when the changing transaction is over: a visitor's read between now and the
     * commit still saw the old page and may have kept it.
     */
    void forget(Optional<String> handle) {
        handle.ifPresent(this::forget);
    }

    private void forget(String handle) {
        entries.remove(handle);
        if (transactions.findTransactionStatus().isPresent()) {
            commitWorks.current(this, Forgotten::new).handles.add(handle);
        }
    }

    /** The handles a transaction changed, forgotten once more when it has committed. */
    private final class Forgotten implements CommitWork {

        private final Set<String> handles = ConcurrentHashMap.newKeySet();

        @Override
        public void beforeCommit() {
        }

        @Override
        public void afterCommit() {
            handles.forEach(entries::remove);
        }
    }

    /** A profile saved by any path (its name, a field's visibility, the photo's) shows on its page at once. */
    @EventListener
    void onProfileChanged(ProfileChanged changed) {
        entries.forEach((handle, entry) -> {
            if (entry.page().filter(page -> page.profile().accountId().equals(changed.account())).isPresent()) {
                forget(handle);
            }
        });
    }
}
