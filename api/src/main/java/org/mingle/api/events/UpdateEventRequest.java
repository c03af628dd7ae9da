package org.mingle.api.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.mingle.domain.events.EventPatch;

/**
 * The body of {@code PATCH /api/events/{id}}: the fields to change. A field that is missing (or {@code null}) stays as
 * it is; the domain validates the event as it would be after the change. Unknown fields are refused (400).
 */
@Serdeable.Deserializable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "UpdateEventRequest", description = "Only the fields to change; missing or null fields stay as they are.")
public record UpdateEventRequest(
        @Schema(maxLength = 200, example = "Founders breakfast") @Nullable String title,
        @Schema(maxLength = 10_000) @Nullable String description,
        @Schema(example = "2026-12-03T18:30:00+01:00") @Nullable Instant startsAt,
        @Schema(example = "2026-12-03T21:00:00+01:00") @Nullable Instant endsAt,
        @Schema(description = "IANA time zone", example = "Europe/Berlin") @Nullable String timeZone,
        @Schema(maxLength = 300) @Nullable String venue,
        @Schema(minimum = "1", maximum = "100000", description = "not below the number of confirmed registrations")
        @Nullable Integer capacity,
        @Nullable Instant registrationClosesAt,
        @Nullable Boolean approvalRequired,
        @Schema(minimum = "0", maximum = "1") @Nullable Double perspectiveWeight) {

    EventPatch toPatch() {
        return new EventPatch(title, description, startsAt, endsAt, timeZone, venue, capacity, registrationClosesAt,
                approvalRequired, perspectiveWeight);
    }
}
