package org.mingle.domain.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A delivery as its webhook's organizers see it: what was told, where it stands, and every attempt so far. */
public record DeliveryLog(WebhookDeliveryId id, WebhookType type, DeliveryState state, Instant createdAt,
                          Optional<Instant> nextAttemptAt, Optional<Instant> finishedAt,
                          List<DeliveryAttempt> attempts) {

    public DeliveryLog {
        attempts = List.copyOf(attempts);
    }
}
