package org.mingle.api.series;

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
import java.util.List;
import java.util.UUID;
import org.mingle.api.accounts.CurrentAccount;
import org.mingle.api.accounts.TakesToken;
import org.mingle.api.idempotency.IdempotencyKey;
import org.mingle.api.idempotency.IdempotentRequests;
import org.mingle.api.problems.BodyProblems;
import org.mingle.api.problems.Problem;
import org.mingle.api.problems.ProblemResponses;
import org.mingle.api.problems.Problems;
import org.mingle.api.requests.JsonBodies;
import org.mingle.domain.series.GroupNotFoundException;
import org.mingle.domain.series.SeriesNotFoundException;
import org.mingle.domain.series.SeriesService;
import org.mingle.domain.shared.GroupId;
import org.mingle.domain.shared.SeriesId;

/**
 * A group's recurring events: its owners and organizers create one event per date of a recurrence rule, each at the
 * same local wall time, and add more dates later. Each occurrence is then a normal event under /api/events.
 */
@Controller("/api")
@Tag(name = "Series")
@TakesToken
@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
@ApiResponse(responseCode = "401", ref = ProblemResponses.UNAUTHENTICATED)
class SeriesController {

    private final SeriesService series;
    private final CurrentAccount currentAccount;
    private final IdempotentRequests idempotent;
    private final JsonBodies bodies;

    SeriesController(SeriesService series, CurrentAccount currentAccount, IdempotentRequests idempotent,
                     JsonBodies bodies) {
        this.series = series;
        this.currentAccount = currentAccount;
        this.idempotent = idempotent;
        this.bodies = bodies;
    }

    @Post("/groups/{id}/series")
    @BodyProblems
    @Operation(operationId = "createSeries", summary = "Create a recurring series of events",
            description = """
                    Group OWNER or ORGANIZER. One event per date of the rule from `firstDate` on, each at \
                    `localStartTime` in `timeZone` whatever daylight saving does, lasting `durationMinutes`; drafts \
                    unless `publish` is true, owned by the caller. All are created or none. At most 52 dates at once; \
                    add more with `POST /api/series/{id}/extend`.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreateSeriesRequest.class)))
    @ApiResponse(responseCode = "201", description = "Created: the series and its events",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = "Location",
                    description = "the new series' URL"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SeriesResponse.class)))
    @ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @ApiResponse(responseCode = "422", ref = ProblemResponses.IDEMPOTENCY_KEY_REUSED)
    HttpResponse<String> create(
            @PathVariable String id,
            @Body @Nullable String body,
            @IdempotencyKey @Header(IdempotentRequests.HEADER) @Nullable String idempotencyKey,
            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var group = groupId(id);
        bodies.requireText(bodies.fields(body), CreateSeriesRequest.TEXT_FIELDS, List.of());
        var input = bodies.read(body, CreateSeriesRequest.class).toInput();
        var response = idempotent.run(request, account, idempotencyKey, body, HttpStatus.CREATED,
                () -> SeriesResponse.of(series.create(account, group, input)));
        return response.header(HttpHeaders.LOCATION, "/api/series/" + idempotent.field(response.body(), "id"));
    }

    @Post("/groups/{id}/series/preview")
    @BodyProblems
    @Operation(operationId = "previewSeries", summary = "The dates a series would have",
            description = """
                    Group OWNER or ORGANIZER. Checks the body as creating would and lists the dates with their \
                    local start; creates nothing.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreateSeriesRequest.class)))
    @ApiResponse(responseCode = "200", description = "The dates",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SeriesPreviewResponse.class)))
    @ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    SeriesPreviewResponse preview(@PathVariable String id, @Body @Nullable String body, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var group = groupId(id);
        bodies.requireText(bodies.fields(body), CreateSeriesRequest.TEXT_FIELDS, List.of());
        var input = bodies.read(body, CreateSeriesRequest.class).toInput();
        return SeriesPreviewResponse.of(series.preview(account, group, input));
    }

    @Get("/series/{id}")
    @Operation(operationId = "getSeries", summary = "A series and its events",
            description = """
                    The group's owners and organizers (anyone else: 404). Each event as it is now: edited, moved \
                    or cancelled on its own, soonest first.""")
    @ApiResponse(responseCode = "200", description = "The series",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SeriesResponse.class)))
    @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    HttpResponse<SeriesResponse> get(@PathVariable String id, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        return HttpResponse.ok(SeriesResponse.of(series.get(account, seriesId(id))))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Post("/series/{id}/extend")
    @BodyProblems
    @Operation(operationId = "extendSeries", summary = "Add more dates to a series",
            description = """
                    The group's owners and organizers (anyone else: 404). Continues the rule after the series' last \
                    date, as if it had no COUNT or UNTIL: `count` more dates, or those up to `until` (exactly one of \
                    the two, at most 52 dates); dates whose start has passed are skipped. The new events are drafts \
                    or published as the series was created, owned by the caller.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ExtendSeriesRequest.class)))
    @ApiResponse(responseCode = "200", description = "The series with its new events",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SeriesResponse.class)))
    @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @ApiResponse(responseCode = "422", ref = ProblemResponses.IDEMPOTENCY_KEY_REUSED)
    HttpResponse<String> extend(
            @PathVariable String id,
            @Body @Nullable String body,
            @IdempotencyKey @Header(IdempotentRequests.HEADER) @Nullable String idempotencyKey,
            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var seriesId = seriesId(id);
        bodies.requireText(bodies.fields(body), ExtendSeriesRequest.TEXT_FIELDS, List.of());
        var typed = bodies.read(body, ExtendSeriesRequest.class);
        return idempotent.run(request, account, idempotencyKey, body, HttpStatus.OK,
                () -> SeriesResponse.of(series.extend(account, seriesId, typed.count(), typed.until())));
    }

    /** A path id that is no UUID names no group: 404, like an unknown one. */
    private static GroupId groupId(String text) {
        try {
            return new GroupId(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            throw new GroupNotFoundException(text);
        }
    }

    private static SeriesId seriesId(String text) {
        try {
            return new SeriesId(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            throw new SeriesNotFoundException(text);
        }
    }
}
