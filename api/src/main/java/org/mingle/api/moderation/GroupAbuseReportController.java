package org.mingle.api.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
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
import org.mingle.domain.groups.GroupNotFoundException;
import org.mingle.domain.moderation.ModerationService;
import org.mingle.domain.shared.GroupId;

/** Signed-in people report a group to the platform's administrators, as they report events. */
@Controller("/api/groups/{id}/abuse-reports")
@Tag(name = "Moderation")
@TakesToken
@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
class GroupAbuseReportController {

    private final ModerationService moderation;
    private final CurrentAccount currentAccount;
    private final IdempotentRequests idempotent;
    private final JsonBodies bodies;

    GroupAbuseReportController(ModerationService moderation, CurrentAccount currentAccount,
                               IdempotentRequests idempotent, JsonBodies bodies) {
        this.moderation = moderation;
        this.currentAccount = currentAccount;
        this.idempotent = idempotent;
        this.bodies = bodies;
    }

    @Post
    @BodyProblems
    @Operation(operationId = "reportGroup", summary = "Report a group to the administrators",
            description = """
                    Anyone signed in who can see the group (a private one: its members), except its owners and \
                    organizers. The administrators are told at once (a `CONTENT_REPORTED` notification) and may \
                    unlist the group. One open report per person and group: another while the first is open answers \
                    409. At most 20 reports per person a day, events and groups together; more answer 429 with \
                    Retry-After.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AbuseReportRequest.class)))
    @ApiResponse(responseCode = "201", description = "Filed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AbuseReportCreatedResponse.class)))
    @ApiResponse(responseCode = "400", description = """
            A missing or unknown reason, details over 1,000 characters or with control characters; an unknown field \
            or a body that is not JSON""",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller owns or organizes the group",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The caller's earlier report of the group is still open",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", ref = ProblemResponses.IDEMPOTENCY_KEY_REUSED)
    @ApiResponse(responseCode = "429", ref = ProblemResponses.TOO_MANY_REQUESTS)
    HttpResponse<String> report(
            @PathVariable String id,
            @Body @Nullable String body,
            @IdempotencyKey @Header(IdempotentRequests.HEADER) @Nullable String idempotencyKey,
            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var groupId = groupId(id);
        bodies.requireText(bodies.fields(body), AbuseReportRequest.TEXT_FIELDS, List.of());
        var report = bodies.read(body, AbuseReportRequest.class);
        return idempotent.run(request, account, idempotencyKey, body, HttpStatus.CREATED,
                        () -> AbuseReportCreatedResponse.of(moderation.reportGroup(account, groupId,
                                report.reportReason(), report.details())))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /** A group's id; anything else names no group. */
    static GroupId groupId(String text) {
        try {
            return new GroupId(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            throw new GroupNotFoundException(text);
        }
    }
}
