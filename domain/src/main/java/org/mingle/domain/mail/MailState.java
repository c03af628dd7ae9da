package org.mingle.domain.mail;

/** Where a mail stands in the outbox. */
public enum MailState {
    /** Waiting for its first or next attempt. */
    QUEUED,
    /** The mail server accepted it. */
    SENT,
    /** Given up: the mail server refused it for good, or every retry failed. */
    FAILED
}
