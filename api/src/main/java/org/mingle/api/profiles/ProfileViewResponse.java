package org.mingle.api.profiles;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.mingle.domain.profiles.Goal;
import org.mingle.domain.profiles.Interest;
import org.mingle.domain.profiles.ProfileView;
import org.mingle.domain.profiles.Relationship;
import org.mingle.domain.profiles.Seniority;

/**
 * Another person's profile as the caller may see it. A field the owner hides from the caller is left out of the JSON
 * altogether, so a client cannot mistake "hidden" for "empty": a shown but empty field is {@code ""} or {@code []}.
 * {@code seniority} is also left out when the owner never gave one.
 */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ProfileView", requiredProperties = {"accountId", "displayName", "relationship"},
        description = "Only the fields the owner shows to the caller; hidden fields are absent.")
public record ProfileViewResponse(
        @Schema(format = "uuid") String accountId,
        @Schema(example = "Grace Hopper") String displayName,
        @Schema(allOf = Relationship.class,
                description = "how the caller stands to this person, which decides the fields shown")
        String relationship,
        @Nullable String headline,
        @Nullable String bio,
        @Nullable String company,
        @Nullable String industry,
        @Schema(allOf = Seniority.class)
        @Nullable String seniority,
        @Nullable List<String> interests,
        @ArraySchema(schema = @Schema(implementation = Goal.class))
        @Nullable List<String> seeking,
        @ArraySchema(schema = @Schema(implementation = Goal.class))
        @Nullable List<String> offering,
        @Nullable List<String> links) {

    public static ProfileViewResponse of(ProfileView view) {
        return new ProfileViewResponse(
                view.accountId().toString(),
                view.displayName(),
                view.relationship().name(),
                view.headline(),
                view.bio(),
                view.company(),
                view.industry(),
                view.seniority() == null ? null : view.seniority().name(),
                shown(view.interests(), Interest::display),
                shown(view.seeking(), Goal::name),
                shown(view.offering(), Goal::name),
                view.links() == null ? null : List.copyOf(view.links()));
    }

    /** {@code null} (hidden) stays {@code null}; shown values keep their order. */
    private static <T> List<String> shown(Collection<T> values, Function<T, String> text) {
        return values == null ? null : values.stream().map(text).toList();
    }
}
