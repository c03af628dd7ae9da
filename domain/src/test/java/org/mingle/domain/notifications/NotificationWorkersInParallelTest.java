package org.mingle.domain.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingle.db.jooq.Tables.NOTIFICATIONS;
import static org.mingle.db.jooq.Tables.NOTIFICATION_DIGESTS;
import static org.mingle.db.jooq.Tables.OUTGOING_MAIL;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.accounts.TestPeople;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.TestEvents;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccountId;
import org.mingle.testsupport.MicronautPostgres;
import org.mingle.testsupport.Parallel;
import org.mingle.testsupport.TestDatabases;

/**
 * The notification mailer and the daily digests as four instances run them at the same moment, each pass in a real
 * transaction of its own (decision 59): every notification is mailed once and every digest sent once; a pass that
 * reads what is waiting without claiming it mails the same notifications again.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationWorkersInParallelTest implements MicronautPostgres {

    private static final int INSTANCES = 4;

    @Inject
    ApplicationContext context;
    @Inject
    NotificationMailer mailer;
    @Inject
    NotificationDigests digests;
    @Inject
    NotificationService notifications;
    @Inject
    RegistrationService registrations;
    @Inject
    EventService events;
    @Inject
    AccountService accounts;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    DSLContext sql;

    private AccountId organizer;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(TestDatabases.create().micronautProperties());
        // Only the test's own passes run.
        properties.put("mingle.notifications.mail-interval", "1h");
        properties.put("mingle.notifications.digest-check-interval", "1h");
        return properties;
    }

    @BeforeAll
    void world() {
        organizer = TestAccounts.signUp(accounts, "Olga Organizer").id();
    }

    @Test
    void mailerPassesOnSeveralInstancesAtOnceMailEachNotificationOnce() throws Exception {
        var people = registered(40, Delivery.IMMEDIATE);

        var taken = Parallel.run(INSTANCES, () -> mailer.mailBatch());

        assertThat(taken.stream().mapToInt(Integer.class::cast).sum()).isEqualTo(40);
        assertThat(people).allSatisfy(person -> assertThat(mailsTo(person)).isEqualTo(1));
    }

    @Test
    void digestPassesOnSeveralInstancesAtOnceSendEachDigestOnce() throws Exception {
        var people = registered(20, Delivery.DAILY_DIGEST);
        while (mailer.mailBatch() > 0) {
            // moves each notification to its recipient's digest
        }
        sql.update(NOTIFICATION_DIGESTS).set(NOTIFICATION_DIGESTS.DUE_AT, Instant.now().minusSeconds(1))
                .where(NOTIFICATION_DIGESTS.ACCOUNT_ID.in(people)).execute();

        var taken = Parallel.run(INSTANCES, () -> digests.sendBatch());

        assertThat(taken.stream().mapToInt(Integer.class::cast).sum()).isEqualTo(20);
        assertThat(people).allSatisfy(person -> assertThat(mailsTo(person)).isEqualTo(1));
    }

    @Test
    void negativeControlPassesThatReadWaitingNotificationsWithoutClaimingThemMailThemAgain() throws Exception {
        var people = registered(10, Delivery.IMMEDIATE);
        var mailed = new AtomicInteger();
        var allRead = new CyclicBarrier(INSTANCES);

        Parallel.run(INSTANCES, () -> transactions.executeWrite(status -> {
            var waiting = sql.select(NOTIFICATIONS.ID).from(NOTIFICATIONS)
                    .where(NOTIFICATIONS.MAIL_DUE.isTrue().and(NOTIFICATIONS.ACCOUNT_ID.in(people))).fetch(NOTIFICATIONS.ID);
            try {
                allRead.await(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            mailed.addAndGet(waiting.size());
            sql.update(NOTIFICATIONS).set(NOTIFICATIONS.MAIL_DUE, false).where(NOTIFICATIONS.ID.in(waiting))
                    .execute();
            return waiting.size();
        }));

        assertThat(mailed.get()).as("each notification mailed once per instance").isEqualTo(10 * INSTANCES);
    }

    private List<AccountId> registered(int count, Delivery delivery) {
        EventId event = TestEvents.published(events, organizer, 5, false);
        var people = TestPeople.create(sql, count, "Person");
        for (var person : people) {
            notifications.changeSettings(person, Map.of(NotificationCategory.REGISTRATION, delivery));
            TestNotices.register(context, person, event);
        }
        return people;
    }

    private int mailsTo(AccountId person) {
        return sql.fetchCount(OUTGOING_MAIL, OUTGOING_MAIL.ACCOUNT_ID.eq(person));
    }
}
