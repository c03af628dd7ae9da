package org.mingle.api.profiles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mingle.api.accounts.CurrentAccount;
import org.mingle.api.accounts.TakesToken;
import org.mingle.api.problems.BodyProblems;
import org.mingle.api.problems.ProblemResponses;
import org.mingle.api.requests.JsonBodies;
import org.mingle.domain.publicprofiles.PublicProfileService;
import org.mingle.domain.shared.PublicUrl;

/** The caller's own networking profile: every field, and who may see each one. */
@Controller("/api/me/profile")
@Tag(name = "Profiles")
@TakesToken
class MyProfileController {

    private final PublicProfileService profiles;
    private final CurrentAccount currentAccount;
    private final JsonBodies bodies;
    private final PublicUrl publicUrl;

    MyProfileController(PublicProfileService profiles, CurrentAccount currentAccount, JsonBodies bodies,
                        PublicUrl publicUrl) {
        this.profiles = profiles;
        this.currentAccount = currentAccount;
        this.bodies = bodies;
        this.publicUrl = publicUrl;
    }

    @Get
    @Operation(operationId = "getMyProfile", summary = "The caller's profile",
            description = """
                    Every field, with the visibility of each. Someone who never saved a profile gets an empty one \
                    with the default visibility (contact links for connections, everything else for attendees) and \
                    `updatedAt: null`. `handle`, `publicProfile` and `allowSearchEngines` are the public page's settings \
                    (decision 45); `publicPageUrl` is its address while it is on.""")
    @ApiResponse(responseCode = "200", description = "The profile",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProfileResponse.class)))
    HttpResponse<ProfileResponse> mine(HttpRequest<?> request) {
        var account = currentAccount.require(request);
        return HttpResponse.ok(ProfileResponse.of(profiles.mine(account), publicUrl))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Put
    @BodyProblems
    @Operation(operationId = "updateMyProfile", summary = "Replace the caller's profile",
            description = """
                    Saves the whole profile: a field left out is saved empty, except the display name and the \
                    visibility of fields left out of `visibility`, which stay as they are. Every field is checked at \
                    once; a 400 names each refused one (`visibility.<field>` for a visibility). A handle someone else \
                    has (or had) answers 409 and saves nothing. Turning `publicProfile` on shows the PUBLIC fields to \
                    anyone on the internet at `/p/{handle}`.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UpdateProfileRequest.class)))
    @ApiResponse(responseCode = "200", description = "The saved profile",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProfileResponse.class)))
    @ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @ApiResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    HttpResponse<ProfileResponse> update(@Body @Nullable String body, HttpRequest<?> httpRequest) {
        var account = currentAccount.require(httpRequest);
        var request = bodies.read(body, UpdateProfileRequest.class);
        var saved = profiles.save(account, request.toInput(), request.toPublicSettings());
        return HttpResponse.ok(ProfileResponse.of(saved, publicUrl))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
