package org.mingle.api.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.mingle.api.accounts.ClientAddress;
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
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.NotFoundException;
import org.mingle.domain.shared.PageRequest;

/**
 * An event's team: who organizes it with the owner ({@code CO_ORGANIZER}) and who checks people in at the door
 * ({@code CHECKIN_STAFF}). The team sees the team; only the owner changes it.
 */
@Controller("/api/events/{id}/team")
@Tag(name = "Events")
@TakesToken
@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
@ApiResponse(responseCode = "403", description = "The caller may see the event but not do this",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
class EventTeamController {

    private final EventService events;
    private final CurrentAccount currentAccount;
    private final ClientAddress clientAddress;
    private final IdempotentRequests idempotent;
    private final JsonBodies bodies;

    EventTeamController(EventService events, CurrentAccount currentAccount, ClientAddress clientAddress,
                        IdempotentRequests idempotent, JsonBodies bodies) {
        this.events = events;
        this.currentAccount = currentAccount;
        this.clientAddress = clientAddress;
        this.idempotent = idempotent;
        this.bodies = bodies;
    }

    @Get
    @Operation(operationId = "listTeam", summary = "The event's team",
            description = "For the team only: the owner first, then the others in the order they joined.")
    @ApiResponse(responseCode = "200", description = "The team",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TeamPageResponse.class)))
    TeamPageResponse list(
            @PathVariable String id,
            @PageNumber @QueryValue @Nullable Integer page,
            @PageSize @QueryValue @Nullable Integer size,
            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var paging = PageRequest.of(page, size);
        return TeamPageResponse.of(events.team(account, EventId.fromString(id)), paging);
    }

    @Post
    @BodyProblems
    @Operation(operationId = "addTeamMember", summary = "Give someone a role at the event",
            description = """
                    Owner only. The person needs a Mingle account with this email address. Adding someone who is \
                    on the team already changes their role.""")
    @ApiResponse(responseCode = "201", description = "The member with their role",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TeamMemberResponse.class)))
    @ApiResponse(responseCode = "400", description = "No account with this email, or a role that cannot be given",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", ref = ProblemResponses.IDEMPOTENCY_KEY_REUSED)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AddTeamMemberRequest.class)))
    HttpResponse<String> add(
            @PathVariable String id,
            @Body String body,
            @IdempotencyKey @Header(IdempotentRequests.HEADER) @Nullable String idempotencyKey,
            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        var member = bodies.read(body, AddTeamMemberRequest.class);
        return idempotent.run(request, account, idempotencyKey, body, HttpStatus.CREATED,
                () -> TeamMemberResponse.of(events.addToTeam(account, eventId, member.email(), member.eventRole(),
                        clientAddress.of(request))));
    }

    @Delete("/{accountId}")
    @Operation(operationId = "removeTeamMember", summary = "Take someone off the team",
            description = """
                    Owner only. Removing someone who is not on the team changes nothing; the owner cannot be \
                    removed (409).""")
    @ApiResponse(responseCode = "204", description = "Not on the team (any more)")
    @ApiResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    HttpResponse<Void> remove(@PathVariable String id, @PathVariable String accountId, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        events.removeFromTeam(account, EventId.fromString(id), memberId(accountId), clientAddress.of(request));
        return HttpResponse.status(HttpStatus.NO_CONTENT);
    }

    private static AccountId memberId(String text) {
        try {
            return new AccountId(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException("No team member with id " + text + ".") {
            };
        }
    }
}
