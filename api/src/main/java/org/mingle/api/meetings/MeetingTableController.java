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
import org.mingle.domain.meetings.MeetingScheduleService;
import org.mingle.domain.meetings.MeetingTableId;

/**
 * Meeting tables: the places where pairs meet during networking sessions; a table of {@code seats} holds
 * {@code seats / 2} meetings at once.
 */
@Controller("/api/events/{id}/tables")
@Tag(name = "Matching and meetings")
@TakesToken
@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
@ApiResponse(responseCode = "404", description = "No such event or table, or not visible to the caller",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class MeetingTableController {

    private final MeetingScheduleService schedule;
    private final CurrentAccount currentAccount;
    private final IdempotentRequests idempotent;
    private final JsonBodies bodies;

    MeetingTableController(MeetingScheduleService schedule, CurrentAccount currentAccount,
                           IdempotentRequests idempotent, JsonBodies bodies) {
        this.schedule = schedule;
        this.currentAccount = currentAccount;
        this.idempotent = idempotent;
        this.bodies = bodies;
    }

    @Get
    @Operation(operationId = "listMeetingTables", summary = "The event's meeting tables",
            description = """
                    For the event's team (OWNER, CO_ORGANIZER, CHECKIN_STAFF): every table, in the order they were \
                    added. Empty before any is added.""")
    @ApiResponse(responseCode = "200", description = "The tables",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeetingTableListResponse.class)))
    @ApiResponse(responseCode = "403", ref = ProblemResponses.NOT_ON_TEAM)
    HttpResponse<MeetingTableListResponse> list(@PathVariable String id, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var tables = schedule.agenda(account, EventId.fromString(id)).tables();
        return HttpResponse.ok(MeetingTableListResponse.of(tables)).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Post
    @BodyProblems
    @Operation(operationId = "addMeetingTable", summary = "Add a meeting table",
            description = """
                    Adds a place where pairs meet; the matches waiting for a time get its places at once. Only the \
                    event's OWNER and CO_ORGANIZERs add tables, and only before the event is over.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreateMeetingTableRequest.class)))
    @ApiResponse(responseCode = "201", description = "Added: the table",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = "Location",
                    description = "the table's URL"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeetingTableResponse.class)))
    @ApiResponse(responseCode = "400", description = """
            A missing or invalid field (name up to 80 characters and unlike the event's other tables, seats 2 to \
            200), an unknown field or a body that is not JSON""",
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
        var typed = bodies.read(body, CreateMeetingTableRequest.class);
        var response = idempotent.run(request, account, idempotencyKey, body, HttpStatus.CREATED,
                () -> MeetingTableResponse.of(schedule.addTable(account, eventId, typed.toInput())));
        return response.header(HttpHeaders.LOCATION,
                        "/api/events/" + eventId + "/tables/" + idempotent.field(response.body(), "id"))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Delete("/{tid}")
    @Operation(operationId = "removeMeetingTable", summary = "Remove a meeting table",
            description = """
                    The meetings at the table move to other free places where there are some, and wait for a time \
                    otherwise. Only the event's OWNER and CO_ORGANIZERs remove tables, and only before the event is \
                    over.""")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "403", ref = ProblemResponses.NOT_ORGANIZER)
    @ApiResponse(responseCode = "422", ref = ProblemResponses.EVENT_OVER)
    HttpResponse<Void> remove(@PathVariable String id, @PathVariable String tid, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        schedule.removeTable(account, eventId, MeetingTableId.fromString(tid));
        return HttpResponse.status(HttpStatus.NO_CONTENT);
    }
}
