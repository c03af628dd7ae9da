package org.mingle.api.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.mingle.api.responses.Times;
import org.mingle.domain.webhooks.DeliveryAttempt;

/** One attempt to deliver: the receiver's status and the start of its answer, or the error. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "WebhookDeliveryAttempt", requiredProperties = {"attempt", "attemptedAt", "statusCode", "error",
        "responseBody"})
public record DeliveryAttemptResponse(
        @Schema(minimum = "1", description = "1 for the first") int attempt,
        @Schema(format = "date-time") String attemptedAt,
        @Schema(nullable = true, example = "200", description = "the receiver's HTTP status; null without an answer")
        @Nullable Integer statusCode,
        @Schema(nullable = true, example = "connection timed out", description = """
                why there was no answer (a timeout, a connection error, an address refused as not public)""")
        @Nullable String error,
        @Schema(nullable = true, maxLength = 1000, description = "the first 1,000 characters of the answer's body")
        @Nullable String responseBody) {

    static DeliveryAttemptResponse of(DeliveryAttempt attempt) {
        return new DeliveryAttemptResponse(attempt.attempt(), Times.utc(attempt.attemptedAt()),
                attempt.statusCode().orElse(null), attempt.error().orElse(null),
                attempt.responseBody().orElse(null));
    }
}
