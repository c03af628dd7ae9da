package org.mingle.domain.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.mingle.domain.events.EventId;

/** An address an event's organizers subscribed to kinds of change at their event (its secret stays inside). */
public record Webhook(WebhookId id, EventId event, String url, List<WebhookType> types, Instant createdAt) {

    public Webhook {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(url, "url");
        types = List.copyOf(types);
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
