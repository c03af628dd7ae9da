package org.mingle.api.curated;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code PUT /api/events/{id}/curated-settings}. Unknown fields are refused (400). */
@Serdeable.Deserializable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "CuratedSettingsRequest", requiredProperties = {"minimumMeetings", "maximumMeetings"})
public record CuratedSettingsRequest(
        @Schema(minimum = "0", maximum = "50", example = "2",
                description = "the fewest meetings a schedule aims to give each attendee, bookings included")
        @Nullable Integer minimumMeetings,
        @Schema(minimum = "1", maximum = "50", example = "6",
                description = "the most meetings a schedule gives anyone, bookings included; at least the minimum")
        @Nullable Integer maximumMeetings) {
}
