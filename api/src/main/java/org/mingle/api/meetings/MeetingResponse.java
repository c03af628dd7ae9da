package org.mingle.api.meetings;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.ZoneId;
import org.mingle.api.profiles.ProfileViewResponse;
import org.mingle.api.responses.Times;
import org.mingle.domain.meetings.HeldState;
import org.mingle.domain.meetings.ScheduledMeeting;

/**
 * A mutual match of the caller's at an event: whom to meet ({@code with}: the other person's profile as far as they let
 * the caller see it), since when, what the request said, and once it has them, when and at which table the two meet
 * and another time one of them proposed.
 */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Meeting", requiredProperties = {"id", "eventId", "with", "matchedAt", "direction"},
        description = """
                A mutual match: `with` is the other person's profile, as far as they let the caller see it. `slot` \
                (in the event's time zone) and `table` say when and where the two meet; both are absent until a \
                slot is free for both and a table has room. `proposal` is another time one of the two proposed, \
                waiting for the other's answer; absent when none. `held` says whether the meeting took place; \
                absent until it has a slot.""")
public record MeetingResponse(
        @Schema(format = "uuid", description = "the accepted meeting request") String id,
        @Schema(format = "uuid") String eventId,
        ProfileViewResponse with,
        @Schema(format = "date-time", description = "when the request was accepted") String matchedAt,
        @Schema(allOf = Direction.class, description = "OUTGOING when the caller asked")
        String direction,
        @Schema(description = "what the person who asked wrote; absent when nothing") @Nullable String message,
        @Nullable MeetingSlotResponse slot,
        @Nullable MeetingTableRefResponse table,
        @Nullable ProposalResponse proposal,
        @Nullable HeldResponse held) {

    static MeetingResponse of(ScheduledMeeting meeting, ZoneId zone) {
        var view = meeting.match();
        var request = view.request();
        return new MeetingResponse(
                request.id().toString(),
                request.eventId().toString(),
                ProfileViewResponse.of(view.other()),
                Times.utc(request.respondedAt()),
                Direction.of(view.incoming()).name(),
                request.message(),
                meeting.slot() == null ? null : MeetingSlotResponse.of(meeting.slot(), zone),
                meeting.slot() == null ? null : MeetingTableRefResponse.of(meeting.table()),
                meeting.proposal() == null ? null : ProposalResponse.of(meeting.proposal(), zone),
                meeting.held() == null ? null : HeldResponse.of(meeting.held()));
    }

    /** Whether the meeting took place, and what the caller answered. */
    @Serdeable.Serializable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "MeetingHeld", requiredProperties = {"state"})
    public record HeldResponse(
            @Schema(allOf = HeldState.class, description = """
                    SCHEDULED until it is HELD (both answered "we met", or one scanned the other's connect code \
                    during the slot) or a NO_SHOW (one answered that the other did not show)""")
            String state,
            @Schema(allOf = HeldAnswer.class, description = "what the caller answered; absent until they answer")
            @Nullable String yourAnswer) {

        static HeldResponse of(ScheduledMeeting.Held held) {
            return new HeldResponse(held.state().name(),
                    held.viewerMet() == null ? null : HeldAnswer.of(held.viewerMet()).name());
        }
    }

    /** Another time for the meeting, proposed by one of the two and waiting for the other's answer. */
    @Serdeable.Serializable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "MeetingProposal", requiredProperties = {"startsAt", "endsAt", "proposedBy"})
    public record ProposalResponse(
            @Schema(format = "date-time", example = "2026-12-03T19:30:00+01:00") String startsAt,
            @Schema(format = "date-time", example = "2026-12-03T19:45:00+01:00") String endsAt,
            @Schema(allowableValues = {"ME", "OTHER"}, description = """
                    ME when the caller proposed it (they may withdraw it), OTHER when the other person did (the \
                    caller may accept or decline it)""")
            String proposedBy) {

        static ProposalResponse of(ScheduledMeeting.Proposal proposal, ZoneId zone) {
            return new ProposalResponse(Times.in(zone, proposal.slot().startsAt()),
                    Times.in(zone, proposal.slot().endsAt()), proposal.byViewer() ? "ME" : "OTHER");
        }
    }
}
