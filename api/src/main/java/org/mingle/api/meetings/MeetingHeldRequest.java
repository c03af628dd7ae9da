package org.mingle.api.meetings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code POST /api/events/{id}/meetings/{mid}/held}: whether the two met. No body, or no {@code met}, means
 * they did. Unknown fields are refused (400).
 */
@Serdeable.Deserializable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "MeetingHeldRequest")
public record MeetingHeldRequest(
        @Schema(defaultValue = "true", description = """
                true for "we met"; false for "they did not show", which frees the rest of the slot for the caller""")
        @Nullable Boolean met) {

    boolean metOrDefault() {
        return met == null || met;
    }
}
