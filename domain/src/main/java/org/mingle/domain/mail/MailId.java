package org.mingle.domain.mail;

import java.util.Objects;
import java.util.UUID;

/** Identifies a queued mail; its {@code Message-ID} is made from it, so a mail sent twice is recognisably one mail. */
public record MailId(UUID value) {

    public MailId {
        Objects.requireNonNull(value, "value");
    }

    public static MailId newId() {
        return new MailId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
