package org.mingle.api.events;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mingle.api.accounts.CurrentAccount;
import org.mingle.api.accounts.TakesToken;
import org.mingle.api.problems.BodyProblems;
import org.mingle.api.problems.ProblemResponses;
import org.mingle.domain.events.TeamInvitationService;

/** Joining an event's team with the link of an invitation mail, as the account with the invited address. */
@Controller("/api/team-invitations")
@Tag(name = "Events")
@TakesToken
@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
class TeamInvitationController {

    private final TeamInvitationService invitations;
    private final CurrentAccount currentAccount;

    TeamInvitationController(TeamInvitationService invitations, CurrentAccount currentAccount) {
        this.invitations = invitations;
        this.currentAccount = currentAccount;
    }

    @Post("/accept")
    @BodyProblems
    @Operation(operationId = "acceptTeamInvitation", summary = "Join an event's team by invitation",
            description = """
                    For the account whose email address the invitation was mailed to (sign up or log in with it \
                    first): the account gets the invitation's role, and the invitation is used up. Accepting again \
                    answers the same. A damaged, expired, withdrawn or already used link answers 400 with an error \
                    for `token` that says which; an account with another address answers 422.""")
    @ApiResponse(responseCode = "200", description = "On the team now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = JoinedTeamResponse.class)))
    @ApiResponse(responseCode = "422", ref = ProblemResponses.RULE_VIOLATED)
    JoinedTeamResponse accept(@Body AcceptTeamInvitationRequest body, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        return JoinedTeamResponse.of(invitations.accept(account, body.token()));
    }
}
