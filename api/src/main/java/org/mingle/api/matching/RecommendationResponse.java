package org.mingle.api.matching;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.mingle.domain.matching.PersonToMeet;
import org.mingle.domain.matching.Reason;

/** Someone the caller should meet, and why. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Recommendation", requiredProperties = {"accountId", "displayName", "score", "reasons"})
public record RecommendationResponse(
        @Schema(format = "uuid") String accountId,
        @Schema(example = "Grace Hopper") String displayName,
        @Schema(description = "absent when the person does not show a headline to fellow attendees")
        @Nullable String headline,
        @Schema(description = "absent when the person does not show a company to fellow attendees")
        @Nullable String company,
        @Schema(minimum = "0", description = "higher is a better match; only comparable within one answer")
        double score,
        List<ReasonResponse> reasons) {

    public static RecommendationResponse of(PersonToMeet person) {
        return new RecommendationResponse(person.accountId().toString(), person.displayName(), person.headline(),
                person.company(), person.score(), person.reasons().stream().map(ReasonResponse::of).toList());
    }

    /** One reason, readable as it is. */
    @Serdeable.Serializable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "RecommendationReason", requiredProperties = {"kind", "detail"})
    public record ReasonResponse(
            @Schema(allOf = Reason.Kind.class) String kind,
            @Schema(example = "You are both into climate tech", description = """
                    readable as it is; for MET_BEFORE it names the earlier event ("You met at Energy Breakfast")""")
            String detail,
            @Schema(nullable = true, description = """
                    MET_BEFORE only: the earlier event of the same group or series where the two connected (the \
                    latest one). The reason explains; it adds nothing to the score.""")
            @Nullable String eventId) {

        public static ReasonResponse of(Reason reason) {
            return new ReasonResponse(reason.kind().name(), reason.detail(),
                    reason.metAt() == null ? null : reason.metAt().id().toString());
        }
    }
}
