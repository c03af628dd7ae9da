package org.mingle.api.meetings;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.mingle.api.matching.RecommendationResponse;
import org.mingle.api.responses.Times;
import org.mingle.domain.matching.Reason;
import org.mingle.domain.meetings.MeetingRequest;
import org.mingle.domain.meetings.MeetingRequestStatus;
import org.mingle.domain.meetings.MeetingRequestView;
import org.mingle.domain.meetings.ResponseRate;
import org.mingle.domain.shared.AccountId;

/** A meeting request as one of its two people sees it; {@code other} is the other one of the two. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "MeetingRequest", requiredProperties = {"id", "eventId", "fromAccountId", "toAccountId", "status",
        "createdAt", "expiresAt", "direction", "other"},
        description = """
                A meeting request; `other` is the other person, as far as they let the caller see them. INCOMING \
                only: `senderResponseRate`, how the sender answers the requests they receive at this event. \
                `suggestion`: whom the person asked suggested meeting instead when declining (absent without one, \
                or when that person has left).""")
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
        @ArraySchema(arraySchema = @Schema(description = """
                INCOMING only: why Mingle thinks the caller and the sender should meet, seen from the caller's \
                side, in the words of recommendations; absent for OUTGOING requests"""))
        @Nullable List<RecommendationResponse.ReasonResponse> reasons,
        @Nullable ResponseRateResponse senderResponseRate,
        @Nullable PersonSummaryResponse suggestion,
        @Schema(description = """
                a request to meet right away, sent to someone free now: accepted, it takes a free table in the slot \
                under way, or the two meet at the event's meeting point; it expires when the addressee stops being \
                free""")
        boolean meetsNow) {

    /** The request as the caller, one of its two people, sees it, without the reasons to meet. */
    public static MeetingRequestResponse of(MeetingRequestView view) {
        return of(view, Map.of());
    }

    /** @param reasons why the caller and each sender of an incoming request should meet */
    static MeetingRequestResponse of(MeetingRequestView view, Map<AccountId, List<Reason>> reasons) {
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
                view.incoming() ? reasons.getOrDefault(request.from(), List.of()).stream()
                        .map(RecommendationResponse.ReasonResponse::of).toList() : null,
                view.senderRate() == null ? null : ResponseRateResponse.of(view.senderRate()),
                view.suggestion() == null ? null : PersonSummaryResponse.of(view.suggestion()),
                request.meetsNow());
    }

    /** How someone answers the meeting requests they receive at an event: "answers 4 of 5 requests". */
    @Serdeable.Serializable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ResponseRate", requiredProperties = {"answered", "counted", "newHere"}, description = """
            Of the requests the person received at this event that count (accepted, declined, expired, or \
            unanswered for over 24 hours; not withdrawn ones nor fresh ones), how many they accepted or declined. \
            `newHere` is true while fewer than 3 count: too few to say.""")
    public record ResponseRateResponse(
            @Schema(minimum = "0", example = "4") int answered,
            @Schema(minimum = "0", example = "5") int counted,
            boolean newHere) {

        static ResponseRateResponse of(ResponseRate rate) {
            return new ResponseRateResponse(rate.answered(), rate.counted(), rate.newHere());
        }
    }
}
