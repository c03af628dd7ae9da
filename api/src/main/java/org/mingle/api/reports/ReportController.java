package org.mingle.api.reports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import org.mingle.api.accounts.CurrentAccount;
import org.mingle.api.accounts.TakesToken;
import org.mingle.api.problems.Problem;
import org.mingle.api.problems.ProblemResponses;
import org.mingle.api.problems.Problems;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.reports.ReportCsv;
import org.mingle.domain.reports.ReportService;

/**
 * Post-event reports: for the event's organizers what the event achieved, its connection network for drawing, and
 * every connection as CSV; for each confirmed attendee, their own report.
 */
@Controller("/api/events/{id}/report")
@Tag(name = "Reports")
@TakesToken
@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
class ReportController {

    static final int DEFAULT_PEOPLE = 300;

    private final ReportService reports;
    private final EventService events;
    private final CurrentAccount currentAccount;

    ReportController(ReportService reports, EventService events, CurrentAccount currentAccount) {
        this.reports = reports;
        this.events = events;
        this.currentAccount = currentAccount;
    }

    @Get
    @Operation(operationId = "getEventReport", summary = "What the event achieved",
            description = """
                    For the event's OWNER and CO_ORGANIZERs. The attendance funnel (registered, confirmed, \
                    waitlisted, pending approval, cancelled, checked in, no-shows once the event has started); the \
                    connections made: how many, how many attendees made one, per attendee, across industries, by \
                    first-timers, from recommendations (`recommendationConversion`: the share of connections \
                    between people one of whom was among the other's recommendations, 0 when there are none), in \
                    speed-networking rounds, and how many attendees made how many (`degreeDistribution`); meeting \
                    requests sent and accepted, and how they fared (`requestFigures`: answered, the acceptance rate \
                    of answered requests, the median time to answer, expired); the most common interests and those most connections share; and \
                    the outcomes attendees reported, where a count of 1 or 2 is never given so that nobody's \
                    outcome can be traced. Figures as they stand now.""")
    @ApiResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EventReportResponse.class)))
    @ApiResponse(responseCode = "403", ref = ProblemResponses.NOT_ORGANIZER)
    HttpResponse<EventReportResponse> report(@PathVariable String id, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var report = reports.report(account, EventId.fromString(id));
        return HttpResponse.ok(EventReportResponse.of(report)).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Get("/network")
    @Operation(operationId = "getEventNetworkPicture", summary = "The event's connection network, for drawing",
            description = """
                    For the event's OWNER and CO_ORGANIZERs. The most connected people (at most `people` of them) \
                    as dots placed in the unit square, with their industry for colouring, and the connections \
                    among them as pairs of indexes into `people`. `shownOf` says how many people with a connection \
                    there are in all.""")
    @ApiResponse(responseCode = "200", description = "The network picture",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NetworkPictureResponse.class)))
    @ApiResponse(responseCode = "400", description = "people is not a whole number from 1 to 500",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", ref = ProblemResponses.NOT_ORGANIZER)
    HttpResponse<NetworkPictureResponse> network(
            @PathVariable String id,
            @Parameter(description = "at most this many people, the most connected",
                    schema = @Schema(minimum = "1", maximum = "" + ReportService.PICTURE_MAX,
                            defaultValue = "" + DEFAULT_PEOPLE))
            @QueryValue @Nullable Integer people,
            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var picture = reports.picture(account, EventId.fromString(id), people == null ? DEFAULT_PEOPLE : people);
        return HttpResponse.ok(NetworkPictureResponse.of(picture)).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Get("/connections.csv")
    @Produces(ConnectionsCsv.MEDIA_TYPE)
    @Operation(operationId = "exportEventConnectionsAsCsv", summary = "Every connection of the event as CSV",
            description = """
                    For the event's OWNER and CO_ORGANIZERs. One row per connection, oldest first (UTF-8 with a byte \
                    order mark, RFC 4180, with a header row of words): when (in the event's time zone, as \
                    `yyyy-MM-dd HH:mm`), the two people with the industry each showed, the interests they share, \
                    how it was recorded, whether it came from a recommendation, a speed-networking round or an \
                    accepted meeting request, then the ids. Streamed, however many connections there are. Cells \
                    that a spreadsheet would run as a formula start with an apostrophe.""")
    @ApiResponse(responseCode = "200", description = "The connections",
            headers = @Header(name = "Content-Disposition",
                    description = "attachment; filename=\"<event-title-slug>-connections.csv\""),
            content = @Content(mediaType = ReportCsv.MEDIA_TYPE, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "403", ref = ProblemResponses.NOT_ORGANIZER)
    HttpResponse<Writable> connectionsCsv(@PathVariable String id, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        // Refusals (404, 403) must come before the first byte of CSV: check access with the cheapest section.
        reports.funnel(account, eventId);
        var details = events.get(Optional.of(account), eventId).details();
        var body = ConnectionsCsv.writable(details.timeZone(),
                row -> reports.forEachConnection(account, eventId, row));
        return HttpResponse.<Writable>ok(body)
                .contentType(MediaType.of(ConnectionsCsv.MEDIA_TYPE))
                .header("Content-Disposition", "attachment; filename=\"" + ConnectionsCsv.fileName(details.title()) + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Get("/me")
    @Operation(operationId = "getMyEventReport", summary = "The caller's own report of the event",
            description = """
                    For the event's confirmed attendees: how many people the caller met there, how many of them \
                    outside the caller's industry, the caller's one-to-one meetings and how many have been held, \
                    the follow-ups still open, and the connections made there with the caller's own notes.""")
    @ApiResponse(responseCode = "200", description = "The caller's report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AttendeeReportResponse.class)))
    @ApiResponse(responseCode = "403", ref = ProblemResponses.NOT_CONFIRMED_ATTENDEE)
    HttpResponse<AttendeeReportResponse> mine(@PathVariable String id, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var report = reports.mine(account, EventId.fromString(id));
        return HttpResponse.ok(AttendeeReportResponse.of(report)).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
