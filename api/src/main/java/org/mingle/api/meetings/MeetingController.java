package org.mingle.api.meetings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.ZoneId;
import java.util.Optional;
import org.mingle.api.accounts.CurrentAccount;
import org.mingle.api.accounts.TakesToken;
import org.mingle.api.problems.Problem;
import org.mingle.api.problems.ProblemResponses;
import org.mingle.api.problems.Problems;
import org.mingle.api.requests.PageNumber;
import org.mingle.api.requests.PageSize;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.meetings.MeetingScheduleService;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.PageRequest;

/**
 * One-to-one meetings at an event: the caller's own (the mutual matches made by accepted meeting requests, with the
 * time and table each gets), and for the event's team every meeting, and placing the matches still waiting for a time.
 * Times carry the offset of the event's time zone.
 */
@Controller("/api/events/{id}/meetings")
@Tag(name = "Matching and meetings")
@TakesToken
@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
class MeetingController {

    private final MeetingScheduleService schedule;
    private final EventService events;
    private final CurrentAccount currentAccount;

    MeetingController(MeetingScheduleService schedule, EventService events, CurrentAccount currentAccount) {
        this.schedule = schedule;
        this.events = events;
        this.currentAccount = currentAccount;
    }

    @Get("/me")
    @Operation(operationId = "listMyMeetings", summary = "The caller's mutual matches at the event",
            description = """
                    Every accepted meeting request the caller sent or received, newest first, with the other \
                    person's profile as a connection sees it. Once a networking session has a slot where both are \
                    free and a table has room, the meeting carries its `slot` and `table`; another time that one of \
                    the two proposed shows as `proposal` until it is answered. Empty for someone without matches.""")
    @ApiResponse(responseCode = "200", description = "The meetings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeetingPageResponse.class)))
    @ApiResponse(responseCode = "400", description = "Invalid paging",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<MeetingPageResponse> mine(
            @PathVariable String id,
            @PageNumber @QueryValue @Nullable Integer page,
            @PageSize @QueryValue @Nullable Integer size,
            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        var paging = PageRequest.of(page, size);
        var mine = schedule.mine(account, eventId);
        return HttpResponse.ok(MeetingPageResponse.of(mine, paging, zoneOf(account, eventId)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Get
    @Operation(operationId = "getMeetingAgenda", summary = "Every one-to-one meeting at the event",
            description = """
                    For the event's team (OWNER, CO_ORGANIZER, CHECKIN_STAFF): the networking sessions and tables, \
                    every meeting with its time, table and the names of its two people, and the mutual matches \
                    still waiting for a time.""")
    @ApiResponse(responseCode = "200", description = "The agenda",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeetingAgendaResponse.class)))
    @ApiResponse(responseCode = "403", ref = ProblemResponses.NOT_ON_TEAM)
    HttpResponse<MeetingAgendaResponse> agenda(@PathVariable String id, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        var agenda = schedule.agenda(account, eventId);
        return HttpResponse.ok(MeetingAgendaResponse.of(agenda, zoneOf(account, eventId)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Post("/placements")
    @Operation(operationId = "placeWaitingMeetings", summary = "Give the waiting matches a time",
            description = """
                    Gives every mutual match still without a time the earliest slot still to come where both \
                    people are free and a table has room, in the order the matches were made; for when people \
                    became free again (a meeting moved, the speed-networking rounds were planned again). Adding a \
                    session or a table does this by itself. Only the event's OWNER and CO_ORGANIZERs place.""")
    @ApiResponse(responseCode = "200", description = "How many matches got a time and how many still wait",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeetingPlacementsResponse.class)))
    @ApiResponse(responseCode = "403", ref = ProblemResponses.NOT_ORGANIZER)
    @ApiResponse(responseCode = "422", ref = ProblemResponses.EVENT_OVER)
    HttpResponse<MeetingPlacementsResponse> place(@PathVariable String id, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var placed = schedule.placeWaiting(account, EventId.fromString(id));
        return HttpResponse.ok(MeetingPlacementsResponse.of(placed)).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private ZoneId zoneOf(AccountId account, EventId eventId) {
        return events.get(Optional.of(account), eventId).details().timeZone();
    }
}
