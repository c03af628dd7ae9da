package org.mingle.api.meetings;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.mingle.api.responses.Times;
import org.mingle.domain.meetings.MeetingRequest;
import org.mingle.domain.meetings.MeetingRequestStatus;
import org.mingle.domain.meetings.MeetingRequestView;

/** A meeting request as one of its two people sees it; {@code other} is the other one of the two. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "MeetingRequest", requiredProperties = {"id", "eventId", "fromAccountId", "toAccountId", "status",
        "createdAt", "expiresAt", "direction", "other"},
        description = "A meeting request; `other` is the other person, as far as they let the caller see them.")
public record MeetingRequestResponse(
        @Schema(format = "uuid") String id,
        @Schema(format = "uuid") String eventId,
        @Schema(format = "uuid") String fromAccountId,
        @Schema(format = "uuid") String toAccountId,
        @Schema(description = "what the sender wrote; absent when nothing") @Nullable String message,
        @Schema(allOf = MeetingRequestStatus.class,
                description = "ACCEPTED makes the two a mutual match; EXPIRED when nobody answered in time") String status,
        @Schema(format = "date-time", example = "2026-11-29T10:15:30Z") String createdAt,
        @Schema(format = "date-time", description = "only once answered, cancelled or expired")
        @Nullable String respondedAt,
        @Schema(format = "date-time", description = """
                when it expires if nobody answers it: the event's meetingRequestTtl after it was sent, never after \
                the event's end""") String expiresAt,
        @Schema(allOf = Direction.class, description = "OUTGOING when the caller sent it")
        String direction,
        PersonSummaryResponse other,
        @Schema(description = """
                a request to meet right away, sent to someone free now: accepted, it takes a free table in the slot \
                under way, or the two meet at the event's meeting point; it expires when the addressee stops being \
                free""")
        boolean meetsNow) {

    /** The request as the caller, one of its two people, sees it. */
    public static MeetingRequestResponse of(MeetingRequestView view) {
        MeetingRequest request = view.request();
        return new MeetingRequestResponse(
                request.id().toString(),
                request.eventId().toString(),
                request.from().toString(),
                request.to().toString(),
                request.message(),
                request.status().name(),
                Times.utc(request.createdAt()),
                Times.utc(request.respondedAt()),
                Times.utc(request.expiresAt()),
                Direction.of(view.incoming()).name(),
                PersonSummaryResponse.of(view.other()),
                request.meetsNow());
    }
}
