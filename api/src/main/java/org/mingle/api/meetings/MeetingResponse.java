package org.mingle.api.meetings;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.mingle.api.profiles.ProfileViewResponse;
import org.mingle.api.responses.Times;
import org.mingle.domain.meetings.MeetingRequestView;

/**
 * A mutual match of the caller's at an event: whom to meet ({@code with}: the other person's profile as far as they let
 * the caller see it), since when, and what the request said.
 */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Meeting", requiredProperties = {"id", "eventId", "with", "matchedAt", "direction"},
        description = "A mutual match: `with` is the other person's profile, as far as they let the caller see it.")
public record MeetingResponse(
        @Schema(format = "uuid", description = "the accepted meeting request") String id,
        @Schema(format = "uuid") String eventId,
        ProfileViewResponse with,
        @Schema(format = "date-time", description = "when the request was accepted") String matchedAt,
        @Schema(allowableValues = {"INCOMING", "OUTGOING"}, description = "OUTGOING when the caller asked")
        String direction,
        @Schema(description = "what the person who asked wrote; absent when nothing") @Nullable String message) {

    static MeetingResponse of(MeetingRequestView view) {
        var request = view.request();
        return new MeetingResponse(
                request.id().toString(),
                request.eventId().toString(),
                ProfileViewResponse.of(view.other()),
                Times.utc(request.respondedAt()),
                Direction.of(view.incoming()).name(),
                request.message());
    }
}
