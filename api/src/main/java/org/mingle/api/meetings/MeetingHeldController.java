package org.mingle.api.meetings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import org.mingle.api.accounts.CurrentAccount;
import org.mingle.api.accounts.TakesToken;
import org.mingle.api.problems.BodyProblems;
import org.mingle.api.problems.Problem;
import org.mingle.api.problems.ProblemResponses;
import org.mingle.api.problems.Problems;
import org.mingle.api.requests.JsonBodies;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.matching.FreeNowSuggestions;
import org.mingle.domain.meetings.HeldMeetingService;
import org.mingle.domain.meetings.MeetingRequestId;

/**
 * Whether a meeting took place (decision 51): either of its two people answers "we met" or "they did not show" once
 * its slot has begun. Only the two people of a meeting see it, so for anyone else it does not exist (404).
 */
@Controller("/api/events/{id}/meetings/{mid}")
@Tag(name = "Matching and meetings")
@TakesToken
@ApiResponse(responseCode = "404", description = """
        No such event or meeting, or not visible to the caller (a meeting is visible only to its two people)""",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class MeetingHeldController {

    private final HeldMeetingService held;
    private final FreeNowSuggestions freeNow;
    private final EventService events;
    private final CurrentAccount currentAccount;
    private final JsonBodies bodies;

    MeetingHeldController(HeldMeetingService held, FreeNowSuggestions freeNow, EventService events,
                          CurrentAccount currentAccount, JsonBodies bodies) {
        this.held = held;
        this.freeNow = freeNow;
        this.events = events;
        this.currentAccount = currentAccount;
        this.bodies = bodies;
    }

    @Post("/held")
    @BodyProblems
    @Operation(operationId = "answerMeetingHeld", summary = "Say whether the meeting took place",
            description = """
                    Either of the two people answers once the meeting's slot has begun: `{"met": true}` (or no \\
                    body) for "we met", `{"met": false}` for "they did not show". The meeting is HELD once both \\
                    answered "we met", or at once when one scans the other's connect code during the slot; a "they \\
                    did not show" makes it a NO_SHOW and frees the rest of the slot for the caller, and the answer \\
                    then lists people from the caller's recommendations who are in no meeting now (`freeNow`). \\
                    Answering the same again changes nothing (200); answering otherwise is refused (409).""")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MeetingHeldRequest.class)))
    @ApiResponse(responseCode = "200", description = "The meeting with its `held` state and the caller's answer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeetingHeldResponse.class)))
    @ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @ApiResponse(responseCode = "409", description = """
            The meeting has no time yet or its slot has not begun; the caller answered otherwise before; or it is \\
            held already and the answer is "they did not show\"""",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<MeetingHeldResponse> answer(@PathVariable String id, @PathVariable String mid,
                                             @Body @Nullable String body, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        var meeting = MeetingRequestId.fromString(mid);
        boolean met = body == null || body.isBlank() || bodies.read(body, MeetingHeldRequest.class).metOrDefault();
        var answered = held.answer(account, eventId, meeting, met);
        var zone = events.get(Optional.of(account), eventId).details().timeZone();
        return HttpResponse.ok(MeetingHeldResponse.of(answered, freeNow.afterNoShow(account, eventId, answered), zone))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
