package org.mingle.api.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.mingle.domain.webhooks.CreatedWebhook;

/** A webhook just created, with its secret: the one answer that shows it. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "CreatedWebhook", requiredProperties = {"id", "url", "types", "secret"})
public record CreatedWebhookResponse(
        @Schema(format = "uuid") String id,
        @Schema(format = "uri", example = "https://crm.example.org/hooks/mingle") String url,
        @ArraySchema(schema = @Schema(allowableValues = {"registration.created", "registration.promoted",
                "registration.cancelled", "checkin.created", "connection.created", "meeting.accepted",
                "event.updated"})) List<String> types,
        @Schema(description = """
                signs every delivery: the Mingle-Signature header is t=<unix seconds>,v1=<hex HMAC-SHA256 of \
                "<t>.<body>" keyed with this secret>. Shown only here; keep it.""",
                example = "whsec_5f0c...") String secret) {

    static CreatedWebhookResponse of(CreatedWebhook created) {
        var webhook = created.webhook();
        return new CreatedWebhookResponse(webhook.id().toString(), webhook.url(),
                WebhookResponse.names(webhook.types()), created.secret());
    }
}
