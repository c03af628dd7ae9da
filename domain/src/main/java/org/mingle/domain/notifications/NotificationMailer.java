package org.mingle.domain.notifications;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import org.mingle.domain.shared.AccountId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mails notifications after the change that wrote them committed, once across all instances: takes waiting ones with
 * {@code FOR UPDATE SKIP LOCKED} and, in the same transaction, queues each one's mail (at once), or keeps it for the
 * daily digest, or neither (app only), as its recipient's setting for its category says now.
 */
@Singleton
class NotificationMailer {

    static final int BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(NotificationMailer.class);

    private final JdbcNotifications store;
    private final NotificationMails mails;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    NotificationMailer(JdbcNotifications store, NotificationMails mails, TransactionOperations<Connection> transactions,
                       Clock clock) {
        this.store = store;
        this.mails = mails;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${mingle.notifications.mail-interval:1s}",
            initialDelay = "${mingle.notifications.mail-interval:1s}")
    void mailDue() {
        try {
            while (mailBatch() == BATCH) {
                // more are waiting
            }
        } catch (RuntimeException e) {
            LOG.warn("Mailing notifications failed; retrying on the next pass: {}", e.toString());
        }
    }

    /** Mails one batch of waiting notifications; how many it took. */
    int mailBatch() {
        return transactions.executeWrite(status -> {
            var due = store.takeMailDue(BATCH);
            if (due.isEmpty()) {
                return 0;
            }
            var settings = store.chosenDeliveries(due.stream().map(d -> d.notification().recipient()).toList());
            var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            var toMail = new ArrayList<NotificationMails.ToMail>();
            var forDigest = new HashSet<NotificationId>();
            var digestRecipients = new HashSet<AccountId>();
            for (var item : due) {
                var notification = item.notification();
                var category = notification.kind().category();
                var delivery = settings.getOrDefault(notification.recipient(), Map.of())
                        .getOrDefault(category, category.byDefault());
                switch (delivery) {
                    case IMMEDIATE -> toMail.add(new NotificationMails.ToMail(notification, item.actions(),
                            item.reference()));
                    case DAILY_DIGEST -> {
                        forDigest.add(notification.id());
                        digestRecipients.add(notification.recipient());
                    }
                    case IN_APP_ONLY, OFF -> {
                        // the bell and the list only (OFF: written before the person turned the category off)
                    }
                }
            }
            mails.queueAll(toMail);
            store.scheduleDigests(digestRecipients, now.plus(NotificationService.DIGEST_PERIOD));
            store.mailed(due.stream().map(d -> d.notification().id()).toList(), forDigest);
            return due.size();
        });
    }
}
