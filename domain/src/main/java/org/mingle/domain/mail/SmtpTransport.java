package org.mingle.domain.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;

/**
 * Sends mail to an SMTP server with Jakarta Mail (Angus). Each mail is multipart/alternative (plain text and HTML),
 * wrapped in a multipart/mixed beside its attachment when it has one; it carries a {@code Message-ID} made from its
 * outbox id, so a mail sent again after a crash is the same mail to the receiver, and, when it has one, a one-click
 * {@code List-Unsubscribe} (RFC 8058).
 */
class SmtpTransport implements MailTransport {

    private static final int TIMEOUT_MILLIS = 20_000;

    private final MailServer server;
    private final Session session;
    private final String protocol;
    private final Clock clock;

    SmtpTransport(MailServer server, Clock clock) {
        this.server = server;
        this.clock = clock;
        this.protocol = server.security() == MailServer.Security.TLS ? "smtps" : "smtp";
        var properties = new Properties();
        String prefix = "mail." + protocol + ".";
        properties.put(prefix + "host", server.host());
        properties.put(prefix + "port", String.valueOf(server.port()));
        properties.put(prefix + "connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
        properties.put(prefix + "timeout", String.valueOf(TIMEOUT_MILLIS));
        properties.put(prefix + "writetimeout", String.valueOf(TIMEOUT_MILLIS));
        properties.put(prefix + "auth", String.valueOf(server.user().isPresent()));
        if (server.security() == MailServer.Security.STARTTLS) {
            properties.put(prefix + "starttls.enable", "true");
            properties.put(prefix + "starttls.required", "true");
        }
        if (server.security() != MailServer.Security.NONE) {
            properties.put(prefix + "ssl.checkserveridentity", "true");
        }
        this.session = Session.getInstance(properties);
    }

    /** The longest one mail can take before its attempt fails: connecting, then writing and reading an answer. */
    static long longestAttemptMillis() {
        return 3L * TIMEOUT_MILLIS;
    }

    @Override
    public MailConnection open() throws MessagingException {
        Transport transport = session.getTransport(protocol);
        transport.connect(server.host(), server.port(), server.user().orElse(null), server.password().orElse(null));
        return new MailConnection() {
            @Override
            public void send(QueuedMail mail) throws MessagingException {
                var message = message(mail);
                try {
                    transport.sendMessage(message, message.getAllRecipients());
                } catch (SMTPAddressFailedException refused) {
                    if (refused.getReturnCode() >= 500) {
                        throw new MailRefusedException(refused.getMessage().strip());
                    }
                    throw refused;
                } catch (SendFailedException failed) {
                    if (failed.getValidSentAddresses() == null && failed.getValidUnsentAddresses() == null
                            && failed.getInvalidAddresses() != null && failed.getInvalidAddresses().length > 0) {
                        throw new MailRefusedException("the mail server refused the address "
                                + failed.getInvalidAddresses()[0]);
                    }
                    throw failed;
                }
            }

            @Override
            public void close() {
                try {
                    transport.close();
                } catch (MessagingException ignored) {
                    // The mail already went out; a connection that does not close cleanly changes nothing.
                }
            }
        };
    }

    MimeMessage message(QueuedMail mail) throws MessagingException {
        var message = new StableIdMessage(session, "<" + mail.id() + "@" + domainOf(server.from()) + ">");
        message.setFrom(server.from());
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient(), true));
        message.setSubject(mail.subject(), "UTF-8");
        message.setSentDate(Date.from(clock.instant()));
        var text = new MimeBodyPart();
        text.setText(mail.text(), "UTF-8", "plain");
        var html = new MimeBodyPart();
        html.setText(mail.html(), "UTF-8", "html");
        var alternative = new MimeMultipart("alternative", text, html);
        if (mail.attachment().isPresent()) {
            var body = new MimeBodyPart();
            body.setContent(alternative);
            message.setContent(new MimeMultipart("mixed", body, attached(mail.attachment().get())));
        } else {
            message.setContent(alternative);
        }
        if (mail.unsubscribeUrl().isPresent()) {
            message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl().get() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        message.setHeader("Auto-Submitted", "auto-generated");
        message.saveChanges();
        return message;
    }

    /**
     * The attachment as a part of its own type. Its bytes go through a data source: Jakarta Mail has no handler that
     * writes a string as text/calendar.
     */
    private static MimeBodyPart attached(MailAttachment file) throws MessagingException {
        var part = new MimeBodyPart();
        String type = file.contentType() + "; charset=UTF-8";
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.text().getBytes(StandardCharsets.UTF_8),
                type)));
        part.setHeader("Content-Type", type);
        part.setFileName(file.filename());
        part.setDisposition(Part.ATTACHMENT);
        return part;
    }

    private static String domainOf(InternetAddress address) {
        String text = address.getAddress();
        return text.substring(text.indexOf('@') + 1);
    }

    /** Keeps the Message-ID it is given: Jakarta Mail would otherwise invent a new one on every attempt. */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
