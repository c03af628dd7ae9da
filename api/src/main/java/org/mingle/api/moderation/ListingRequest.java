package org.mingle.api.moderation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code PUT /api/admin/events/{id}/listing}. Unknown fields are refused (400). */
@Serdeable.Deserializable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "ListingRequest", requiredProperties = {"listed"})
public record ListingRequest(
        @Schema(description = "false keeps the event out of every public list and search; true lists it again")
        @Nullable Boolean listed) {
}
