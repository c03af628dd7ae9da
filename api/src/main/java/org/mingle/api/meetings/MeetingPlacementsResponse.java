package org.mingle.api.meetings;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.mingle.domain.meetings.MeetingAgenda;

/** What placing the waiting matches achieved. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "MeetingPlacements", requiredProperties = {"placed", "waiting"})
public record MeetingPlacementsResponse(
        @Schema(minimum = "0", example = "3", description = "matches that got a time and a table now") int placed,
        @Schema(minimum = "0", example = "1", description = "matches still without a time") int waiting) {

    static MeetingPlacementsResponse of(MeetingAgenda.Placed placed) {
        return new MeetingPlacementsResponse(placed.placed(), placed.waiting());
    }
}
