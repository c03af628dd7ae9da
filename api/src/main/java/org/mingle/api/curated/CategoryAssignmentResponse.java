package org.mingle.api.curated;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A registrant's category at the event after a change; {@code category} is null when they have none. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "CategoryAssignment")
public record CategoryAssignmentResponse(
        @Schema(format = "uuid") String registrationId,
        @Schema(format = "uuid") String accountId,
        @Nullable CategoryResponse category) {
}
