package org.mingle.api.curated;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.ZoneId;
import java.util.ArrayList;
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
import org.mingle.api.requests.PageNumber;
import org.mingle.api.requests.PageSize;
import org.mingle.domain.curated.CuratedDraftNotFoundException;
import org.mingle.domain.curated.CuratedService;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.PageRequest;

/**
 * Curated meeting schedules: organizers set how many meetings each attendee should have, generate a schedule of
 * one-to-one meetings in the event's sessions and tables from the attendees' marks and match scores, review it and
 * publish it; each attendee then reads why each of their meetings was arranged.
 */
@Controller("/api/events/{id}")
@Tag(name = "Matching and meetings")
@TakesToken
@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
class CuratedScheduleController {

    private final CuratedService curated;
    private final EventService events;
    private final CurrentAccount currentAccount;
    private final IdempotentRequests idempotent;
    private final JsonBodies bodies;

    CuratedScheduleController(CuratedService curated, EventService events, CurrentAccount currentAccount,
                              IdempotentRequests idempotent, JsonBodies bodies) {
        this.curated = curated;
        this.events = events;
        this.currentAccount = currentAccount;
        this.idempotent = idempotent;
        this.bodies = bodies;
    }

    @Get("/curated-settings")
    @Operation(operationId = "getCuratedSettings", summary = "The minimum and maximum of meetings per attendee",
            description = "For the event's OWNER and CO_ORGANIZERs. Defaults: minimum 0, maximum 6.")
    @ApiResponse(responseCode = "200", description = "The settings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CuratedSettingsResponse.class)))
    @ApiResponse(responseCode = "403", ref = ProblemResponses.NOT_ORGANIZER)
    HttpResponse<CuratedSettingsResponse> settings(@PathVariable String id, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        return HttpResponse.ok(CuratedSettingsResponse.of(curated.settings(account, EventId.fromString(id))))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Put("/curated-settings")
    @BodyProblems
    @Operation(operationId = "setCuratedSettings", summary = "Set the minimum and maximum of meetings per attendee",
            description = """
                    The next schedule generated aims to give every confirmed attendee at least `minimumMeetings` \
                    and never more than `maximumMeetings`; meetings booked already count towards both. For the \
                    event's OWNER and CO_ORGANIZERs.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CuratedSettingsRequest.class)))
    @ApiResponse(responseCode = "200", description = "The settings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CuratedSettingsResponse.class)))
    @ApiResponse(responseCode = "400", description = """
            A number missing or out of range (minimum 0 to 50, maximum 1 to 50), or the minimum above the maximum""",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", ref = ProblemResponses.NOT_ORGANIZER)
    HttpResponse<CuratedSettingsResponse> updateSettings(@PathVariable String id, @Body @Nullable String body,
                                                         HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var typed = bodies.read(body, CuratedSettingsRequest.class);
        return HttpResponse.ok(CuratedSettingsResponse.of(curated.updateSettings(account, EventId.fromString(id),
                typed.minimumMeetings(), typed.maximumMeetings()))).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Post("/curated-schedule")
    @Operation(operationId = "generateCuratedSchedule", summary = "Generate a curated schedule of one-to-one meetings",
            description = """
                    Schedules the confirmed attendees into the event's networking slots still to come and its \
                    tables, around the meetings booked already and speed-networking rounds: first as few meetings \
                    missing below the minimum as possible, then as many "must meet" wishes as possible, then the \
                    highest total match score. Never a "no thanks" pair, a blocked pair, a pair that already has a \
                    meeting, anyone over the maximum or in two places at once. Takes at most a few seconds. The \
                    result is the event's draft, replacing the one before; nothing is booked until it is published. \
                    For the event's OWNER and CO_ORGANIZERs.""")
    @ApiResponse(responseCode = "201", description = "Generated: the draft",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = "Location",
                    description = "the draft's URL"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CuratedScheduleResponse.class)))
    @ApiResponse(responseCode = "403", ref = ProblemResponses.NOT_ORGANIZER)
    @ApiResponse(responseCode = "422", description = """
            The event is not published, has no networking slot to come or no table, or fewer than two confirmed \
            attendees; or the Idempotency-Key was used before for another request""",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<String> generate(
            @PathVariable String id,
            @IdempotencyKey @Header(IdempotentRequests.HEADER) @Nullable String idempotencyKey,
            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        var response = idempotent.run(request, account, idempotencyKey, null, HttpStatus.CREATED, () ->
                CuratedScheduleResponse.of(curated.generate(account, eventId), zoneOf(account, eventId)));
        return response.header(HttpHeaders.LOCATION, "/api/events/" + eventId + "/curated-schedule")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Get("/curated-schedule")
    @Operation(operationId = "getCuratedSchedule", summary = "The event's latest generated curated schedule",
            description = """
                    Its meetings slot by slot with the reason for each, who stays below the minimum and why, the \
                    totals, and what publishing did once it has. For the event's OWNER and CO_ORGANIZERs.""")
    @ApiResponse(responseCode = "200", description = "The draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CuratedScheduleResponse.class)))
    @ApiResponse(responseCode = "403", ref = ProblemResponses.NOT_ORGANIZER)
    @ApiResponse(responseCode = "404", description = "No such event, or no schedule generated yet",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<CuratedScheduleResponse> draft(@PathVariable String id, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        var draft = curated.draft(account, eventId).orElseThrow(CuratedDraftNotFoundException::new);
        return HttpResponse.ok(CuratedScheduleResponse.of(draft, zoneOf(account, eventId)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Post("/curated-schedule/publish")
    @Operation(operationId = "publishCuratedSchedule", summary = "Book the draft's meetings",
            description = """
                    Books each meeting of the draft as an accepted meeting at its time and table and tells both \
                    people (`MEETING_SCHEDULED`). A meeting that no longer fits, because a booking made since took \
                    the time or one of the two left or blocked the other, is skipped and counted; another table in \
                    the same slot is taken where one is free. A draft is published once. For the event's OWNER and \
                    CO_ORGANIZERs.""")
    @ApiResponse(responseCode = "200", description = "Published: how many meetings were booked and skipped",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PublicationResponse.class)))
    @ApiResponse(responseCode = "403", ref = ProblemResponses.NOT_ORGANIZER)
    @ApiResponse(responseCode = "409", description = "No schedule generated yet, or it is published already",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = """
            The event is not published; or the Idempotency-Key was used before for another request""",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<String> publish(
            @PathVariable String id,
            @IdempotencyKey @Header(IdempotentRequests.HEADER) @Nullable String idempotencyKey,
            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        var response = idempotent.run(request, account, idempotencyKey, null, HttpStatus.OK, () ->
                PublicationResponse.of(curated.publish(account, eventId), zoneOf(account, eventId)));
        return response.header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Get("/curated-schedule/me")
    @Operation(operationId = "getMyCuratedReasons", summary = "Why the caller's curated meetings were arranged",
            description = """
                    For each of the caller's meetings that a published schedule arranged: `BOTH_ASKED` ("You both \
                    asked to meet"), `ONE_ASKED` ("Ada asked to meet you" or "You asked to meet Ada") or \
                    `BEST_REMAINING_MATCH`. The meetings themselves, with time and table, are in \
                    `GET /api/events/{id}/meetings/me`. "No thanks" marks never show.""")
    @ApiResponse(responseCode = "200", description = "The reasons",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CuratedReasonPageResponse.class)))
    HttpResponse<CuratedReasonPageResponse> mine(
            @PathVariable String id,
            @PageNumber @QueryValue @Nullable Integer page,
            @PageSize @QueryValue @Nullable Integer size,
            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var paging = PageRequest.of(page, size);
        var reasons = new ArrayList<>(curated.reasons(account, EventId.fromString(id)).values());
        return HttpResponse.ok(CuratedReasonPageResponse.of(reasons, paging))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private ZoneId zoneOf(AccountId account, EventId eventId) {
        return events.get(Optional.of(account), eventId).details().timeZone();
    }
}
