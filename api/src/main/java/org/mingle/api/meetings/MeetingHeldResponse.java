package org.mingle.api.meetings;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.ZoneId;
import java.util.List;
import org.mingle.api.matching.RecommendationResponse;
import org.mingle.domain.matching.PersonToMeet;
import org.mingle.domain.meetings.ScheduledMeeting;

/** The meeting after the caller's answer, and after a no-show, people the caller could meet instead right now. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "MeetingHeldAnswer", requiredProperties = {"meeting", "freeNow"})
public record MeetingHeldResponse(
        MeetingResponse meeting,
        @ArraySchema(maxItems = 5, arraySchema = @Schema(description = """
                after the caller reported a no-show while the slot runs: the caller's recommendations who are in no \
                meeting now, best match first; empty otherwise"""))
        List<RecommendationResponse> freeNow) {

    static MeetingHeldResponse of(ScheduledMeeting meeting, List<PersonToMeet> freeNow, ZoneId zone) {
        return new MeetingHeldResponse(MeetingResponse.of(meeting, zone),
                freeNow.stream().map(RecommendationResponse::of).toList());
    }
}
