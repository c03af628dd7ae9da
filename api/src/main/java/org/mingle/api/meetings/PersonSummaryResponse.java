package org.mingle.api.meetings;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.mingle.domain.profiles.ProfileView;

/** The other person of a request, enough to list it: the full profile is at {@code /api/profiles/{accountId}}. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PersonSummary", requiredProperties = {"accountId", "displayName"})
public record PersonSummaryResponse(
        @Schema(format = "uuid") String accountId,
        @Schema(example = "Grace Hopper") String displayName,
        @Schema(description = "absent when the person hides it from the caller or left it empty")
        @Nullable String headline) {

    static PersonSummaryResponse of(ProfileView view) {
        String headline = view.headline() == null || view.headline().isEmpty() ? null : view.headline();
        return new PersonSummaryResponse(view.accountId().toString(), view.displayName(), headline);
    }
}
