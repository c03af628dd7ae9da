package org.mingle.domain.webhooks;

import java.time.Instant;

/** A delivery a worker has claimed, with where it goes and the secret that signs it. */
record DueDelivery(WebhookDeliveryId id, WebhookType type, String data, Instant createdAt, int attempts, String url,
                   String secret) {

    /**
     * The body the receiver gets, the same bytes on every attempt: the id, type and time of the change are fixed when
     * it happened.
     */
    String body() {
        return "{\"id\":" + JsonText.string(id.toString()) + ",\"type\":" + JsonText.string(type.wireName())
                + ",\"createdAt\":" + JsonText.string(createdAt.toString()) + ",\"data\":" + data + "}";
    }
}
