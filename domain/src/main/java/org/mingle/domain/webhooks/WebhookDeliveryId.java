package org.mingle.domain.webhooks;

import java.util.Objects;
import java.util.UUID;

/** Identifies one change told to one webhook: the {@code id} of the body it receives, the same on every retry. */
public record WebhookDeliveryId(UUID value) {

    public WebhookDeliveryId {
        Objects.requireNonNull(value, "value");
    }

    public static WebhookDeliveryId newId() {
        return new WebhookDeliveryId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
