package org.mingle.api.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.mingle.api.responses.Times;
import org.mingle.domain.webhooks.Webhook;
import org.mingle.domain.webhooks.WebhookType;

/** A webhook as listed: without its secret, which only the answer that created it shows. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Webhook", requiredProperties = {"id", "url", "types", "createdAt"})
public record WebhookResponse(
        @Schema(format = "uuid") String id,
        @Schema(format = "uri", example = "https://crm.example.org/hooks/mingle") String url,
        @ArraySchema(schema = @Schema(allowableValues = {"registration.created", "registration.promoted",
                "registration.cancelled", "checkin.created", "connection.created", "meeting.accepted",
                "event.updated"})) List<String> types,
        @Schema(format = "date-time") String createdAt) {

    static WebhookResponse of(Webhook webhook) {
        return new WebhookResponse(webhook.id().toString(), webhook.url(), names(webhook.types()),
                Times.utc(webhook.createdAt()));
    }

    static List<String> names(List<WebhookType> types) {
        return types.stream().map(WebhookType::wireName).toList();
    }
}
