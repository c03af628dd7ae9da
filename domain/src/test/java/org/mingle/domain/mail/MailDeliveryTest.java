package org.mingle.domain.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingle.db.jooq.Tables.OUTGOING_MAIL;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventService;
import org.mingle.domain.shared.Backlog;
import org.mingle.testsupport.MicronautPostgres;
import org.mingle.testsupport.TestMailServer;

/** Real mail over SMTP to GreenMail, from the outbox in PostgreSQL. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailDeliveryTest implements MicronautPostgres {

    @Inject
    MailOutbox mailOutbox;
    @Inject
    JdbcOutbox outbox;
    @Inject
    DSLContext sql;
    @Inject
    EventService events;
    @Inject
    AccountService accounts;

    private final TestMailServer smtp = new TestMailServer();
    private final List<MailDelivered.Outcome> outcomes = new CopyOnWriteArrayList<>();
    private MailServer server;

    @BeforeAll
    void startMailServer() {
        smtp.start();
        server = MailServer.of("127.0.0.1", String.valueOf(smtp.port()), "NONE", "", "",
                "Mingle <mingle@example.org>").orElseThrow();
    }

    @AfterAll
    void stopMailServer() {
        smtp.stop();
    }

    @BeforeEach
    @AfterEach
    void emptyOutboxAndInbox() throws Exception {
        sql.deleteFrom(OUTGOING_MAIL).execute();
        outcomes.clear();
        if (!smtp.isRunning()) {
            smtp.start();
        }
        smtp.clear();
    }

    @Test
    void aQueuedMailArrivesAsTextAndHtmlWithAStableIdAndOneClickUnsubscribe() throws Exception {
        var id = mailOutbox.queue(new MailToSend(Optional.empty(), "ana@example.com", "You're registered",
                "Plain words", "<p>Plain words</p>", Optional.of("https://mingle.example.org/unsubscribe/t")));

        assertThat(worker().deliverBatch()).isOne();

        var received = smtp.received();
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        assertThat(mail.getMessageID()).isEqualTo("<" + id + "@example.org>");
        assertThat(mail.getSubject()).isEqualTo("You're registered");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("Mingle <mingle@example.org>");
        assertThat(mail.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo("ana@example.com");
        assertThat(mail.getHeader("List-Unsubscribe")).containsExactly("<https://mingle.example.org/unsubscribe/t>");
        assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        var parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain; charset=UTF-8");
        assertThat(parts.getBodyPart(0).getContent().toString()).isEqualTo("Plain words");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html; charset=UTF-8");
        assertThat(parts.getBodyPart(1).getContent().toString()).isEqualTo("<p>Plain words</p>");
        var stored = outbox.find(id).orElseThrow();
        assertThat(stored.state()).isEqualTo(MailState.SENT);
        assertThat(stored.sentAt()).isPresent();
        assertThat(stored.lastError()).isEmpty();
    }

    @Test
    void anAttachedCalendarTravelsBesideTextAndHtmlWithTheEventsUidAndLocalStart() throws Exception {
        var organizer = TestAccounts.signUp(accounts, "Olga Calendar").id();
        var start = Instant.parse("2031-07-01T16:30:00Z"); // 18:30 in Berlin, summer time
        var created = events.create(organizer, new EventInput("Calendar night", "", start,
                start.plus(Duration.ofHours(2)), "Europe/Berlin", "Loft", 20, null, false, 0.3));
        var event = events.publish(organizer, created.id()).id();
        var ics = events.calendar(Optional.of(organizer), event);
        var id = mailOutbox.queue(new MailToSend(Optional.empty(), "ana@example.com", "You're registered",
                "Plain words", "<p>Plain words</p>", Optional.empty())
                .withAttachment(new MailAttachment("event.ics", "text/calendar; method=PUBLISH", ics)));
        assertThat(outbox.find(id).orElseThrow().attachment()).hasValueSatisfying(stored ->
                assertThat(stored.text()).isEqualTo(ics));

        assertThat(worker().deliverBatch()).isOne();

        MimeMessage mail = smtp.received().get(0);
        var mixed = (MimeMultipart) mail.getContent();
        assertThat(mixed.getContentType()).startsWith("multipart/mixed");
        assertThat(mixed.getCount()).isEqualTo(2);
        var alternative = (MimeMultipart) mixed.getBodyPart(0).getContent();
        assertThat(alternative.getContentType()).startsWith("multipart/alternative");
        assertThat(TestMailServer.text(mail)).isEqualTo("Plain words");
        assertThat(TestMailServer.html(mail)).isEqualTo("<p>Plain words</p>");
        var calendar = mixed.getBodyPart(1);
        assertThat(calendar.getContentType().replace("\r\n\t", " ")).startsWith("text/calendar")
                .contains("method=PUBLISH").contains("charset=UTF-8");
        assertThat(calendar.getFileName()).isEqualTo("event.ics");
        assertThat(calendar.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(TestMailServer.calendar(mail)).isEqualTo(ics).contains("METHOD:PUBLISH\r\n")
                .contains("UID:" + event + "@mingle\r\n")
                .contains("DTSTART;TZID=Europe/Berlin:20310701T183000\r\n");
    }

    @Test
    void mailThatCannotBeTurnedOffCarriesNoUnsubscribeHeader() throws Exception {
        mailOutbox.queue(new MailToSend(Optional.empty(), "ana@example.com", "Reset your password", "t", "h",
                Optional.empty()));

        worker().deliverBatch();

        assertThat(smtp.received().get(0).getHeader("List-Unsubscribe")).isNull();
    }

    @Test
    void whileTheServerIsAwayMailWaitsAndThenArrivesOnceWithTheSameId() throws Exception {
        var id = mailOutbox.queue(new MailToSend(Optional.empty(), "ben@example.com", "Later", "t", "h",
                Optional.empty()));
        smtp.stop();

        assertThat(worker().deliverBatch()).isOne();

        var waiting = outbox.find(id).orElseThrow();
        assertThat(waiting.state()).isEqualTo(MailState.QUEUED);
        assertThat(waiting.attempts()).isOne();
        assertThat(waiting.lastError()).hasValueSatisfying(error -> assertThat(error).startsWith("attempt 1: "));
        assertThat(dueAt(id)).isBetween(Instant.now().plusSeconds(50), Instant.now().plusSeconds(70));
        assertThat(worker().deliverBatch()).as("not due again before its retry").isZero();

        smtp.start();
        makeDue(id);
        assertThat(worker().deliverBatch()).isOne();

        assertThat(smtp.received()).extracting(MimeMessage::getMessageID)
                .containsExactly("<" + id + "@example.org>");
        assertThat(outbox.find(id).orElseThrow().state()).isEqualTo(MailState.SENT);
        assertThat(outcomes).containsExactly(MailDelivered.Outcome.RETRYING, MailDelivered.Outcome.SENT);
    }

    @Test
    void theBacklogCountsQueuedMailAndDatesTheOldest() {
        assertThat(mailOutbox.backlog()).isEqualTo(Backlog.empty());
        var first = mailOutbox.queue(new MailToSend(Optional.empty(), "ben@example.com", "First", "t", "h",
                Optional.empty()));
        mailOutbox.queue(new MailToSend(Optional.empty(), "cem@example.com", "Second", "t", "h", Optional.empty()));
        Instant firstQueued = sql.select(OUTGOING_MAIL.CREATED_AT).from(OUTGOING_MAIL)
                .where(OUTGOING_MAIL.ID.eq(first)).fetchSingle().value1();

        var backlog = mailOutbox.backlog();

        assertThat(backlog.waiting()).isEqualTo(2);
        assertThat(backlog.oldest()).contains(firstQueued);
        assertThat(worker().deliverBatch()).isEqualTo(2);
        assertThat(mailOutbox.backlog()).as("sent mail waits no more").isEqualTo(Backlog.empty());
    }

    @Test
    void afterTheLastRetryTheMailIsFailedAndSaysWhy() throws Exception {
        var id = mailOutbox.queue(new MailToSend(Optional.empty(), "ben@example.com", "Never", "t", "h",
                Optional.empty()));
        smtp.stop();

        for (int attempt = 1; attempt <= MailDelivery.RETRY_DELAYS.size() + 1; attempt++) {
            makeDue(id);
            worker().deliverBatch();
        }

        var failed = outbox.find(id).orElseThrow();
        assertThat(failed.state()).isEqualTo(MailState.FAILED);
        assertThat(failed.attempts()).isEqualTo(8);
        assertThat(failed.lastError()).hasValueSatisfying(error -> assertThat(error).startsWith("gave up after 8 "));
        makeDue(id);
        assertThat(worker().deliverBatch()).isZero();
        assertThat(outcomes).hasSize(8).endsWith(MailDelivered.Outcome.FAILED)
                .filteredOn(MailDelivered.Outcome.RETRYING::equals).hasSize(7);
    }

    @Test
    void aWorkerThatDiesAfterClaimingLeavesTheBatchToTheNextOnceItsLeaseEnds() throws Exception {
        var ids = queue(3);
        // A worker claims the batch and dies before sending anything (the process was killed).
        assertThat(outbox.claimDue(Instant.now(), Instant.now().plusSeconds(300), 50)).hasSize(3);

        assertThat(worker().deliverBatch()).as("the lease still holds").isZero();
        ids.forEach(this::makeDue); // the lease ended

        assertThat(worker().deliverBatch()).isEqualTo(3);
        assertThat(smtp.received()).hasSize(3);
    }

    @Test
    void aWorkerThatDiesBetweenSendingAndRecordingItSendsThatOneMailAgainWithTheSameId() throws Exception {
        var ids = queue(3);
        var claimed = outbox.claimDue(Instant.now(), Instant.now().plusSeconds(300), 50);
        // It sent the first mail of its batch and died before recording it.
        try (var connection = new SmtpTransport(server, Clock.systemUTC()).open()) {
            connection.send(claimed.get(0));
        }
        ids.forEach(this::makeDue);

        worker().deliverBatch();

        var messageIds = smtp.received().stream().map(MailDeliveryTest::messageId).toList();
        assertThat(messageIds).hasSize(4).containsOnlyOnceElementsOf(List.of(
                "<" + ids.get(1) + "@example.org>", "<" + ids.get(2) + "@example.org>"));
        assertThat(messageIds).filteredOn(("<" + claimed.get(0).id() + "@example.org>")::equals).hasSize(2);
    }

    @Test
    void aClaimTakesAtMostItsLimitEvenWhenTheTablesStatisticsAreStale() {
        sql.execute("analyze outgoing_mail"); // empty: the planner now expects a row or so
        queue(400);

        var claimed = outbox.claimDue(Instant.now(), Instant.now().plusSeconds(300), 50);

        assertThat(claimed).hasSize(50);
        assertThat(sql.fetchCount(OUTGOING_MAIL, OUTGOING_MAIL.ATTEMPTS.eq(1))).as("attempts counted").isEqualTo(50);
    }

    @Test
    void fourWorkersInParallelSendEachMailExactlyOnce() throws Exception {
        queue(300);

        var sent = inParallel(4, barrier -> {
            var worker = worker();
            barrier.await();
            int total = 0;
            for (int claimed; (claimed = worker.deliverBatch()) > 0; ) {
                total += claimed;
            }
            return total;
        });

        assertThat(sent).isEqualTo(300);
        var messageIds = smtp.received().stream().map(MailDeliveryTest::messageId).toList();
        assertThat(messageIds).hasSize(300);
        assertThat(new HashSet<>(messageIds)).hasSize(300);
        assertThat(sql.fetchCount(OUTGOING_MAIL, OUTGOING_MAIL.STATE.eq(MailState.SENT))).isEqualTo(300);
    }

    @Test
    void negativeControlWorkersThatReadDueMailWithoutClaimingItSendDuplicates() throws Exception {
        queue(100);

        inParallel(4, barrier -> {
            var due = sql.selectFrom(OUTGOING_MAIL).where(OUTGOING_MAIL.STATE.eq(MailState.QUEUED)).fetch();
            barrier.await(); // all read before any records what it sent
            try (var connection = new SmtpTransport(server, Clock.systemUTC()).open()) {
                for (var row : due) {
                    connection.send(outbox.find(row.getId()).orElseThrow());
                    outbox.markSent(row.getId(), Instant.now());
                }
            }
            return due.size();
        });

        assertThat(smtp.received()).as("without the claim, each mail went out once per worker")
                .hasSize(400);
    }

    private MailDelivery worker() {
        return new MailDelivery(outbox, Optional.of(new SmtpTransport(server, Clock.systemUTC())),
                Clock.systemUTC(), delivered -> outcomes.add(delivered.outcome()));
    }

    private List<MailId> queue(int count) {
        var ids = new ArrayList<MailId>();
        for (int i = 0; i < count; i++) {
            ids.add(mailOutbox.queue(new MailToSend(Optional.empty(), "person" + i + "@example.com", "Mail " + i,
                    "text " + i, "<p>html " + i + "</p>", Optional.empty())));
        }
        return ids;
    }

    private void makeDue(MailId id) {
        sql.update(OUTGOING_MAIL).set(OUTGOING_MAIL.NEXT_ATTEMPT_AT, Instant.now().minus(Duration.ofSeconds(1)))
                .where(OUTGOING_MAIL.ID.eq(id)).execute();
    }

    private Instant dueAt(MailId id) {
        return sql.select(OUTGOING_MAIL.NEXT_ATTEMPT_AT).from(OUTGOING_MAIL).where(OUTGOING_MAIL.ID.eq(id))
                .fetchOne().value1();
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Work {
        int run(CyclicBarrier barrier) throws Exception;
    }

    private static int inParallel(int workers, Work work) throws Exception {
        var barrier = new CyclicBarrier(workers);
        var pool = Executors.newFixedThreadPool(workers);
        try {
            var results = new ArrayList<Future<Integer>>();
            for (int i = 0; i < workers; i++) {
                results.add(pool.submit(() -> work.run(barrier)));
            }
            int total = 0;
            for (var result : results) {
                total += result.get();
            }
            return total;
        } finally {
            pool.shutdownNow();
        }
    }
}
