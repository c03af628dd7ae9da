package org.mingle.benchmarks;

import static org.mingle.db.jooq.Tables.OUTGOING_MAIL;

import io.micronaut.context.ApplicationContext;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Properties;
import org.jooq.DSLContext;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventService;
import org.mingle.domain.mail.MailState;
import org.mingle.domain.shared.AccountId;
import org.mingle.testsupport.TestDatabases;
import org.mingle.testsupport.TestMailServer;

/**
 * An event with thousands of registrants cancelled, on PostgreSQL, with mail to a local SMTP sink (GreenMail on the
 * same machine):
 * <ol>
 *   <li>how long the cancelling transaction takes, a notification and a queued mail for every registrant included;
 *       baseline in the same run: inserting the same number of rows into a table as wide as the outbox's, in one
 *       transaction;</li>
 *   <li>how fast the outbox delivers those mails (claim, send over SMTP, record each); baseline in the same run: the
 *       same number of mails sent straight to the sink over one connection, with nothing recorded.</li>
 * </ol>
 *
 * <p>Arguments (optional): registrants (10000).
 */
public final class MailLoad {

    private MailLoad() {
    }

    public static void main(String[] args) throws Exception {
        int registrants = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        var database = TestDatabases.create();
        try (var smtp = new TestMailServer().start()) {
            var properties = new HashMap<String, Object>(database.micronautProperties());
            properties.putAll(smtp.micronautProperties());
            try (var context = BenchmarkContexts.start(properties)) {
                var sql = context.getBean(DSLContext.class);
                var events = context.getBean(EventService.class);
                var organizer = GeneratedAccounts.insert(sql, 1, "Organizer").get(0);
                // Warm-up: a smaller event cancelled and its mail delivered, so the JIT has compiled the path.
                var warmUp = eventWith(sql, events, organizer, registrants / 5, "Warm-up");
                events.cancel(organizer, warmUp);
                awaitSent(sql, registrants / 5);
                sql.deleteFrom(OUTGOING_MAIL).execute();
                smtp.clear();
                var event = eventWith(sql, events, organizer, registrants, "Registrant");

                long began = System.nanoTime();
                events.cancel(organizer, event);
                long cancelled = System.nanoTime();
                double cancelSeconds = (cancelled - began) / 1e9;
                // Mail is decided after commit (decision 28): the mailer queues it while the outbox sends.
                while (sql.fetchCount(OUTGOING_MAIL) < registrants) {
                    Thread.sleep(10);
                }
                double queueSeconds = (System.nanoTime() - cancelled) / 1e9;
                int queued = sql.fetchCount(OUTGOING_MAIL);
                awaitSent(sql, queued);
                double deliverSeconds = (System.nanoTime() - cancelled) / 1e9;
                double baselineSeconds = wideInsert(sql, registrants);
                System.out.printf("cancel: %,d registrants, %,d notifications written in %.2f s, %,d mails queued "
                                + "%.2f s after commit; baseline: %,d wide rows inserted in one transaction in %.2f s; "
                                + "ratio %.2f%n", registrants, registrants, cancelSeconds, queued, queueSeconds,
                        registrants, baselineSeconds, cancelSeconds / baselineSeconds);
                int received = smtp.received().size();
                double rawSeconds = rawSmtp(smtp.port(), queued);
                System.out.printf("delivery: %,d mails sent in %.2f s, %.0f mails/s (%,d received); baseline: raw "
                                + "SMTP over one connection %.0f mails/s; ratio %.2f%n", queued, deliverSeconds,
                        queued / deliverSeconds, received, queued / rawSeconds, rawSeconds / deliverSeconds);
            }
        }
    }

    /** A published event with this many confirmed registrants, written in bulk. */
    private static EventId eventWith(DSLContext sql, EventService events, AccountId organizer, int registrants,
                                     String label) {
        GeneratedAccounts.insert(sql, registrants, label);
        var start = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.MINUTES);
        var event = events.create(organizer, new EventInput(label + " conference", "", start,
                start.plus(Duration.ofHours(8)), "Europe/Berlin", "Hall", registrants, null, false, 0.5)).id();
        events.publish(organizer, event);
        sql.execute("""
                insert into registrations (id, event_id, account_id, status, check_in_code, registered_at, updated_at)
                select gen_random_uuid(), ?, id, 'CONFIRMED', substr(md5(id::text), 1, 12), now(), now()
                from accounts where display_name like ?""", event.value(), label + " %");
        sql.execute("update events set confirmed_count = ? where id = ?", registrants, event.value());
        sql.execute("analyze");
        return event;
    }

    private static void awaitSent(DSLContext sql, int mails) throws InterruptedException {
        while (sql.fetchCount(OUTGOING_MAIL, OUTGOING_MAIL.STATE.eq(MailState.SENT)) < mails) {
            Thread.sleep(50);
        }
    }

    /** Inserts as many rows of about the outbox's width in one transaction; seconds. */
    private static double wideInsert(DSLContext sql, int rows) {
        sql.execute("create table if not exists load_wide (id uuid primary key, recipient text, subject text, "
                + "text_body text, html_body text, created_at timestamptz)");
        String text = "x".repeat(600);
        String html = "x".repeat(1500);
        long began = System.nanoTime();
        sql.transaction(configuration -> {
            for (int from = 0; from < rows; from += 1000) {
                var insert = configuration.dsl().insertInto(org.jooq.impl.DSL.table("load_wide"),
                        org.jooq.impl.DSL.field("id"), org.jooq.impl.DSL.field("recipient"),
                        org.jooq.impl.DSL.field("subject"), org.jooq.impl.DSL.field("text_body"),
                        org.jooq.impl.DSL.field("html_body"), org.jooq.impl.DSL.field("created_at"));
                for (int i = from; i < Math.min(rows, from + 1000); i++) {
                    insert = insert.values(java.util.UUID.randomUUID(), "person" + i + "@example.com",
                            "Cancelled conference is cancelled", text, html, java.time.OffsetDateTime.now());
                }
                insert.execute();
            }
        });
        return (System.nanoTime() - began) / 1e9;
    }

    /**
     * Sends as many small mails straight to the sink over one SMTP connection, all to one address (GreenMail now and
     * then fails to create ten thousand mailboxes in a row); seconds.
     */
    private static double rawSmtp(int port, int mails) throws Exception {
        var properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(port));
        var session = Session.getInstance(properties);
        long began = System.nanoTime();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (int i = 0; i < mails; i++) {
                var message = new MimeMessage(session);
                message.setFrom(new InternetAddress("mingle@example.org"));
                message.setRecipient(Message.RecipientType.TO, new InternetAddress("raw@example.com"));
                message.setSubject("Raw " + i);
                message.setText("x".repeat(600));
                message.saveChanges();
                transport.sendMessage(message, message.getAllRecipients());
            }
        }
        return (System.nanoTime() - began) / 1e9;
    }
}
