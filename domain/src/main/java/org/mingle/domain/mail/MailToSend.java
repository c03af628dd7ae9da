package org.mingle.domain.mail;

import java.util.Objects;
import java.util.Optional;
import org.mingle.domain.shared.AccountId;

/**
 * A mail to queue: plain text and HTML of the same content. The account, when the recipient has one, lets the
 * personal-data export show the mail and erasure remove it; the unsubscribe address (RFC 8058) is absent for mail a
 * person cannot turn off, such as a password reset.
 */
public record MailToSend(Optional<AccountId> account, String recipient, String subject, String text, String html,
                         Optional<String> unsubscribeUrl) {

    public MailToSend {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(unsubscribeUrl, "unsubscribeUrl");
        if (subject.isBlank()) {
            throw new IllegalArgumentException("a mail needs a subject");
        }
    }
}
