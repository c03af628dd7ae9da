package org.mingle.domain.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.count;
import static org.mingle.db.jooq.Tables.WEBHOOK_ATTEMPTS;
import static org.mingle.db.jooq.Tables.WEBHOOK_DELIVERIES;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.TestEvents;
import org.mingle.domain.infrastructure.JobLocks;
import org.mingle.testsupport.MicronautPostgres;

/**
 * Delivery workers on one database: several deliver each queued delivery exactly once (claims with {@code FOR UPDATE
 * SKIP LOCKED} and a lease), while a naive claim (read, then mark) delivers the same ones twice; a worker that dies
 * after claiming holds its batch until the lease ends, then another delivers it once; an address that is not public
 * when a delivery falls due fails the delivery without posting. The transport here counts posts by delivery id.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookWorkersTest implements MicronautPostgres {

    @Inject
    JdbcWebhooks store;
    @Inject
    DSLContext sql;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    EventService events;
    @Inject
    AccountService accounts;

    private EventId event;

    @BeforeAll
    void world() {
        var organizer = TestAccounts.signUp(accounts, "Olga Organizer").id();
        event = TestEvents.published(events, organizer, 5, false);
    }

    @Test
    void twoWorkersInParallelDeliverEachDeliveryExactlyOnce() throws Exception {
        var ids = queue(webhook("http://127.0.0.1:9/parallel"), 200);
        var transport = new CountingTransport();
        var workers = List.of(worker(store, transport, true, Clock.systemUTC()),
                worker(store, transport, true, Clock.systemUTC()));
        var start = new CyclicBarrier(workers.size());

        var claimed = inParallel(workers.stream().<Callable<Integer>>map(worker -> () -> {
            start.await(10, TimeUnit.SECONDS);
            int total = 0;
            for (int batch = worker.deliverBatch(); batch > 0; batch = worker.deliverBatch()) {
                total += batch;
            }
            return total;
        }).toList());

        assertThat(claimed.stream().mapToInt(Integer::intValue).sum()).isEqualTo(ids.size());
        assertThat(transport.posts.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(transport.duplicates()).isEmpty();
        assertThat(states(ids)).containsOnlyKeys(DeliveryState.DELIVERED).containsEntry(DeliveryState.DELIVERED,
                ids.size());
        assertThat(sql.fetchCount(WEBHOOK_ATTEMPTS, WEBHOOK_ATTEMPTS.DELIVERY_ID.in(ids))).isEqualTo(ids.size());
    }

    @Test
    void negativeControlANaiveClaimWithoutLocksDeliversTheSameDeliveriesTwice() throws Exception {
        var ids = queue(webhook("http://127.0.0.1:9/naive"), DeliveryWorker.BATCH);
        var transport = new CountingTransport();
        // Both workers read the due rows before either marks them: the window a claim in one statement closes.
        var bothRead = new CyclicBarrier(2);
        var naive = new NaiveClaims(sql, bothRead);
        var workers = List.of(worker(naive, transport, true, Clock.systemUTC()),
                worker(naive, transport, true, Clock.systemUTC()));

        inParallel(workers.stream().<Callable<Integer>>map(worker -> worker::deliverBatch).toList());

        assertThat(transport.duplicates()).as("deliveries posted more than once").isNotEmpty();
        assertThat(transport.duplicates().keySet()).isSubsetOf(ids);
    }

    @Test
    void aWorkerThatDiesAfterClaimingHoldsItsBatchUntilTheLeaseEndsThenAnotherDeliversItOnce() {
        var ids = queue(webhook("http://127.0.0.1:9/lease"), 5);
        var claimedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        var dead = store.claimDue(claimedAt, claimedAt.plus(DeliveryWorker.LEASE), DeliveryWorker.BATCH);
        assertThat(dead).extracting(DueDelivery::id).containsAll(ids);
        var transport = new CountingTransport();

        int duringLease = worker(store, transport, true, Clock.systemUTC()).deliverBatch();
        var afterLease = Clock.offset(Clock.systemUTC(), DeliveryWorker.LEASE.plusSeconds(1));
        int afterIt = worker(store, transport, true, afterLease).deliverBatch();

        assertThat(duringLease).isZero();
        assertThat(afterIt).isGreaterThanOrEqualTo(ids.size());
        assertThat(transport.posts.keySet()).containsAll(ids);
        assertThat(transport.duplicates()).isEmpty();
        assertThat(states(ids)).containsOnlyKeys(DeliveryState.DELIVERED);
    }

    @Test
    void anAddressThatIsNotPublicWhenDueFailsTheDeliveryWithoutPosting() {
        var ids = queue(webhook("http://127.0.0.1:9/private"), 1);
        var transport = new CountingTransport();

        worker(store, transport, false, Clock.systemUTC()).deliverBatch();

        assertThat(transport.posts).isEmpty();
        assertThat(states(ids)).containsOnlyKeys(DeliveryState.FAILED);
        var attempt = sql.selectFrom(WEBHOOK_ATTEMPTS).where(WEBHOOK_ATTEMPTS.DELIVERY_ID.eq(ids.get(0))).fetchOne();
        assertThat(attempt.getStatusCode()).isNull();
        assertThat(attempt.getError()).startsWith("refused:").contains("127.0.0.1");
    }

    @Test
    void aFailedAttemptIsRetriedLaterWithTheSameBody() {
        var ids = queue(webhook("http://127.0.0.1:9/retry"), 1);
        var bodies = new ArrayList<String>();
        var failing = (WebhookTransport) (url, body, signature) -> {
            bodies.add(body);
            return bodies.size() == 1 ? Answer.of(503, "busy") : Answer.of(204, "");
        };

        worker(store, failing, true, Clock.systemUTC()).deliverBatch();
        assertThat(states(ids)).containsOnlyKeys(DeliveryState.QUEUED);
        worker(store, failing, true, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(1))).deliverBatch();

        assertThat(bodies).hasSize(2);
        assertThat(bodies.get(1)).isEqualTo(bodies.get(0)).startsWith("{\"id\":\"" + ids.get(0) + "\"");
        assertThat(states(ids)).containsOnlyKeys(DeliveryState.DELIVERED);
    }

    private WebhookId webhook(String url) {
        var webhook = new Webhook(WebhookId.newId(), event, url, List.of(WebhookType.EVENT_UPDATED),
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        store.insert(webhook, Signatures.newSecret());
        return webhook.id();
    }

    /** Queues deliveries to the webhook, due now; their ids. */
    private List<WebhookDeliveryId> queue(WebhookId webhook, int count) {
        var now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        var before = sql.select(WEBHOOK_DELIVERIES.ID).from(WEBHOOK_DELIVERIES)
                .where(WEBHOOK_DELIVERIES.WEBHOOK_ID.eq(webhook)).fetch(WEBHOOK_DELIVERIES.ID);
        for (int i = 0; i < count; i++) {
            store.enqueue(List.of(webhook), WebhookType.EVENT_UPDATED, "{\"eventId\":\"" + event + "\"}", now);
        }
        var ids = new ArrayList<>(sql.select(WEBHOOK_DELIVERIES.ID).from(WEBHOOK_DELIVERIES)
                .where(WEBHOOK_DELIVERIES.WEBHOOK_ID.eq(webhook)).fetch(WEBHOOK_DELIVERIES.ID));
        ids.removeAll(before);
        return ids;
    }

    private Map<DeliveryState, Integer> states(List<WebhookDeliveryId> ids) {
        return sql.select(WEBHOOK_DELIVERIES.STATE, count()).from(WEBHOOK_DELIVERIES)
                .where(WEBHOOK_DELIVERIES.ID.in(ids)).groupBy(WEBHOOK_DELIVERIES.STATE)
                .fetchMap(WEBHOOK_DELIVERIES.STATE, count());
    }

    private DeliveryWorker worker(JdbcWebhooks claims, WebhookTransport transport, boolean allowPrivate,
                                  Clock clock) {
        return new DeliveryWorker(claims, transport, new WebhookSettings(allowPrivate, Duration.ofSeconds(30)),
                transactions, new JobLocks(sql, transactions), clock.withZone(ZoneOffset.UTC));
    }

    private static <T> List<T> inParallel(List<Callable<T>> tasks) throws Exception {
        var executor = Executors.newFixedThreadPool(tasks.size());
        try {
            var results = new ArrayList<T>();
            for (var future : executor.invokeAll(tasks, 60, TimeUnit.SECONDS)) {
                results.add(future.get());
            }
            return results;
        } finally {
            executor.shutdownNow();
        }
    }

    /** Counts posts by the delivery id in the body, as a receiver that drops repeats would see them. */
    private static final class CountingTransport implements WebhookTransport {

        final Map<WebhookDeliveryId, Integer> posts = Collections.synchronizedMap(new HashMap<>());

        @Override
        public Answer post(URI url, String body, String signature) {
            var id = new WebhookDeliveryId(UUID.fromString(body.substring(7, 43)));
            posts.merge(id, 1, Integer::sum);
            return Answer.of(200, "ok");
        }

        Map<WebhookDeliveryId, Integer> duplicates() {
            synchronized (posts) {
                var more = new HashMap<WebhookDeliveryId, Integer>();
                posts.forEach((id, count) -> {
                    if (count > 1) {
                        more.put(id, count);
                    }
                });
                return more;
            }
        }
    }

    /** The claim without {@code SKIP LOCKED} and without marking in the same statement: read the due rows, then mark. */
    private static final class NaiveClaims extends JdbcWebhooks {

        private final DSLContext sql;
        private final CyclicBarrier bothRead;

        NaiveClaims(DSLContext sql, CyclicBarrier bothRead) {
            super(sql);
            this.sql = sql;
            this.bothRead = bothRead;
        }

        @Override
        List<DueDelivery> claimDue(Instant now, Instant leaseEnd, int limit) {
            var due = sql.select(WEBHOOK_DELIVERIES.ID).from(WEBHOOK_DELIVERIES)
                    .where(WEBHOOK_DELIVERIES.STATE.eq(DeliveryState.QUEUED)
                            .and(WEBHOOK_DELIVERIES.NEXT_ATTEMPT_AT.le(now)))
                    .orderBy(WEBHOOK_DELIVERIES.NEXT_ATTEMPT_AT).limit(limit)
                    .fetch(WEBHOOK_DELIVERIES.ID);
            try {
                bothRead.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                throw new IllegalStateException("the other worker never read", e);
            }
            var claimed = new ArrayList<DueDelivery>();
            for (var id : due) {
                sql.update(WEBHOOK_DELIVERIES)
                        .set(WEBHOOK_DELIVERIES.NEXT_ATTEMPT_AT, leaseEnd)
                        .set(WEBHOOK_DELIVERIES.ATTEMPTS, WEBHOOK_DELIVERIES.ATTEMPTS.plus(1))
                        .where(WEBHOOK_DELIVERIES.ID.eq(id))
                        .returning().fetchOptional()
                        .ifPresent(row -> claimed.add(new DueDelivery(row.getId(), row.getType(), row.getData(),
                                row.getCreatedAt(), row.getAttempts(), "http://127.0.0.1:9/naive", "secret")));
            }
            return claimed;
        }
    }
}
