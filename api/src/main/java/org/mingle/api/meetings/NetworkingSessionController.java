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
import org.mingle.domain.meetings.MeetingScheduleService;
import org.mingle.domain.meetings.NetworkingSessionId;
import org.mingle.domain.shared.AccountId;

/**
 * Networking sessions: stretches of an event that organizers set aside for one-to-one meetings, cut into slots. Mutual
 * matches get the earliest slot where both people are free and a table has room. Times carry the offset of the event's
 * time zone.
 */
@Controller("/api/events/{id}/sessions")
@Tag(name = "Matching and meetings")
@TakesToken
@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
@ApiResponse(responseCode = "404", description = "No such event or session, or not visible to the caller",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class NetworkingSessionController {

    private final MeetingScheduleService schedule;
    private final EventService events;
    private final CurrentAccount currentAccount;
    private final IdempotentRequests idempotent;
    private final JsonBodies bodies;

    NetworkingSessionController(MeetingScheduleService schedule, EventService events, CurrentAccount currentAccount,
                                IdempotentRequests idempotent, JsonBodies bodies) {
        this.schedule = schedule;
        this.events = events;
        this.currentAccount = currentAccount;
        this.idempotent = idempotent;
        this.bodies = bodies;
    }

    @Get
    @Operation(operationId = "listNetworkingSessions", summary = "The event's networking sessions",
            description = """
                    For the event's team (OWNER, CO_ORGANIZER, CHECKIN_STAFF): every session, earliest first, with \
                    how many slots it holds. Empty before any is added.""")
    @ApiResponse(responseCode = "200", description = "The sessions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NetworkingSessionListResponse.class)))
    @ApiResponse(responseCode = "403", ref = ProblemResponses.NOT_ON_TEAM)
    HttpResponse<NetworkingSessionListResponse> list(@PathVariable String id, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        var sessions = schedule.agenda(account, eventId).sessions();
        return HttpResponse.ok(NetworkingSessionListResponse.of(sessions, zoneOf(account, eventId)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Post
    @BodyProblems
    @Operation(operationId = "addNetworkingSession", summary = "Set aside time for one-to-one meetings",
            description = """
                    Adds a session within the event, overlapping none of its other sessions, cut into slots of \
                    `slotMinutes` from its start (time left at the end that is shorter than a slot is not used); \
                    the matches waiting for a time get its slots at once. Only the event's OWNER and \
                    CO_ORGANIZERs add sessions, and only before the event is over.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreateNetworkingSessionRequest.class)))
    @ApiResponse(responseCode = "201", description = "Added: the session",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = "Location",
                    description = "the session's URL"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NetworkingSessionResponse.class)))
    @ApiResponse(responseCode = "400", description = """
            A missing or invalid field (name up to 120 characters, slotMinutes 5 to 240, startsAt and endsAt \
            within the event with room for a slot, no overlap with another session), an unknown field or a body \
            that is not JSON""",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", ref = ProblemResponses.NOT_ORGANIZER)
    @ApiResponse(responseCode = "422", description = """
            The event is over or cancelled; or the Idempotency-Key was used before with another body""",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<String> add(
            @PathVariable String id,
            @Body @Nullable String body,
            @IdempotencyKey @Header(IdempotentRequests.HEADER) @Nullable String idempotencyKey,
            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        var typed = bodies.read(body, CreateNetworkingSessionRequest.class);
        var response = idempotent.run(request, account, idempotencyKey, body, HttpStatus.CREATED, () ->
                NetworkingSessionResponse.of(schedule.addSession(account, eventId, typed.toInput()),
                        zoneOf(account, eventId)));
        return response.header(HttpHeaders.LOCATION,
                        "/api/events/" + eventId + "/sessions/" + idempotent.field(response.body(), "id"))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Delete("/{sid}")
    @Operation(operationId = "removeNetworkingSession", summary = "Remove a networking session",
            description = """
                    The meetings in the session move to other free slots where there are some, and wait for a time \
                    otherwise. Only the event's OWNER and CO_ORGANIZERs remove sessions, and only before the event \
                    is over.""")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "403", ref = ProblemResponses.NOT_ORGANIZER)
    @ApiResponse(responseCode = "422", ref = ProblemResponses.EVENT_OVER)
    HttpResponse<Void> remove(@PathVariable String id, @PathVariable String sid, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        schedule.removeSession(account, eventId, NetworkingSessionId.fromString(sid));
        return HttpResponse.status(HttpStatus.NO_CONTENT);
    }

    private ZoneId zoneOf(AccountId account, EventId eventId) {
        return events.get(Optional.of(account), eventId).details().timeZone();
    }
}
