package org.mingle.api.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.mingle.domain.shared.Page;
import org.mingle.domain.webhooks.Webhook;

/** One page of an event's webhooks, oldest first. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "WebhookPage")
public record WebhookPageResponse(List<WebhookResponse> items, int page, int size, long total) {

    static WebhookPageResponse of(Page<Webhook> page) {
        return new WebhookPageResponse(page.items().stream().map(WebhookResponse::of).toList(), page.page(),
                page.size(), page.total());
    }
}
