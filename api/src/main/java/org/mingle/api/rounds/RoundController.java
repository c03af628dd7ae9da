package org.mingle.api.rounds;

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
import org.mingle.domain.rounds.RoundService;
import org.mingle.domain.shared.AccountId;

/**
 * Speed-networking rounds: organizers plan them for the people present and see the whole plan; attendees see where,
 * when and with whom they sit. Times carry the offset of the event's time zone.
 */
@Controller("/api/events/{id}/rounds")
@Tag(name = "Matching and meetings")
@TakesToken
@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
class RoundController {

    private final RoundService rounds;
    private final EventService events;
    private final CurrentAccount currentAccount;
    private final IdempotentRequests idempotent;
    private final JsonBodies bodies;

    RoundController(RoundService rounds, EventService events, CurrentAccount currentAccount,
                    IdempotentRequests idempotent, JsonBodies bodies) {
        this.rounds = rounds;
        this.events = events;
        this.currentAccount = currentAccount;
        this.idempotent = idempotent;
        this.bodies = bodies;
    }

    @Post
    @BodyProblems
    @Operation(operationId = "planRounds", summary = "Plan speed-networking rounds",
            description = """
                    Seats the people checked in (or, with `includeConfirmed`, every confirmed attendee) at tables \
                    of two for `rounds` rounds from `startsAt`: nobody meets the same person twice, pairs that \
                    match well come first, and an odd count makes one table of three (`TRIO`) or has one person \
                    sit each round out (`REST`). Planning again keeps the rounds already started and replaces the \
                    later ones, numbering the new rounds after those kept. Answers the whole schedule, as \
                    `GET` does. Only the event's OWNER and CO_ORGANIZERs plan.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanRoundsRequest.class)))
    @ApiResponse(responseCode = "201", description = "Planned: the whole schedule",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = "Location",
                    description = "the schedule's URL"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RoundScheduleResponse.class)))
    @ApiResponse(responseCode = "400", description = """
            A missing or invalid field (rounds 1 to 20, minutesPerRound 2 to 60, startsAt not in the past nor \
            before the end of the round under way, breakMinutes 0 to 30, oddCount TRIO or REST), an unknown field \
            or a body that is not JSON""",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", ref = ProblemResponses.NOT_ORGANIZER)
    @ApiResponse(responseCode = "422", description = """
            The event is not published, or fewer than two people are present; or the Idempotency-Key was used \
            before with another body""",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<String> plan(
            @PathVariable String id,
            @Body @Nullable String body,
            @IdempotencyKey @Header(IdempotentRequests.HEADER) @Nullable String idempotencyKey,
            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        var typed = bodies.read(body, PlanRoundsRequest.class);
        var response = idempotent.run(request, account, idempotencyKey, body, HttpStatus.CREATED, () -> {
            var schedule = rounds.generate(account, eventId, typed.toInput());
            return RoundScheduleResponse.of(eventId, zoneOf(account, eventId), schedule);
        });
        return response.header(HttpHeaders.LOCATION, "/api/events/" + eventId + "/rounds")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Get
    @Operation(operationId = "getRounds", summary = "The event's speed-networking schedule",
            description = """
                    Every round planned, with every table and everyone's name, for the event's team (OWNER, \
                    CO_ORGANIZER, CHECKIN_STAFF). Empty before any round is planned.""")
    @ApiResponse(responseCode = "200", description = "The schedule",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RoundScheduleResponse.class)))
    @ApiResponse(responseCode = "403", ref = ProblemResponses.NOT_ON_TEAM)
    HttpResponse<RoundScheduleResponse> schedule(@PathVariable String id, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        var schedule = rounds.schedule(account, eventId);
        return HttpResponse.ok(RoundScheduleResponse.of(eventId, zoneOf(account, eventId), schedule))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Get("/me")
    @Operation(operationId = "getMyRounds", summary = "The caller's speed-networking rounds",
            description = """
                    For each round the caller is seated in: when, which table (none when sitting it out), and the \
                    others at it, as they let the caller see them, with the reasons the two fit. For confirmed \
                    attendees and anyone seated; empty before any round is planned.""")
    @ApiResponse(responseCode = "200", description = "The caller's rounds",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MyRoundsResponse.class)))
    @ApiResponse(responseCode = "403", description = "The caller is neither a confirmed attendee nor seated",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<MyRoundsResponse> mine(@PathVariable String id, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        var mine = rounds.mine(account, eventId);
        return HttpResponse.ok(MyRoundsResponse.of(eventId, zoneOf(account, eventId), mine))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Post("/announcements")
    @Operation(operationId = "announceNextRound", summary = "Call everyone to their tables for the next round",
            description = """
                    Announces the first round not yet announced that has not ended: its people see `announcedAt` \
                    on their rounds and go to their tables. An announced round counts as held, so planning again \
                    keeps it. Only the event's OWNER and CO_ORGANIZERs announce.""")
    @ApiResponse(responseCode = "201", description = "Announced: the round",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = "Location",
                    description = "the schedule's URL"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AnnouncedRoundResponse.class)))
    @ApiResponse(responseCode = "403", ref = ProblemResponses.NOT_ORGANIZER)
    @ApiResponse(responseCode = "422", description = """
            No round is left to announce (none planned, or all announced or over); or the Idempotency-Key was used \
            before for another request""",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<String> announce(
            @PathVariable String id,
            @IdempotencyKey @Header(IdempotentRequests.HEADER) @Nullable String idempotencyKey,
            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        var response = idempotent.run(request, account, idempotencyKey, null, HttpStatus.CREATED, () ->
                AnnouncedRoundResponse.of(rounds.announceNext(account, eventId), zoneOf(account, eventId)));
        return response.header(HttpHeaders.LOCATION, "/api/events/" + eventId + "/rounds")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private ZoneId zoneOf(AccountId account, EventId eventId) {
        return events.get(Optional.of(account), eventId).details().timeZone();
    }
}
