package org.mingle.domain.mail;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.mingle.domain.shared.AccountId;

/**
 * A mail to queue: plain text and HTML of the same content. The account, when the recipient has one, lets the
 * personal-data export show the mail and erasure remove it; the unsubscribe address (RFC 8058) is absent for mail a
 * person cannot turn off, such as a password reset. The reference, when given, names what the mail was sent for
 * (an organizer's message), so its sender can count what went out ({@link MailOutbox#countsFor}). The attachment,
 * when given, goes beside the text and HTML (an event's calendar).
 */
public record MailToSend(Optional<AccountId> account, String recipient, String subject, String text, String html,
                         Optional<String> unsubscribeUrl, Optional<UUID> reference,
                         Optional<MailAttachment> attachment) {

    public MailToSend(Optional<AccountId> account, String recipient, String subject, String text, String html,
                      Optional<String> unsubscribeUrl) {
        this(account, recipient, subject, text, html, unsubscribeUrl, Optional.empty());
    }

    public MailToSend(Optional<AccountId> account, String recipient, String subject, String text, String html,
                      Optional<String> unsubscribeUrl, Optional<UUID> reference) {
        this(account, recipient, subject, text, html, unsubscribeUrl, reference, Optional.empty());
    }

    public MailToSend withAttachment(MailAttachment file) {
        return new MailToSend(account, recipient, subject, text, html, unsubscribeUrl, reference, Optional.of(file));
    }

    public MailToSend {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(unsubscribeUrl, "unsubscribeUrl");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(attachment, "attachment");
        if (subject.isBlank()) {
            throw new IllegalArgumentException("a mail needs a subject");
        }
    }
}
