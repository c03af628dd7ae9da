package org.mingle.api.curated;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code PUT /api/events/{id}/registrations/{rid}/category}. Unknown fields are refused (400). */
@Serdeable.Deserializable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "AssignCategoryRequest", requiredProperties = {"category"})
public record AssignCategoryRequest(
        @Schema(nullable = true, example = "investor",
                description = "the key of one of the event's categories; null takes the registrant out of theirs")
        @Nullable String category) {
}
