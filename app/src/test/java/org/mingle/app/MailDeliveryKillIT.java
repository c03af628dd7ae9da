package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.testsupport.TestDatabase;
import org.mingle.testsupport.TestDatabases;
import org.mingle.testsupport.TestMailServer;

/**
 * {@code kill -9} of the packaged application while it delivers mail: nothing is lost, and at most the one mail that
 * was in flight arrives twice, with the same {@code Message-ID} (decision 28). A second instance, started after the
 * first was killed, finishes the outbox.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailDeliveryKillIT {

    private static final int MAILS = 500;
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Path work = Path.of("target", "mail-delivery-kill-it");
    private final TestMailServer smtp = new TestMailServer().start();

    @AfterAll
    void stopMail() {
        smtp.stop();
    }

    @Test
    void aKilledInstanceLosesNoMailAndSendsAtMostTheOneInFlightTwice() throws Exception {
        Files.createDirectories(work);
        TestDatabase database = TestDatabases.create();
        Map<String, String> mail = Map.of("MINGLE_SMTP_HOST", "127.0.0.1",
                "MINGLE_SMTP_PORT", Integer.toString(smtp.port()), "MINGLE_MAIL_FROM", "Mingle <mingle@example.org>");
        var first = MingleJar.start(database, work, mail, work.resolve("first.log")).awaitStartUp(http);

        try (Connection sql = DriverManager.getConnection(database.url(), database.user(), database.password())) {
            queue(sql, MAILS);
            awaitReceived(MAILS / 5, first);
            first.kill();
            int receivedAtKill = smtp.received().size();
            int recordedSent = count(sql, "SENT");
            assertThat(receivedAtKill).as("killed mid-delivery").isLessThan(MAILS);
            assertThat(receivedAtKill - recordedSent).as("received but not recorded: the one in flight")
                    .isBetween(0, 1);

            // The killed instance's batch waits out its lease (minutes) before anyone takes it again; end it now.
            sql.createStatement().executeUpdate("update outgoing_mail set next_attempt_at = now()"
                    + " where state = 'QUEUED'");
            var second = MingleJar.start(database, work, mail, work.resolve("second.log")).awaitStartUp(http);
            try {
                awaitReceived(MAILS, second);
                awaitSentRecorded(sql);
            } finally {
                second.stop();
            }
            assertThat(count(sql, "QUEUED") + count(sql, "FAILED")).isZero();
        }

        var received = smtp.received();
        Set<String> messageIds = new HashSet<>();
        for (MimeMessage message : received) {
            messageIds.add(messageId(message));
        }
        assertThat(messageIds).as("every mail arrived").hasSize(MAILS);
        assertThat(received.size()).as("at most the one in flight twice").isBetween(MAILS, MAILS + 1);
    }

    private static void queue(Connection sql, int mails) throws SQLException {
        try (var insert = sql.prepareStatement("""
                insert into outgoing_mail (id, recipient, subject, text_body, html_body, state, next_attempt_at,
                                           created_at)
                values (?, ?, ?, 'Text', '<p>Text</p>', 'QUEUED', now(), now())""")) {
            for (int i = 0; i < mails; i++) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, "person" + i + "@example.org");
                insert.setString(3, "Mail " + i);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void awaitReceived(int atLeast, MingleJar sender) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (smtp.received().size() < atLeast) {
            if (System.nanoTime() > deadline || !sender.process().isAlive()) {
                throw new AssertionError(smtp.received().size() + " of " + atLeast + " mails arrived:\n"
                        + Files.readString(sender.log()));
            }
            Thread.sleep(5);
        }
    }

    private static void awaitSentRecorded(Connection sql) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (count(sql, "SENT") < MAILS) {
            assertThat(System.nanoTime()).as("all recorded as sent").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static int count(Connection sql, String state) throws SQLException {
        try (var query = sql.prepareStatement("select count(*) from outgoing_mail where state = ?")) {
            query.setString(1, state);
            try (var result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
