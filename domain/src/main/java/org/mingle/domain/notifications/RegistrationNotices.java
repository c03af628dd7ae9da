package org.mingle.domain.notifications;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.mingle.domain.events.EventHeadline;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.infrastructure.CommitWork;
import org.mingle.domain.infrastructure.CommitWorks;
import org.mingle.domain.mail.Words;
import org.mingle.domain.registration.RegistrationChanged;
import org.mingle.domain.registration.RegistrationChanged.Change;
import org.mingle.domain.registration.RegistrationRequested;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.Chunks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a person what became of their registration, and their network when they took a seat ({@link NetworkNotices}).
 *
 * <p>A registration asks to be told before it takes its event's lock ({@link RegistrationRequested}): a narrow request
 * written in its transaction, which commits or rolls back with it. Once placed, its notice is composed but not
 * written; within {@link #GATHER} of the commit a thread of this class's own writes it, with those of the other
 * registrations committed meanwhile in one transaction, so the lock that every other registration for the event waits
 * for is not held for it (decision 66). A request whose notice was not written then (the process stopped in between)
 * is told from the registration as it is by a later pass ({@link #tellLeftOver}); requests are taken with
 * {@code SKIP LOCKED}, so each is told once across instances. Changes no registration asked about beforehand (a
 * promotion, an approval, a decline) are told in their own transaction.
 */
@Singleton
@Requires(property = NotificationService.ENABLED, notEquals = "false")
class RegistrationNotices {

    static final int BATCH = 500;
    /** A request older than this was not told after its commit: the pass over those left over tells it. */
    static final Duration LEFT_OVER_AFTER = Duration.ofSeconds(10);
    /**
     * How long the writer lets commits gather before it writes their notices: one transaction for the registrations of
     * a busy moment costs the processors the registrations share far less than one for each.
     */
    static final Duration GATHER = Duration.ofMillis(50);
    private static final Logger LOG = LoggerFactory.getLogger(RegistrationNotices.class);

    private final NotificationService notifications;
    private final NetworkNotices network;
    private final CheckInCodeLinks codeLinks;
    private final JdbcNotifications store;
    private final CommitWorks commitWorks;
    private final TransactionOperations<Connection> transactions;
    private final RegistrationService registrations;
    private final EventService events;
    private final Clock clock;
    private final ConcurrentLinkedQueue<Committed> committed = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean();
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "registration-notices");
        thread.setDaemon(true);
        return thread;
    });

    RegistrationNotices(NotificationService notifications, NetworkNotices network, CheckInCodeLinks codeLinks,
                        JdbcNotifications store, CommitWorks commitWorks,
                        TransactionOperations<Connection> transactions, RegistrationService registrations,
                        EventService events, Clock clock) {
        this.notifications = notifications;
        this.network = network;
        this.codeLinks = codeLinks;
        this.store = store;
        this.commitWorks = commitWorks;
        this.transactions = transactions;
        this.registrations = registrations;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void registrationRequested(RegistrationRequested requested) {
        commitWorks.inTransaction(() -> {
            long id = store.requestRegistrationNotice(requested.account(), requested.event(),
                    clock.instant().truncatedTo(ChronoUnit.MICROS));
            commitWorks.current(this, Asked::new).ids.put(new Asker(requested.event(), requested.account()), id);
        });
    }

    @EventListener
    void registrationChanged(RegistrationChanged changed) {
        commitWorks.inTransaction(() -> {
            var asked = commitWorks.current(this, Asked::new);
            Long request = asked.ids.get(new Asker(changed.event(), changed.account()));
            if (request != null && (changed.change() == Change.CONFIRMED || changed.change() == Change.WAITLISTED)) {
                asked.placed.put(request, changed);
            } else {
                tell(List.of(changed));
            }
        });
    }

    /**
     * Tells what became of the registrations whose requests were not told after their commit, from each registration
     * as it is now (a seat, the waitlist, or nothing to tell).
     */
    @Scheduled(fixedDelay = "${mingle.notifications.mail-interval:1s}",
            initialDelay = "${mingle.notifications.mail-interval:1s}")
    void tellLeftOver() {
        try {
            while (tellLeftOver(clock.instant().minus(LEFT_OVER_AFTER)) == BATCH) {
                // more are waiting
            }
        } catch (RuntimeException e) {
            LOG.warn("Telling registrations left over failed; retrying on the next pass: {}", e.toString());
        }
    }

    /** One batch of {@link #tellLeftOver()}, of requests asked before the moment; how many requests it took. */
    int tellLeftOver(Instant askedBefore) {
        return transactions.executeWrite(status -> {
            var taken = store.takeRegistrationNoticeRequests(BATCH, askedBefore);
            tell(taken.stream().flatMap(request -> asItIs(request.account(), request.event()).stream()).toList());
            return taken.size();
        });
    }

    /**
     * Writes the notices of every registration committed so far now, without letting more commits gather, and waits
     * until they are written. For a reader who must see them at once, such as a test.
     */
    void awaitTold() {
        try {
            writer.submit(this::tellCommitted).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the registration notices were not written in time", e);
        }
    }

    /** Writes what has committed before the application stops; anything left is told by the next start's pass. */
    @PreDestroy
    void stop() throws InterruptedException {
        writer.shutdown();
        writer.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** Writes the notices of the changes, and their network's, in the transaction in progress. */
    private void tell(List<RegistrationChanged> changes) {
        if (changes.isEmpty()) {
            return;
        }
        notifications.sendAll(changes.stream().map(this::notice).toList());
        network.tell(changes);
    }

    private void tellCommitted() {
        writing.set(false); // what commits from now on gets a pass of its own
        var batch = new ArrayList<Committed>();
        for (var next = committed.poll(); next != null; next = committed.poll()) {
            batch.add(next);
        }
        for (var chunk : Chunks.of(batch, BATCH)) {
            try {
                transactions.executeWrite(status -> {
                    store.commitWithoutWaitingForDisk(); // were it lost, the requests it took would be back
                    var taken = new HashSet<Long>();
                    store.takeRegistrationNoticeRequests(chunk.stream().map(Committed::request).toList())
                            .forEach(request -> taken.add(request.id()));
                    tell(chunk.stream().filter(c -> taken.contains(c.request()))
                            .flatMap(c -> c.placed().stream()).toList());
                    return null;
                });
            } catch (RuntimeException e) {
                LOG.warn("Could not tell {} registrations what became of them; a later pass tells them: {}",
                        chunk.size(), e.toString());
            }
        }
    }

    private Optional<RegistrationChanged> asItIs(AccountId account, EventId event) {
        return registrations.mineAt(account, event).flatMap(registration -> switch (registration.status()) {
            case CONFIRMED -> Optional.of(new RegistrationChanged(event, account, Change.CONFIRMED, Optional.empty(),
                    headline(event)));
            case WAITLISTED -> Optional.of(new RegistrationChanged(event, account, Change.WAITLISTED,
                    Optional.ofNullable(registration.waitlistPosition()), headline(event)));
            default -> Optional.empty();
        });
    }

    private EventHeadline headline(EventId event) {
        return EventHeadline.of(events.forItsRegistrants(event));
    }

    private NewNotification notice(RegistrationChanged changed) {
        String title = changed.headline().title();
        Words when = EventWords.whenAndWhere(changed.headline());
        var notice = switch (changed.change()) {
            case CONFIRMED -> notice(changed, NotificationKind.REGISTRATION_CONFIRMED,
                    Words.of("registration.confirmed.title", title),
                    Words.of("registration.confirmed.body", when));
            case WAITLISTED -> notice(changed, NotificationKind.REGISTRATION_WAITLISTED,
                    Words.of("registration.waitlisted.title", title),
                    changed.waitlistPosition()
                            .map(position -> Words.of("registration.waitlisted.bodyAt", position, when))
                            .orElse(Words.of("registration.waitlisted.body", when)));
            case PROMOTED -> notice(changed, NotificationKind.REGISTRATION_PROMOTED,
                    Words.of("registration.promoted.title", title),
                    Words.of("registration.promoted.body", when));
            case APPROVED -> notice(changed, NotificationKind.REGISTRATION_APPROVED,
                    Words.of("registration.approved.title", title),
                    Words.of("registration.approved.body", when));
            case DECLINED -> notice(changed, NotificationKind.REGISTRATION_DECLINED,
                    Words.of("registration.declined.title", title),
                    Words.of("registration.declined.body"));
        };
        if (changed.change() == Change.CONFIRMED || changed.change() == Change.PROMOTED
                || changed.change() == Change.APPROVED) {
            // A seat: its mail opens the check-in code at the door, signed in or not.
            notice = notice.withMailActions(List.of(
                    new NewNotification.MailAction(Words.of("mail.action.checkInCode"),
                            codeLinks.path(changed.account(), changed.event())),
                    new NewNotification.MailAction(Words.of("mail.action.open"),
                            EventWords.eventPath(changed.event()))));
        }
        return notice;
    }

    private static NewNotification notice(RegistrationChanged changed, NotificationKind kind, Words title,
                                          Words body) {
        return new NewNotification(changed.account(), kind, title, body,
                Optional.of(EventWords.eventPath(changed.event())), Optional.of(changed.event()));
    }

    /** Who asked about their registration for which event. */
    private record Asker(EventId event, AccountId account) {
    }

    /** A request whose transaction committed, with the change it asked about when that is known here. */
    private record Committed(long request, Optional<RegistrationChanged> placed) {
    }

    /** The requests one transaction wrote and the changes they asked about, handed to the writer at its commit. */
    private final class Asked implements CommitWork {

        private final Map<Asker, Long> ids = new HashMap<>();
        private final Map<Long, RegistrationChanged> placed = new HashMap<>();

        @Override
        public void beforeCommit() {
        }

        @Override
        public void afterCommit() {
            if (ids.isEmpty()) {
                return;
            }
            ids.values().forEach(id -> committed.add(new Committed(id, Optional.ofNullable(placed.get(id)))));
            if (writing.compareAndSet(false, true)) {
                writer.schedule(RegistrationNotices.this::tellCommitted, GATHER.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }
}
