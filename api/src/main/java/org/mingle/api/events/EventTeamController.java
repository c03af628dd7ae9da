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
import java.time.Clock;
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
import org.mingle.domain.events.TeamAddition;
import org.mingle.domain.events.TeamInvitationId;
import org.mingle.domain.events.TeamInvitationService;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.NotFoundException;
import org.mingle.domain.shared.PageRequest;

/**
 * An event's team: who organizes it with the owner ({@code CO_ORGANIZER}) and who checks people in at the door
 * ({@code CHECKIN_STAFF}). The team sees the team; only the owner changes it, and only the owner sees and withdraws
 * the invitations mailed to addresses without an account.
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
    private final TeamInvitationService invitations;
    private final CurrentAccount currentAccount;
    private final ClientAddress clientAddress;
    private final IdempotentRequests idempotent;
    private final JsonBodies bodies;
    private final Clock clock;

    EventTeamController(EventService events, TeamInvitationService invitations, CurrentAccount currentAccount,
                        ClientAddress clientAddress, IdempotentRequests idempotent, JsonBodies bodies, Clock clock) {
        this.events = events;
        this.invitations = invitations;
        this.clock = clock;
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
    @Operation(operationId = "addTeamMember", summary = "Give someone a role at the event, or invite them by mail",
            description = """
                    Owner only. When a Mingle account has this email address, the account gets the role at once \
                    (201 with the member; adding someone who is on the team already changes their role) and a \
                    `TEAM_INVITATION` notification. Otherwise Mingle mails the address an invitation whose link \
                    works for 14 days and leads through sign-up into the team (202 with the invitation); inviting \
                    the same address again replaces its pending invitation and mails a new link. At most 20 \
                    invitation mails per event and hour; more answer 429 with Retry-After.""")
    @ApiResponse(responseCode = "201", description = "The member with their role",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TeamMemberResponse.class)))
    @ApiResponse(responseCode = "202", description = "No account has the address: an invitation is mailed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TeamInvitationResponse.class)))
    @ApiResponse(responseCode = "400", description = "No email address, or a role that cannot be given",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", ref = ProblemResponses.IDEMPOTENCY_KEY_REUSED)
    @ApiResponse(responseCode = "429", ref = ProblemResponses.TOO_MANY_REQUESTS)
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
        return idempotent.runAnswering(request, account, idempotencyKey, body, () -> {
            var addition = invitations.addOrInvite(account, eventId, member.email(), member.eventRole(),
                    clientAddress.of(request));
            if (addition instanceof TeamAddition.Invited invited) {
                return new IdempotentRequests.Answer(HttpStatus.ACCEPTED,
                        TeamInvitationResponse.of(invited.invitation(), clock.instant()));
            }
            return new IdempotentRequests.Answer(HttpStatus.CREATED,
                    TeamMemberResponse.of(((TeamAddition.Added) addition).member()));
        });
    }

    @Get("/invitations")
    @Operation(operationId = "listTeamInvitations", summary = "The event's pending team invitations",
            description = """
                    Owner only: the invitations mailed to addresses without an account that nobody accepted or \
                    withdrew yet, oldest mail first. Expired ones are listed as `EXPIRED` until inviting the \
                    address again sends a new link (or 30 days pass).""")
    @ApiResponse(responseCode = "200", description = "The pending invitations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TeamInvitationPageResponse.class)))
    TeamInvitationPageResponse invitations(
            @PathVariable String id,
            @PageNumber @QueryValue @Nullable Integer page,
            @PageSize @QueryValue @Nullable Integer size,
            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var paging = PageRequest.of(page, size);
        return TeamInvitationPageResponse.of(invitations.pending(account, EventId.fromString(id)), paging,
                clock.instant());
    }

    @Delete("/invitations/{iid}")
    @Operation(operationId = "revokeTeamInvitation", summary = "Withdraw a pending team invitation",
            description = """
                    Owner only. The mailed link then says the invitation was withdrawn. Withdrawing one that is \
                    not pending (any more) changes nothing; one that was accepted answers 409: remove the member \
                    from the team instead.""")
    @ApiResponse(responseCode = "204", description = "Not pending (any more)")
    @ApiResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    HttpResponse<Void> revoke(@PathVariable String id, @PathVariable String iid, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var invitation = TeamInvitationId.parse(iid).orElseThrow(() -> new NotFoundException(
                "No team invitation with id " + iid + ".") {
        });
        invitations.revoke(account, EventId.fromString(id), invitation, clientAddress.of(request));
        return HttpResponse.status(HttpStatus.NO_CONTENT);
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
