package org.mingle.api.webhooks;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The body of {@code POST /api/events/{id}/webhooks}. Both fields may be missing or wrong here: the domain checks them
 * together and names each refused one. Unknown fields are refused (400).
 */
@Serdeable.Deserializable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "CreateWebhookRequest", requiredProperties = {"url", "types"})
public record CreateWebhookRequest(
        @Schema(format = "uri", maxLength = 2000, example = "https://crm.example.org/hooks/mingle", description = """
                an http or https address without user name or password, whose host resolves to public addresses \
                only (unless the server allows private ones)""")
        @Nullable String url,
        @ArraySchema(minItems = 1, uniqueItems = true, schema = @Schema(allowableValues = {"registration.created",
                "registration.promoted", "registration.cancelled", "checkin.created", "connection.created",
                "meeting.accepted", "event.updated"}), arraySchema = @Schema(description = "the kinds of change to send"))
        @Nullable List<String> types) {

    /** The fields of the body that must be sent as text, which {@code JsonBodies#requireText} checks. */
    static final List<String> TEXT_FIELDS = List.of("url");
    static final List<String> TEXT_ARRAY_FIELDS = List.of("types");
}
