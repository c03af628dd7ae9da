package org.mingle.api.availability;

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
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.mingle.api.accounts.AccountIds;
import org.mingle.api.accounts.CurrentAccount;
import org.mingle.api.accounts.TakesToken;
import org.mingle.api.idempotency.IdempotencyKey;
import org.mingle.api.idempotency.IdempotentRequests;
import org.mingle.api.meetings.MeetingRequestResponse;
import org.mingle.api.problems.BodyProblems;
import org.mingle.api.problems.Problem;
import org.mingle.api.problems.ProblemResponses;
import org.mingle.api.problems.Problems;
import org.mingle.api.requests.JsonBodies;
import org.mingle.domain.availability.AvailabilityService;
import org.mingle.domain.events.EventId;
import org.mingle.domain.meetings.MeetingRequestService;

/**
 * Free now, for confirmed attendees of an event under way: say until when you are free, see who is free now (best
 * match first, with reasons) and ask one of them to meet right away.
 */
@Controller("/api/events/{id}")
@Tag(name = "Matching and meetings")
@TakesToken
@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
@ApiResponse(responseCode = "403", ref = ProblemResponses.NOT_CONFIRMED_ATTENDEE)
@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
class AvailabilityController {

    private final AvailabilityService availability;
    private final MeetingRequestService meetings;
    private final CurrentAccount currentAccount;
    private final IdempotentRequests idempotent;
    private final JsonBodies bodies;

    AvailabilityController(AvailabilityService availability, MeetingRequestService meetings,
                           CurrentAccount currentAccount, IdempotentRequests idempotent, JsonBodies bodies) {
        this.availability = availability;
        this.meetings = meetings;
        this.currentAccount = currentAccount;
        this.idempotent = idempotent;
        this.bodies = bodies;
    }

    @Put("/availability")
    @BodyProblems
    @Operation(operationId = "setAvailability", summary = "Say until when the caller is free to meet",
            description = """
                    The caller shows in others' `free-now` lists until then (unless in a meeting or a round at the \
                    time). Possible while the event is open, from an hour before its start until its end (422 \
                    otherwise); the time must be in the future, at most 4 hours ahead and not after the event's \
                    end (400). A null `freeUntil` says the caller is not free any more (204). Agreeing to meet \
                    someone now, or leaving the event, ends it too.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SetAvailabilityRequest.class)))
    @ApiResponse(responseCode = "200", description = "Free until then",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AvailabilityResponse.class)))
    @ApiResponse(responseCode = "204", description = "Not free any more (freeUntil was null)")
    @ApiResponse(responseCode = "400", description = """
            freeUntil is no date-time with offset, past, over 4 hours ahead or after the event's end; an unknown \
            field or a body that is not JSON""",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = """
            The event is not open, starts in more than an hour, or is over""",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<AvailabilityResponse> set(@PathVariable String id, @Body @Nullable String body,
                                           HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        var typed = bodies.read(body, SetAvailabilityRequest.class);
        if (typed.freeUntil() == null) {
            availability.clear(account, eventId);
            return HttpResponse.noContent();
        }
        return HttpResponse.ok(AvailabilityResponse.of(availability.markFree(account, eventId, typed.freeUntil())));
    }

    @Delete("/availability")
    @Operation(operationId = "clearAvailability", summary = "Say the caller is not free any more",
            description = "204 whether or not the caller had said they were free.")
    @ApiResponse(responseCode = "204", description = "Not free (any more)")
    HttpResponse<Void> clear(@PathVariable String id, HttpRequest<?> request) {
        availability.clear(currentAccount.require(request), EventId.fromString(id));
        return HttpResponse.noContent();
    }

    @Get("/free-now")
    @Operation(operationId = "listFreeNow", summary = "People free to meet now, best match first",
            description = """
                    Confirmed attendees who said they are free until a time still to come and are in no meeting \
                    or round now (or in five minutes), ranked and explained as recommendations are: never the \
                    caller, nobody blocked either way, nobody the matching keeps from the caller. Headline, \
                    company and photo only as far as each person shows them to the caller.""")
    @ApiResponse(responseCode = "200", description = "The people free now, best match first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    array = @ArraySchema(schema = @Schema(implementation = FreePersonResponse.class))))
    @ApiResponse(responseCode = "400", description = "The limit is outside 1..50",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<List<FreePersonResponse>> freeNow(
            @PathVariable String id,
            @Parameter(description = "how many at most", schema = @Schema(minimum = "1", maximum = "50",
                    defaultValue = "20"))
            @QueryValue @Nullable Integer limit,
            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var people = availability.freeNow(account, EventId.fromString(id),
                limit == null ? AvailabilityService.DEFAULT_LIMIT : limit);
        return HttpResponse.ok(people.stream().map(FreePersonResponse::of).toList())
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Post("/free-now/{accountId}/meeting-requests")
    @BodyProblems
    @Operation(operationId = "requestMeetingNow", summary = "Ask someone free now to meet right away",
            description = """
                    A meeting request like any other (the event's allowance, blocks, one open request per pair), \
                    which expires when the person stops being free. Accepted, it takes a free table in the \
                    networking slot under way (or starting within five minutes); when no session runs or every \
                    table is taken, the two meet at the event's meeting point. The body, with a message, may be \
                    left out.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MeetNowRequest.class)))
    @ApiResponse(responseCode = "201", description = "Sent: the request is PENDING, with meetsNow true",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = "Location",
                    description = "the new request's URL"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeetingRequestResponse.class)))
    @ApiResponse(responseCode = "400", description = """
            A message over 500 characters, an unknown field or a body that is not JSON""",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = """
            The person is not free now (any more) or is in a meeting or round now; or the two already have a \
            pending request or a match""",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = """
            Refused by a request rule (oneself, blocked, over the allowance, the event is not open); or the \
            Idempotency-Key was used before with another body""",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<String> meetNow(
            @PathVariable String id,
            @PathVariable String accountId,
            @Body @Nullable String body,
            @IdempotencyKey @Header(IdempotentRequests.HEADER) @Nullable String idempotencyKey,
            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        var other = AccountIds.fromPath(accountId);
        String message = body == null || body.isBlank() ? null : bodies.read(body, MeetNowRequest.class).message();
        var response = idempotent.run(request, account, idempotencyKey, body, HttpStatus.CREATED, () -> {
            var sent = availability.meetNow(account, eventId, other, message);
            return MeetingRequestResponse.of(meetings.find(account, eventId, sent.id()));
        });
        return response.header(HttpHeaders.LOCATION,
                "/api/events/" + eventId + "/meeting-requests/" + idempotent.field(response.body(), "id"));
    }
}
