package org.mingle.api.profiles;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mingle.api.accounts.AccountIds;
import org.mingle.api.accounts.CurrentAccount;
import org.mingle.api.accounts.TakesToken;
import org.mingle.api.problems.Problem;
import org.mingle.api.problems.ProblemResponses;
import org.mingle.api.problems.Problems;
import org.mingle.domain.profiles.ProfileService;

/** Other people's profiles, each field shown only as far as its owner allows the caller. */
@Controller("/api/profiles")
@Tag(name = "Profiles")
@TakesToken
@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
class ProfileController {

    private final ProfileService profiles;
    private final CurrentAccount currentAccount;

    ProfileController(ProfileService profiles, CurrentAccount currentAccount) {
        this.profiles = profiles;
        this.currentAccount = currentAccount;
    }

    @Get("/{accountId}")
    @Operation(operationId = "getProfile", summary = "A person's profile, as the caller may see it",
            description = """
                    The display name always; each other field only when its owner shows it to the caller: PUBLIC \
                    to everyone signed in, ATTENDEES to people taking part in an event with the owner, CONNECTIONS \
                    to people the owner has a mutual match with, PRIVATE to nobody. A hidden field is absent from \
                    the answer; a shown but empty one is "" or []. `relationship` says how the caller stands to the \
                    person.""")
    @ApiResponse(responseCode = "200", description = "The fields the caller may see",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProfileViewResponse.class)))
    @ApiResponse(responseCode = "404", description = "No such person, or the account was erased",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<ProfileViewResponse> view(@PathVariable String accountId, HttpRequest<?> request) {
        var viewer = currentAccount.require(request);
        var view = profiles.view(viewer, AccountIds.fromPath(accountId));
        // What the answer holds depends on who asks and on relationships that change: never store it in a cache.
        return HttpResponse.ok(ProfileViewResponse.of(view)).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
