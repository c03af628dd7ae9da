package org.mingle.api.profiles;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mingle.api.responses.Times;
import org.mingle.domain.profiles.Goal;
import org.mingle.domain.profiles.Interest;
import org.mingle.domain.profiles.ProfileField;
import org.mingle.domain.profiles.Seniority;
import org.mingle.domain.profiles.Visibility;
import org.mingle.domain.publicprofiles.OwnProfile;
import org.mingle.domain.shared.PublicUrl;

/** The caller's own profile: every field, and who sees each one. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Profile", requiredProperties = {"accountId", "displayName", "headline", "bio", "company", "industry",
        "seniority", "interests", "seeking", "offering", "links", "visibility", "updatedAt", "handle", "publicProfile",
        "allowSearchEngines", "publicPageUrl"})
public record ProfileResponse(
        @Schema(format = "uuid") String accountId,
        @Schema(example = "Grace Hopper") String displayName,
        String headline,
        String bio,
        String company,
        String industry,
        @Schema(allOf = Seniority.class, nullable = true)
        @Nullable String seniority,
        @ArraySchema(schema = @Schema(example = "climate tech")) List<String> interests,
        @ArraySchema(schema = @Schema(implementation = Goal.class))
        List<String> seeking,
        @ArraySchema(schema = @Schema(implementation = Goal.class))
        List<String> offering,
        List<String> links,
        @Schema(description = "every field's visibility, by field name",
                example = "{\"headline\": \"ATTENDEES\", \"links\": \"CONNECTIONS\"}")
        Map<String, Visibility> visibility,
        @Schema(format = "date-time", nullable = true, description = "null until the profile is first saved")
        @Nullable String updatedAt,
        @Schema(nullable = true, example = "grace-hopper", description = "null until chosen")
        @Nullable String handle,
        @Schema(description = "whether the public page /p/{handle} shows the PUBLIC fields to anyone")
        boolean publicProfile,
        @Schema(description = "whether search engines may index the public page")
        boolean allowSearchEngines,
        @Schema(format = "uri", nullable = true, description = "the public page's address while it is on",
                example = "https://mingle.example.org/p/grace-hopper")
        @Nullable String publicPageUrl) {

    static ProfileResponse of(OwnProfile own, PublicUrl publicUrl) {
        var settings = own.publicSettings();
        var profile = own.profile();
        // In the order of the profile's fields, so the answer reads like the form.
        Map<String, Visibility> visibility = new LinkedHashMap<>();
        for (ProfileField field : ProfileField.values()) {
            visibility.put(field.key(), profile.visibilityOf(field));
        }
        return new ProfileResponse(
                profile.accountId().toString(),
                profile.displayName(),
                profile.headline(),
                profile.bio(),
                profile.company(),
                profile.industry(),
                profile.seniority() == null ? null : profile.seniority().name(),
                profile.interests().stream().map(Interest::display).toList(),
                profile.seeking().stream().map(Goal::name).toList(),
                profile.offering().stream().map(Goal::name).toList(),
                profile.links(),
                visibility,
                Times.utc(profile.updatedAt()),
                settings.handle().orElse(null),
                settings.shown(),
                settings.indexable(),
                settings.shown() ? publicUrl.link("p/" + settings.handle().orElseThrow()) : null);
    }
}
