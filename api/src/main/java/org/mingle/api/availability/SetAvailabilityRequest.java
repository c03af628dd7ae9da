package org.mingle.api.availability;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** The body of {@code PUT /api/events/{id}/availability}. Unknown fields are refused (400). */
@Serdeable.Deserializable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "SetAvailability")
public record SetAvailabilityRequest(
        @Schema(example = "2026-12-03T15:40:00+01:00", nullable = true, description = """
                until when the caller is free to meet: in the future, at most 4 hours ahead and not after the \
                event's end; null (or left out) when the caller is not free any more""")
        @Nullable Instant freeUntil) {
}
