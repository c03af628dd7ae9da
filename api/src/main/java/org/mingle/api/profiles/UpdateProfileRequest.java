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
import org.mingle.domain.publicprofiles.PublicSettingsInput;

/**
 * The body of {@code PUT /api/me/profile}: the whole profile, which replaces the stored one. Values stay text here
 * (seniority, goals and visibility levels too) so that the domain can check every field at once and name each one it
 * refuses, instead of the first unknown value failing the whole body. Unknown fields are refused (400).
 */
@Serdeable.Deserializable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "UpdateProfileRequest", description = """
        The whole profile: a missing field is saved empty, except `displayName` (missing keeps the name), the \
        fields missing from `visibility` (they keep their setting) and the public page's `handle`, `publicProfile` \
        and `allowSearchEngines` (missing keeps them).""")
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
        @Schema(ref = "#/components/schemas/VisibilityChanges") @Nullable Map<String, String> visibility,
        @Schema(maxLength = 30, example = "grace-hopper",
                description = """
                        the address of the public page, /p/{handle}: 3 to 30 of a-z, 0-9 and dashes, starting and \
                        ending with a letter or digit, capitals folded to lower case, unique (409 when taken), some \
                        words reserved; "" removes it, missing or null keeps it""")
        @Nullable String handle,
        @Schema(description = """
                whether /p/{handle} shows the PUBLIC fields to anyone on the internet; needs a handle; off by \
                default, missing or null keeps the setting""")
        @Nullable Boolean publicProfile,
        @Schema(description = "whether search engines may index the public page; off by default, missing keeps it")
        @Nullable Boolean allowSearchEngines) {

    ProfileInput toInput() {
        return new ProfileInput(displayName, headline, bio, company, industry, seniority, interests, seeking, offering,
                links, visibility);
    }

    PublicSettingsInput toPublicSettings() {
        return new PublicSettingsInput(handle, publicProfile, allowSearchEngines);
    }
}
