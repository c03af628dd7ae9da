package org.mingle.api.meetings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.ZoneId;
import java.util.Optional;
import org.mingle.api.accounts.CurrentAccount;
import org.mingle.api.accounts.TakesToken;
import org.mingle.api.idempotency.IdempotencyKey;
import org.mingle.api.idempotency.IdempotentRequests;
import org.mingle.api.problems.BodyProblems;
import org.mingle.api.problems.Problem;
import org.mingle.api.problems.ProblemResponses;
import org.mingle.api.problems.Problems;
import org.mingle.api.requests.JsonBodies;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.meetings.MeetingRequestId;
import org.mingle.domain.meetings.MeetingScheduleService;
import org.mingle.domain.meetings.ScheduledMeeting;
import org.mingle.domain.shared.AccountId;

/**
 * Moving a meeting to another time: either of its two people sees the slots free for both and proposes one; the
 * other accepts or declines it, or the one who proposed withdraws it. Only the two people of a meeting see it, so for
 * anyone else it does not exist (404).
 */
@Controller("/api/events/{id}/meetings/{mid}")
@Tag(name = "Matching and meetings")
@TakesToken
@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
@ApiResponse(responseCode = "404", description = """
        No such event or meeting, or not visible to the caller (a meeting is visible only to its two people)""",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class MeetingProposalController {

    private final MeetingScheduleService schedule;
    private final EventService events;
    private final CurrentAccount currentAccount;
    private final IdempotentRequests idempotent;
    private final JsonBodies bodies;

    MeetingProposalController(MeetingScheduleService schedule, EventService events, CurrentAccount currentAccount,
                              IdempotentRequests idempotent, JsonBodies bodies) {
        this.schedule = schedule;
        this.events = events;
        this.currentAccount = currentAccount;
        this.idempotent = idempotent;
        this.bodies = bodies;
    }

    @Get("/free-slots")
    @Operation(operationId = "listFreeMeetingSlots", summary = "The slots the meeting could move to",
            description = """
                    For either of the two people: every slot still to come where both are free and a table has \
                    room, earliest first, without the meeting's own slot. Empty when none is free.""")
    @ApiResponse(responseCode = "200", description = "The free slots",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FreeSlotsResponse.class)))
    HttpResponse<FreeSlotsResponse> freeSlots(@PathVariable String id, @PathVariable String mid,
                                              HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        var slots = schedule.freeSlots(account, eventId, MeetingRequestId.fromString(mid));
        return HttpResponse.ok(FreeSlotsResponse.of(slots, zoneOf(account, eventId)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Post("/proposal")
    @BodyProblems
    @Operation(operationId = "proposeMeetingTime", summary = "Propose another time for the meeting",
            description = """
                    Either of the two people proposes a free slot (see `free-slots`) for the other to accept or \
                    decline; the meeting keeps its time until then. A newer proposal, by either, replaces the one \
                    waiting. Only a meeting that has a time can move (409 otherwise), and only while the event is \
                    open (422).""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProposeMeetingTimeRequest.class)))
    @ApiResponse(responseCode = "201", description = "Proposed: the meeting with its `proposal` (proposedBy ME)",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = "Location",
                    description = "the proposal's URL, where the two answer or withdraw it"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeetingResponse.class)))
    @ApiResponse(responseCode = "400", description = """
            No startsAt, one that is no date-time with offset, or no free slot for both that starts then (or the \
            meeting's own slot); an unknown field or a body that is not JSON""",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The meeting has no time yet",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = """
            The event is not open; or the Idempotency-Key was used before with another body""",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<String> propose(
            @PathVariable String id,
            @PathVariable String mid,
            @Body @Nullable String body,
            @IdempotencyKey @Header(IdempotentRequests.HEADER) @Nullable String idempotencyKey,
            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        var meeting = MeetingRequestId.fromString(mid);
        var typed = bodies.read(body, ProposeMeetingTimeRequest.class);
        var response = idempotent.run(request, account, idempotencyKey, body, HttpStatus.CREATED,
                () -> answer(account, eventId, schedule.propose(account, eventId, meeting, typed.startsAt())));
        return response.header(HttpHeaders.LOCATION, "/api/events/" + eventId + "/meetings/" + meeting + "/proposal")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Post("/proposal/accept")
    @Operation(operationId = "acceptMeetingTime", summary = "Accept the proposed time",
            description = """
                    The other person accepts the proposal: the meeting moves to that slot, at a table with room. \
                    Refused (409) when nothing is proposed or the slot is no longer free for both.""")
    @ApiResponse(responseCode = "200", description = "The meeting at its new time, without a proposal",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeetingResponse.class)))
    @ApiResponse(responseCode = "403", description = "The caller made the proposal; only the other person accepts",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Nothing is proposed, or the slot is no longer free",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "The event is not open",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<MeetingResponse> accept(@PathVariable String id, @PathVariable String mid, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        var moved = schedule.acceptProposal(account, eventId, MeetingRequestId.fromString(mid));
        return HttpResponse.ok(answer(account, eventId, moved)).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Delete("/proposal")
    @Operation(operationId = "dropMeetingTime", summary = "Decline or withdraw the proposed time",
            description = """
                    The other person declines the proposal, or the one who made it withdraws it: the meeting keeps \
                    its time. Refused (409) when nothing is proposed.""")
    @ApiResponse(responseCode = "200", description = "The meeting at its time, without a proposal",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeetingResponse.class)))
    @ApiResponse(responseCode = "409", description = "Nothing is proposed",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<MeetingResponse> drop(@PathVariable String id, @PathVariable String mid, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        var kept = schedule.dropProposal(account, eventId, MeetingRequestId.fromString(mid));
        return HttpResponse.ok(answer(account, eventId, kept)).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private MeetingResponse answer(AccountId account, EventId eventId, ScheduledMeeting meeting) {
        return MeetingResponse.of(meeting, zoneOf(account, eventId));
    }

    private ZoneId zoneOf(AccountId account, EventId eventId) {
        return events.get(Optional.of(account), eventId).details().timeZone();
    }
}
