package org.mingle.api.registrations;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /api/events/{id}/check-ins}: the code the attendee shows, typed or scanned. */
@Serdeable.Deserializable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "CheckInRequest", requiredProperties = {"checkInCode"})
public record CheckInRequest(@Schema(example = "K7QX-2M9P") @Nullable String checkInCode) {
}
