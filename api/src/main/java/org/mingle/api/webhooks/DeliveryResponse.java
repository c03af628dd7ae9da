package org.mingle.api.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.mingle.api.responses.Times;
import org.mingle.domain.webhooks.DeliveryLog;
import org.mingle.domain.webhooks.DeliveryState;

/** One change sent to a webhook: its id (the body's {@code id}, the same on every retry), state and attempts. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "WebhookDelivery", requiredProperties = {"id", "type", "state", "createdAt", "nextAttemptAt",
        "finishedAt", "attempts"})
public record DeliveryResponse(
        @Schema(format = "uuid") String id,
        @Schema(allowableValues = {"registration.created", "registration.promoted", "registration.cancelled",
                "checkin.created", "connection.created", "meeting.accepted", "event.updated"}) String type,
        @Schema(allOf = DeliveryState.class) String state,
        @Schema(format = "date-time", description = "when the change happened") String createdAt,
        @Schema(format = "date-time", nullable = true, description = "while QUEUED: when it is tried next")
        @Nullable String nextAttemptAt,
        @Schema(format = "date-time", nullable = true, description = "when it was DELIVERED or given up (FAILED)")
        @Nullable String finishedAt,
        @Schema(description = "oldest first") List<DeliveryAttemptResponse> attempts) {

    static DeliveryResponse of(DeliveryLog log) {
        return new DeliveryResponse(log.id().toString(), log.type().wireName(), log.state().name(),
                Times.utc(log.createdAt()), log.nextAttemptAt().map(Times::utc).orElse(null),
                log.finishedAt().map(Times::utc).orElse(null),
                log.attempts().stream().map(DeliveryAttemptResponse::of).toList());
    }
}
