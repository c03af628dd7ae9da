package org.mingle.api.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.mingle.domain.shared.Page;
import org.mingle.domain.webhooks.DeliveryLog;

/** One page of a webhook's deliveries, newest first. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "WebhookDeliveryPage")
public record DeliveryPageResponse(List<DeliveryResponse> items, int page, int size, long total) {

    static DeliveryPageResponse of(Page<DeliveryLog> page) {
        return new DeliveryPageResponse(page.items().stream().map(DeliveryResponse::of).toList(), page.page(),
                page.size(), page.total());
    }
}
