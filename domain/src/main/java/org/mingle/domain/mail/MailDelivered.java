package org.mingle.domain.mail;

import java.util.Objects;

/**
 * One attempt to hand a mail to the mail server ended: published by the delivery worker after the outcome is
 * recorded, outside any transaction, so that operators can count what goes out, what waits to be retried and what
 * failed for good.
 */
public record MailDelivered(Outcome outcome) {

    /** How the attempt ended. */
    public enum Outcome {
        /** The mail server accepted it. */
        SENT,
        /** Not now (server away, or a temporary refusal): tried again later. */
        RETRYING,
        /** Refused for good, or the last retry failed. */
        FAILED
    }

    public MailDelivered {
        Objects.requireNonNull(outcome, "outcome");
    }
}
