package org.mingle.api.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.mingle.api.accounts.AccountIds;
import org.mingle.api.accounts.CurrentAccount;
import org.mingle.api.accounts.TakesToken;
import org.mingle.api.problems.BodyProblems;
import org.mingle.api.problems.Problem;
import org.mingle.api.problems.ProblemResponses;
import org.mingle.api.problems.Problems;
import org.mingle.api.requests.JsonBodies;
import org.mingle.domain.events.EventId;
import org.mingle.domain.matching.DismissalService;

/**
 * "Not for me" on a recommendation, and its undo (decision 53). Private to the caller: the person dismissed is not
 * told and sees no difference.
 */
@Controller("/api/events/{id}/recommendations/{accountId}/dismiss")
@Tag(name = "Matching and meetings")
@TakesToken
@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
@ApiResponse(responseCode = "403", ref = ProblemResponses.NOT_CONFIRMED_ATTENDEE)
class DismissalController {

    private final DismissalService dismissals;
    private final CurrentAccount currentAccount;
    private final JsonBodies bodies;

    DismissalController(DismissalService dismissals, CurrentAccount currentAccount, JsonBodies bodies) {
        this.dismissals = dismissals;
        this.currentAccount = currentAccount;
        this.bodies = bodies;
    }

    @Post
    @BodyProblems
    @Operation(operationId = "dismissRecommendation", summary = "Say \"not for me\" to a recommended person",
            description = """
                    The person never shows again in the caller's recommendations at this event, and the reason \
                    teaches them: after NOT_RELEVANT on two or more people sharing an interest with the caller, that \
                    interest weighs less; after ALREADY_KNOW, people at the same company rank lower; NOT_NOW only \
                    hides the person. A recommendation lowered this way says why in a reason of kind LEARNED. \
                    Dismissing again replaces the reason. Undo with `DELETE` on the same path.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DismissRequest.class)))
    @ApiResponse(responseCode = "204", description = "Dismissed")
    @ApiResponse(responseCode = "400", description = """
            A missing or unknown reason; an unknown field, a missing body or one that is not JSON""",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = """
            No such event visible to the caller, or the person is not a confirmed attendee of it""",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "The caller tried to dismiss themselves",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<Void> dismiss(@PathVariable String id, @PathVariable String accountId,
                               @Body @Nullable String body, HttpRequest<?> request) {
        var viewer = currentAccount.require(request);
        bodies.requireText(bodies.fields(body), DismissRequest.TEXT_FIELDS, List.of());
        var dismiss = bodies.read(body, DismissRequest.class);
        dismissals.dismiss(viewer, EventId.fromString(id), AccountIds.fromPath(accountId), dismiss.dismissalReason());
        return HttpResponse.status(HttpStatus.NO_CONTENT);
    }

    @Delete
    @Operation(operationId = "undoDismissRecommendation", summary = "Take back a \"not for me\"",
            description = """
                    After a mis-tap: the person may be recommended to the caller again, and what the dismissal \
                    taught is forgotten. Taking back a dismissal that does not exist is harmless.""")
    @ApiResponse(responseCode = "204", description = "Not dismissed (any more)")
    @ApiResponse(responseCode = "404", description = "No such event visible to the caller, or the id is no account id",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<Void> undo(@PathVariable String id, @PathVariable String accountId, HttpRequest<?> request) {
        var viewer = currentAccount.require(request);
        dismissals.undo(viewer, EventId.fromString(id), AccountIds.fromPath(accountId));
        return HttpResponse.status(HttpStatus.NO_CONTENT);
    }
}
