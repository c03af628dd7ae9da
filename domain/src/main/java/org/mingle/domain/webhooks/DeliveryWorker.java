package org.mingle.domain.webhooks;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.net.URI;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.mingle.domain.infrastructure.JobLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts queued deliveries, on every instance, without two instances ever holding the same one: each pass claims a
 * batch of due deliveries with {@code FOR UPDATE SKIP LOCKED} and a lease (see {@link JdbcWebhooks#claimDue}), then
 * records each attempt and its outcome on its own right after the receiver answered. A process killed mid-batch
 * therefore sends again at most the one delivery in flight; the rest of its batch falls due when the lease ends. A
 * delivery that got no 2xx answer is retried on the {@link RetrySchedule} for 24 hours; one whose address turns out
 * not to be public when it is due fails at once (unless private addresses are allowed).
 */
@Singleton
class DeliveryWorker {

    static final int BATCH = 20;
    /** Finished deliveries are kept this long for the delivery log, then deleted. */
    static final Duration KEPT_FOR = Duration.ofDays(30);
    /** Long enough for one attempt and its bookkeeping; the batch stops before an attempt could outlast it. */
    static final Duration LEASE = HttpWebhookTransport.LONGEST_ATTEMPT.plusMinutes(2);

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);

    private final JdbcWebhooks store;
    private final WebhookTransport transport;
    private final WebhookSettings settings;
    private final RetrySchedule retries;
    private final TransactionOperations<Connection> transactions;
    private final JobLocks locks;
    private final Clock clock;

    DeliveryWorker(JdbcWebhooks store, WebhookTransport transport, WebhookSettings settings,
                   TransactionOperations<Connection> transactions, JobLocks locks, Clock clock) {
        this.store = store;
        this.transport = transport;
        this.settings = settings;
        this.retries = new RetrySchedule(settings.firstRetryDelay());
        this.transactions = transactions;
        this.locks = locks;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${mingle.webhooks.poll-interval:1s}", initialDelay = "${mingle.webhooks.poll-interval:1s}")
    void deliverDue() {
        try {
            int claimed;
            do {
                claimed = deliverBatch();
            } while (claimed == BATCH);
            // The same delete on every instance each second would be wasted work: one at a time does it.
            locks.runAlone("webhook-delivery-cleanup", () -> store.deleteFinishedBefore(now().minus(KEPT_FOR)));
        } catch (RuntimeException e) {
            // The database is away or the pool exhausted: the next pass tries again, nothing is lost.
            LOG.warn("Webhook delivery pass failed; retrying on the next pass: {}", e.toString());
        }
    }

    /** Claims and posts one batch; the number of deliveries claimed. */
    int deliverBatch() {
        Instant claimedAt = now();
        var batch = store.claimDue(claimedAt, claimedAt.plus(LEASE), BATCH);
        // Stop early enough that the last attempt made still ends inside the lease.
        Instant stopAfter = claimedAt.plus(LEASE).minus(HttpWebhookTransport.LONGEST_ATTEMPT);
        for (int i = 0; i < batch.size(); i++) {
            if (now().isAfter(stopAfter)) {
                batch.subList(i, batch.size()).forEach(rest -> store.release(rest.id(), now()));
                break;
            }
            deliver(batch.get(i));
        }
        return batch.size();
    }

    private void deliver(DueDelivery delivery) {
        URI url = URI.create(delivery.url());
        Instant at = now();
        Optional<String> refusal = Optional.empty();
        Answer answer;
        try {
            refusal = settings.allowPrivate() ? Optional.empty() : WebhookAddresses.refusal(url);
            answer = refusal.map(reason -> Answer.failed("refused: the address " + reason))
                    .orElseGet(() -> post(delivery));
        } catch (WebhookAddresses.Unresolvable unresolvable) {
            answer = Answer.failed(unresolvable.getMessage());
        }
        Answer outcome = answer;
        boolean refused = refusal.isPresent();
        transactions.executeWrite(status -> {
            store.recordAttempt(delivery.id(), delivery.attempts(), at, outcome);
            if (outcome.delivered()) {
                store.finish(delivery.id(), DeliveryState.DELIVERED, now());
            } else {
                var next = refused ? Optional.<Instant>empty() : retries.next(delivery.attempts(),
                        delivery.createdAt(), now());
                if (next.isPresent()) {
                    store.retryAt(delivery.id(), next.get());
                } else {
                    store.finish(delivery.id(), DeliveryState.FAILED, now());
                    LOG.info("Webhook delivery {} failed for good after {} attempts: {}", delivery.id(),
                            delivery.attempts(), describe(outcome));
                }
            }
            return null;
        });
    }

    private Answer post(DueDelivery delivery) {
        String body = delivery.body();
        String signature = Signatures.header(delivery.secret(), clock.instant().getEpochSecond(), body);
        return transport.post(URI.create(delivery.url()), body, signature);
    }

    private static String describe(Answer answer) {
        return answer.statusCode().map(status -> "answered " + status).orElseGet(() -> answer.error().orElse("?"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
