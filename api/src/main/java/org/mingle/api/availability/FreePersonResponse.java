package org.mingle.api.availability;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.mingle.api.matching.RecommendationResponse.ReasonResponse;
import org.mingle.api.responses.Times;
import org.mingle.domain.availability.FreePerson;

/** Someone free now, why they are worth meeting, and until when they are free. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "FreePerson", requiredProperties = {"accountId", "displayName", "score", "reasons", "freeUntil"})
public record FreePersonResponse(
        @Schema(format = "uuid") String accountId,
        @Schema(example = "Grace Hopper") String displayName,
        @Schema(description = "absent when the person does not show a headline to fellow attendees")
        @Nullable String headline,
        @Schema(description = "absent when the person does not show a company to fellow attendees")
        @Nullable String company,
        @Schema(minimum = "0", description = "higher is a better match; only comparable within one answer")
        double score,
        List<ReasonResponse> reasons,
        @Schema(format = "date-time", example = "2026-12-03T14:40:00Z") String freeUntil,
        @Schema(example = "/api/profiles/0b0e6f2e-8d5a-4a7e-9d5c-2f1f1f6d2c11/photo", description = """
                the person's photo, present only when they have one and show it to the caller""")
        @Nullable String photoUrl) {

    static FreePersonResponse of(FreePerson free) {
        var person = free.person();
        return new FreePersonResponse(person.accountId().toString(), person.displayName(), person.headline(),
                person.company(), person.score(), person.reasons().stream().map(ReasonResponse::of).toList(),
                Times.utc(free.freeUntil()),
                free.photoShown() ? "/api/profiles/" + person.accountId() + "/photo" : null);
    }
}
