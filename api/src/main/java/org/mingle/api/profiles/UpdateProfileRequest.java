package org.mingle.api.profiles;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.mingle.domain.profiles.Goal;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.profiles.Seniority;

/**
 * The body of {@code PUT /api/me/profile}: the whole profile, which replaces the stored one. Values stay text here
 * (seniority, goals and visibility levels too) so that the domain can check every field at once and name each one it
 * refuses, instead of the first unknown value failing the whole body. Unknown fields are refused (400).
 */
@Serdeable.Deserializable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "UpdateProfileRequest", description = """
        The whole profile: a missing field is saved empty, except `displayName` (missing keeps the name) and the \
        fields missing from `visibility` (they keep their setting).""")
public record UpdateProfileRequest(
        @Schema(maxLength = 100, example = "Grace Hopper", description = "missing or null keeps the current name")
        @Nullable String displayName,
        @Schema(maxLength = 120, example = "Compiler pioneer, hiring for the platform team") @Nullable String headline,
        @Schema(maxLength = 2000) @Nullable String bio,
        @Schema(maxLength = 120, example = "Remington Rand") @Nullable String company,
        @Schema(maxLength = 80, example = "Software") @Nullable String industry,
        @Schema(allOf = Seniority.class, nullable = true)
        @Nullable String seniority,
        @ArraySchema(maxItems = 30, schema = @Schema(maxLength = 60, example = "climate tech"),
                arraySchema = @Schema(description = "free tags; trimmed, case-folded and deduplicated"))
        @Nullable List<String> interests,
        @ArraySchema(schema = @Schema(implementation = Goal.class))
        @Nullable List<String> seeking,
        @ArraySchema(schema = @Schema(implementation = Goal.class))
        @Nullable List<String> offering,
        @ArraySchema(maxItems = 5, schema = @Schema(maxLength = 300, format = "uri",
                example = "https://example.com/grace"),
                arraySchema = @Schema(description = "http:// or https:// addresses only"))
        @Nullable List<String> links,
        @Schema(ref = "#/components/schemas/VisibilityChanges") @Nullable Map<String, String> visibility) {

    ProfileInput toInput() {
        return new ProfileInput(displayName, headline, bio, company, industry, seniority, interests, seeking, offering,
                links, visibility);
    }
}
