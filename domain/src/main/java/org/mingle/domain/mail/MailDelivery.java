package org.mingle.domain.mail;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the outbox holds, on every instance, without two instances ever holding the same mail: each pass claims
 * a batch of due mails with {@code FOR UPDATE SKIP LOCKED} and a lease (see {@link JdbcOutbox#claimDue}), then marks
 * each mail sent on its own right after the server accepted it. A process killed mid-batch therefore sends again at
 * most the one mail in flight; the rest of its batch falls due when the lease ends. A mail the server cannot take now
 * is retried after {@link #RETRY_DELAYS}; a refused address, or the last retry failing, leaves it failed, which the
 * recipient's export shows. Each attempt's outcome is published ({@link MailDelivered}) once it is recorded.
 */
@Singleton
class MailDelivery {

    /** Waits before the 2nd, 3rd, ... attempt: about 1.5 days in all. */
    static final List<Duration> RETRY_DELAYS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(6),
            Duration.ofHours(12));
    static final int BATCH = 50;

    private static final Logger LOG = LoggerFactory.getLogger(MailDelivery.class);

    private final JdbcOutbox outbox;
    private final Optional<MailTransport> transport;
    private final Clock clock;
    private final Duration lease;
    private final ApplicationEventPublisher<MailDelivered> outcomes;

    @Inject
    MailDelivery(JdbcOutbox outbox, MailSettings settings, Clock clock,
                 ApplicationEventPublisher<MailDelivered> outcomes) {
        this(outbox, settings.server().map(server -> new SmtpTransport(server, clock)), clock, outcomes);
    }

    MailDelivery(JdbcOutbox outbox, Optional<MailTransport> transport, Clock clock,
                 ApplicationEventPublisher<MailDelivered> outcomes) {
        this.outbox = outbox;
        this.transport = transport;
        this.clock = clock;
        this.outcomes = outcomes;
        // Long enough for a whole batch at the slowest the server may answer before an attempt times out.
        this.lease = Duration.ofMillis(SmtpTransport.longestAttemptMillis()).plusMinutes(2);
    }

    @Scheduled(fixedDelay = "${mingle.mail.poll-interval:1s}", initialDelay = "${mingle.mail.poll-interval:1s}")
    void deliverDue() {
        if (transport.isEmpty()) {
            return;
        }
        try {
            int sent;
            do {
                sent = deliverBatch();
            } while (sent == BATCH);
        } catch (RuntimeException e) {
            // The database is away or the pool exhausted: the next pass tries again, nothing is lost.
            LOG.warn("Mail delivery pass failed; retrying on the next pass: {}", e.toString());
        }
    }

    /** Claims and sends one batch; the number of mails claimed. */
    int deliverBatch() {
        Instant claimedAt = now();
        var batch = outbox.claimDue(claimedAt, claimedAt.plus(lease), BATCH);
        if (batch.isEmpty()) {
            return 0;
        }
        // Stop early enough that the last mail sent still falls inside the lease.
        Instant stopAfter = claimedAt.plus(lease).minusMillis(SmtpTransport.longestAttemptMillis());
        MailTransport.MailConnection connection = null;
        try {
            for (int i = 0; i < batch.size(); i++) {
                var mail = batch.get(i);
                if (now().isAfter(stopAfter)) {
                    batch.subList(i, batch.size()).forEach(rest -> outbox.release(rest.id(), now()));
                    break;
                }
                if (connection == null) {
                    try {
                        connection = transport.get().open();
                    } catch (MessagingException unreachable) {
                        // The server is away: every mail left in the batch waits for its next attempt.
                        batch.subList(i, batch.size()).forEach(rest -> retryLater(rest, unreachable));
                        break;
                    }
                }
                try {
                    connection.send(mail);
                    outbox.markSent(mail.id(), now());
                    outcomes.publishEvent(new MailDelivered(MailDelivered.Outcome.SENT));
                } catch (MailRefusedException refused) {
                    outbox.markFailed(mail.id(), "refused by the mail server: " + refused.getMessage());
                    outcomes.publishEvent(new MailDelivered(MailDelivered.Outcome.FAILED));
                    LOG.info("Mail {} refused for good: {}", mail.id(), refused.getMessage());
                } catch (MessagingException failed) {
                    retryLater(mail, failed);
                    connection = closed(connection);
                }
            }
        } finally {
            closed(connection);
        }
        return batch.size();
    }

    private void retryLater(QueuedMail mail, MessagingException failed) {
        // attempts counts this one: the claim raised it
        int attempt = mail.attempts();
        String reason = failed.getMessage() == null ? failed.getClass().getSimpleName() : failed.getMessage().strip();
        if (attempt > RETRY_DELAYS.size()) {
            outbox.markFailed(mail.id(), "gave up after " + attempt + " attempts: " + reason);
            outcomes.publishEvent(new MailDelivered(MailDelivered.Outcome.FAILED));
            LOG.warn("Mail {} failed for good after {} attempts: {}", mail.id(), attempt, reason);
        } else {
            outbox.retryAt(mail.id(), now().plus(RETRY_DELAYS.get(attempt - 1)), "attempt " + attempt + ": " + reason);
            outcomes.publishEvent(new MailDelivered(MailDelivered.Outcome.RETRYING));
            LOG.info("Mail {} not sent (attempt {}), retrying later: {}", mail.id(), attempt, reason);
        }
    }

    private static MailTransport.MailConnection closed(MailTransport.MailConnection connection) {
        if (connection != null) {
            connection.close();
        }
        return null;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
