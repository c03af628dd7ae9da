package org.mingle.domain.webhooks;

import java.util.Objects;
import java.util.UUID;

/** Identifies a webhook of an event. */
public record WebhookId(UUID value) {

    public WebhookId {
        Objects.requireNonNull(value, "value");
    }

    public static WebhookId newId() {
        return new WebhookId(UUID.randomUUID());
    }

    /** Reads an id as it appears in a URL; text that is no id names nothing, so it is refused as not found. */
    public static WebhookId fromString(String text) {
        try {
            return new WebhookId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            throw new WebhookNotFoundException();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
