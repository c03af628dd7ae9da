package org.mingle.api.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.mingle.api.accounts.CurrentAccount;
import org.mingle.api.accounts.TakesToken;
import org.mingle.api.problems.Problem;
import org.mingle.api.problems.ProblemResponses;
import org.mingle.api.problems.Problems;
import org.mingle.domain.events.EventId;
import org.mingle.domain.matching.RecommendationService;

/** Whom to meet at an event, for its confirmed attendees. */
@Controller("/api/events/{id}/recommendations")
@Tag(name = "Matching and meetings")
@TakesToken
class RecommendationController {

    static final int DEFAULT_LIMIT = 10;

    private final RecommendationService recommendations;
    private final CurrentAccount currentAccount;

    RecommendationController(RecommendationService recommendations, CurrentAccount currentAccount) {
        this.recommendations = recommendations;
        this.currentAccount = currentAccount;
    }

    @Get
    @Operation(operationId = "listRecommendations", summary = "People the caller should meet at the event",
            description = """
                    For confirmed attendees: the other confirmed attendees, best match first, each with readable \
                    reasons (shared interests, goals that meet, a new perspective). Never the caller, nobody \
                    blocked either way, nobody already matched with at this event. Matching uses only what people \
                    show to fellow attendees, so it reveals nothing they hide. Computed afresh on each call.""")
    @ApiResponse(responseCode = "200", description = "The recommendations, best first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    array = @ArraySchema(schema = @Schema(implementation = RecommendationResponse.class))))
    @ApiResponse(responseCode = "400", description = "The limit is outside 1..50",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", ref = ProblemResponses.NOT_CONFIRMED_ATTENDEE)
    @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    HttpResponse<List<RecommendationResponse>> list(
            @PathVariable String id,
            @Parameter(description = "how many at most", schema = @Schema(minimum = "1", maximum = "50",
                    defaultValue = "10"))
            @QueryValue @Nullable Integer limit,
            HttpRequest<?> request) {
        var viewer = currentAccount.require(request);
        var people = recommendations.recommendations(viewer, EventId.fromString(id),
                limit == null ? DEFAULT_LIMIT : limit);
        return HttpResponse.ok(people.stream().map(RecommendationResponse::of).toList())
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
