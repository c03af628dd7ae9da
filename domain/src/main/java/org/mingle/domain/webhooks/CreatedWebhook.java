package org.mingle.domain.webhooks;

import java.util.Objects;

/** A webhook just created, with the secret that signs its deliveries: the only time anyone is shown the secret. */
public record CreatedWebhook(Webhook webhook, String secret) {

    public CreatedWebhook {
        Objects.requireNonNull(webhook, "webhook");
        Objects.requireNonNull(secret, "secret");
    }
}
