package org.mingle.api.availability;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The body of a request to meet someone free now; it may be left out. Unknown fields are refused (400). */
@Serdeable.Deserializable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "MeetNowRequest")
public record MeetNowRequest(
        @Schema(maxLength = 500, example = "I'm by the coffee bar, blue jacket.") @Nullable String message) {
}
