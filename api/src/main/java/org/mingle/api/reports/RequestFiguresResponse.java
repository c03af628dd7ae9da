package org.mingle.api.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.mingle.domain.meetings.RequestFigures;

/** How meeting requests fared: answered, accepted, how fast, expired. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "MeetingRequestFigures", requiredProperties = {"sent", "answered", "accepted", "declined", "expired",
    "acceptanceRate", "medianTimeToAnswer"})
public record RequestFiguresResponse(
        @Schema(minimum = "0", description = "every meeting request sent, whatever became of it") int sent,
        @Schema(minimum = "0", description = "accepted or declined by the person asked") int answered,
        @Schema(minimum = "0") int accepted,
        @Schema(minimum = "0") int declined,
        @Schema(minimum = "0", description = "nobody answered before the request expired") int expired,
        @Schema(minimum = "0", maximum = "1", example = "0.6", description = """
                accepted / answered (not / sent: pending, withdrawn and expired requests were never decided), four \
                places; 0 while none is answered""")
        double acceptanceRate,
        @Schema(nullable = true, example = "PT3H20M", description = """
                ISO-8601 duration, whole seconds: the median time from sending to an answer (accepting or \
                declining), the mean of the middle two for an even count; null while none is answered""")
        @Nullable String medianTimeToAnswer) {

    static RequestFiguresResponse of(RequestFigures figures) {
        return new RequestFiguresResponse(figures.sent(), figures.answered(), figures.accepted(), figures.declined(),
                figures.expired(), figures.acceptanceRate(),
                figures.medianTimeToAnswer() == null ? null : figures.medianTimeToAnswer().toString());
    }
}
