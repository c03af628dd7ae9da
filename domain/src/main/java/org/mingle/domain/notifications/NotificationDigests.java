package org.mingle.domain.notifications;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each person's daily digest once it is due, once across all instances: a digest is taken from the due list
 * with {@code FOR UPDATE SKIP LOCKED} and deleted in the transaction that queues its mail.
 */
@Singleton
class NotificationDigests {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationDigests.class);
    private static final int BATCH = 100;

    private final JdbcNotifications store;
    private final NotificationMails mails;
    private final NotificationService notifications;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    NotificationDigests(JdbcNotifications store, NotificationMails mails, NotificationService notifications,
                        TransactionOperations<Connection> transactions, Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.mails = mails;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${mingle.notifications.digest-check-interval:1m}", initialDelay = "30s")
    void sendDue() {
        try {
            while (sendBatch() == BATCH) {
                // more are due
            }
        } catch (RuntimeException e) {
            LOG.warn("Sending daily digests failed; retrying on the next check: {}", e.toString());
        }
    }

    /** Sends the digests due now, up to a batch; how many it took. */
    int sendBatch() {
        return transactions.executeWrite(status -> sendBatchInTransaction());
    }

    private int sendBatchInTransaction() {
        var due = store.takeDueDigests(clock.instant().truncatedTo(ChronoUnit.MICROS), BATCH);
        for (var account : due) {
            var settings = notifications.settings(account);
            // A category switched away from the digest meanwhile is not mailed after all.
            var items = store.takeDigestItems(account).stream()
                    .filter(n -> settings.get(n.kind().category()) == Delivery.DAILY_DIGEST)
                    .toList();
            mails.queueDigest(account, items);
        }
        return due.size();
    }
}
