package org.mingle.api.availability;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.mingle.api.responses.Times;
import org.mingle.domain.availability.FreeTime;

/** Until when the caller said they are free. */
@Serdeable.Serializable
@Schema(name = "Availability", requiredProperties = {"eventId", "freeUntil"})
public record AvailabilityResponse(
        @Schema(format = "uuid") String eventId,
        @Schema(format = "date-time", example = "2026-12-03T14:40:00Z") String freeUntil) {

    static AvailabilityResponse of(FreeTime free) {
        return new AvailabilityResponse(free.event().toString(), Times.utc(free.until()));
    }
}
