package org.mingle.api.curated;

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
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.mingle.api.accounts.AccountIds;
import org.mingle.api.accounts.CurrentAccount;
import org.mingle.api.accounts.TakesToken;
import org.mingle.api.problems.BodyProblems;
import org.mingle.api.problems.Problem;
import org.mingle.api.problems.ProblemResponses;
import org.mingle.api.problems.Problems;
import org.mingle.api.requests.JsonBodies;
import org.mingle.api.requests.PageNumber;
import org.mingle.api.requests.PageSize;
import org.mingle.domain.curated.CuratedService;
import org.mingle.domain.curated.MarkKind;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.PageRequest;

/**
 * An attendee's private marks on other attendees of an event: "must meet" or "no thanks", which the event's generated
 * curated schedule follows. Nobody else ever sees a mark; the person marked is never told.
 */
@Controller("/api/events/{id}/marks")
@Tag(name = "Matching and meetings")
@TakesToken
@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
class MarkController {

    private final CuratedService curated;
    private final CurrentAccount currentAccount;
    private final JsonBodies bodies;

    MarkController(CuratedService curated, CurrentAccount currentAccount, JsonBodies bodies) {
        this.curated = curated;
        this.currentAccount = currentAccount;
        this.bodies = bodies;
    }

    @Get
    @Operation(operationId = "listMyMarks", summary = "The caller's marks at the event",
            description = "Newest first. Only the caller's own marks: nobody sees the marks others made.")
    @ApiResponse(responseCode = "200", description = "The caller's marks",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MarkPageResponse.class)))
    @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    HttpResponse<MarkPageResponse> list(
            @PathVariable String id,
            @PageNumber @QueryValue @Nullable Integer page,
            @PageSize @QueryValue @Nullable Integer size,
            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var paging = PageRequest.of(page, size);
        return HttpResponse.ok(MarkPageResponse.of(curated.marks(account, EventId.fromString(id)), paging))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Put("/{accountId}")
    @BodyProblems
    @Operation(operationId = "markPerson", summary = "Mark another attendee \"must meet\" or \"no thanks\"",
            description = """
                    Replaces the caller's earlier mark on the person. A generated schedule puts "must meet" pairs \
                    first and never schedules a "no thanks" pair, whoever marked whom. At most 10 "must meet" and 50 \
                    "no thanks" marks per person and event. Only between confirmed attendees of a published event.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MarkRequest.class)))
    @ApiResponse(responseCode = "204", description = "Marked")
    @ApiResponse(responseCode = "400", description = "`mark` missing or not MUST_MEET or NO_THANKS",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", ref = ProblemResponses.NOT_CONFIRMED_ATTENDEE)
    @ApiResponse(responseCode = "404", description = "No such event, or the person is no confirmed attendee of it",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = """
            The caller marked themselves, already has as many marks of the kind as allowed, or the event is not \
            open""",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<Void> mark(@PathVariable String id, @PathVariable String accountId, @Body @Nullable String body,
                            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var fields = bodies.fields(body);
        bodies.requireText(fields, List.of("mark"), List.of());
        var typed = bodies.read(body, MarkRequest.class);
        curated.mark(account, EventId.fromString(id), AccountIds.fromPath(accountId), kind(typed.mark()));
        return HttpResponse.status(HttpStatus.NO_CONTENT);
    }

    @Delete("/{accountId}")
    @Operation(operationId = "unmarkPerson", summary = "Take the caller's mark off another attendee",
            description = "Harmless when there is no mark.")
    @ApiResponse(responseCode = "204", description = "Not marked (any more)")
    @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    HttpResponse<Void> unmark(@PathVariable String id, @PathVariable String accountId, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        curated.unmark(account, EventId.fromString(id), AccountIds.fromPath(accountId));
        return HttpResponse.status(HttpStatus.NO_CONTENT);
    }

    private static MarkKind kind(String typed) {
        String choices = Arrays.stream(MarkKind.values()).map(Enum::name).collect(Collectors.joining(" or "));
        if (typed == null) {
            throw InvalidInputException.of("mark", "is required: " + choices);
        }
        return Arrays.stream(MarkKind.values()).filter(kind -> kind.name().equals(typed)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("mark", "must be " + choices));
    }
}
