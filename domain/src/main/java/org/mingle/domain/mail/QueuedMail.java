package org.mingle.domain.mail;

import java.time.Instant;
import java.util.Optional;

/** A mail in the outbox as its worker and the recipient's export see it. */
public record QueuedMail(MailId id, String recipient, String subject, String text, String html,
                         Optional<String> unsubscribeUrl, Optional<MailAttachment> attachment, MailState state,
                         int attempts, Optional<String> lastError, Instant createdAt, Optional<Instant> sentAt) {
}
