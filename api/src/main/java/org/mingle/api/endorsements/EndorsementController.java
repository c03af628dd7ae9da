package org.mingle.api.endorsements;

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
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
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
import org.mingle.domain.connections.ConnectionId;
import org.mingle.domain.endorsements.EndorsementId;
import org.mingle.domain.endorsements.EndorsementService;
import org.mingle.domain.endorsements.EndorsementStatus;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.PageRequest;

/**
 * Endorsements: the owner of a connection endorses the other person on some of their interests; the endorsed person
 * lists what they received and approves or hides each. Nothing shows anywhere until approved (decision 46).
 */
@Controller("/api/me")
@Tag(name = "Endorsements")
@TakesToken
@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
class EndorsementController {

    private final EndorsementService endorsements;
    private final CurrentAccount currentAccount;
    private final IdempotentRequests idempotent;
    private final JsonBodies bodies;

    EndorsementController(EndorsementService endorsements, CurrentAccount currentAccount,
                          IdempotentRequests idempotent, JsonBodies bodies) {
        this.endorsements = endorsements;
        this.currentAccount = currentAccount;
        this.idempotent = idempotent;
        this.bodies = bodies;
    }

    @Post("/connections/{cid}/endorsements")
    @BodyProblems
    @Operation(operationId = "endorseConnection", summary = "Endorse a connection on some of their interests",
            description = """
                    The connection's owner endorses the other person, for the event where they met, on one to three \
                    of the interests that person lets the caller see, with an optional note. It is PENDING until the \
                    endorsed person approves it; they are told (an `ENDORSEMENT_RECEIVED` notification). The two \
                    must have met: connected at an event that has begun (before its start, a connection is a plan \
                    to meet), or held a meeting there (422 otherwise). One endorsement per endorser, person and \
                    event: another answers 409.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EndorseRequest.class)))
    @ApiResponse(responseCode = "201", description = "Endorsed, waiting for approval",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EndorsementResponse.class)))
    @ApiResponse(responseCode = "400", description = """
            No topics, more than three, a repeated one or one not among the interests the other person lets the \
            caller see; a note over 280 characters or with control characters; an unknown field or a body that is \
            not JSON""",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @ApiResponse(responseCode = "409", description = "The caller endorsed this person for this event already",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = """
            The two have not met there yet, either blocked the other, or the Idempotency-Key was used with \
            another body""",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<String> endorse(
            @PathVariable String cid,
            @Body @Nullable String body,
            @IdempotencyKey @Header(IdempotentRequests.HEADER) @Nullable String idempotencyKey,
            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var connection = ConnectionId.fromString(cid);
        bodies.requireText(bodies.fields(body), EndorseRequest.TEXT_FIELDS, EndorseRequest.TEXT_ARRAYS);
        var endorse = bodies.read(body, EndorseRequest.class);
        return idempotent.run(request, account, idempotencyKey, body, HttpStatus.CREATED,
                        () -> EndorsementResponse.of(endorsements.endorseConnection(account, connection,
                                endorse.topics(), endorse.note())))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Get("/endorsements")
    @Operation(operationId = "listMyEndorsements", summary = "Endorsements the caller received",
            description = "Newest first, paged: those waiting for approval (the default) or those approved.")
    @ApiResponse(responseCode = "200", description = "The endorsements",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EndorsementPageResponse.class)))
    HttpResponse<EndorsementPageResponse> list(
            @Parameter(description = "PENDING (the default) or APPROVED")
            @QueryValue @Nullable String status,
            @PageNumber @QueryValue @Nullable Integer page,
            @PageSize @QueryValue @Nullable Integer size,
            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var paging = PageRequest.of(page, size);
        return HttpResponse.ok(EndorsementPageResponse.of(endorsements.received(account, status(status), paging)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Post("/endorsements/{eid}/approve")
    @Operation(operationId = "approveEndorsement", summary = "Show an endorsement the caller received",
            description = "From then on it counts on the caller's profile and public page. Repeating is harmless.")
    @ApiResponse(responseCode = "200", description = "The approved endorsement",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EndorsementResponse.class)))
    @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    EndorsementResponse approve(@PathVariable String eid, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        return EndorsementResponse.of(endorsements.approve(account, EndorsementId.fromString(eid)));
    }

    @Post("/endorsements/{eid}/hide")
    @Operation(operationId = "hideEndorsement", summary = "Hide an endorsement the caller received",
            description = "Pending or approved, it shows nowhere any more; the endorser is not told.")
    @ApiResponse(responseCode = "200", description = "The hidden endorsement",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EndorsementResponse.class)))
    @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    EndorsementResponse hide(@PathVariable String eid, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        return EndorsementResponse.of(endorsements.hide(account, EndorsementId.fromString(eid)));
    }

    private static EndorsementStatus status(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return EndorsementStatus.PENDING;
        }
        return Arrays.stream(EndorsementStatus.values()).filter(s -> s != EndorsementStatus.HIDDEN)
                .filter(s -> s.name().equals(text.strip())).findFirst()
                .orElseThrow(() -> InvalidInputException.of("status", "must be PENDING or APPROVED"));
    }
}
