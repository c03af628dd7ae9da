package org.mingle.api.profiles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
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
import org.mingle.api.problems.Problems;
import org.mingle.domain.profiles.ProfileService;

/**
 * Autocomplete for the profile form: interests and industries other people already use, so that people pick the same
 * tag rather than near-duplicates, which would weaken matching.
 */
@Controller("/api")
@Tag(name = "Profiles")
@TakesToken
@ApiResponse(responseCode = "400", description = "The limit is outside 1..20",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class SuggestionController {

    static final int DEFAULT_LIMIT = 10;

    private final ProfileService profiles;
    private final CurrentAccount currentAccount;

    SuggestionController(ProfileService profiles, CurrentAccount currentAccount) {
        this.profiles = profiles;
        this.currentAccount = currentAccount;
    }

    @Get("/interests")
    @Operation(operationId = "suggestInterests", summary = "Interests in use that contain the typed text",
            description = """
                    Those starting with the text first, then the most used; case and accents are ignored. Only \
                    interests their owners show to fellow attendees are counted.""")
    @ApiResponse(responseCode = "200", description = "The interests, as people usually spell them",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    array = @ArraySchema(schema = @Schema(type = "string", example = "climate tech"))))
    List<String> interests(
            @Parameter(description = "the text typed so far; empty for the most used")
            @QueryValue @Nullable String q,
            @Parameter(description = "how many at most", schema = @Schema(minimum = "1", maximum = "20",
                    defaultValue = "10"))
            @QueryValue @Nullable Integer limit,
            HttpRequest<?> request) {
        currentAccount.require(request);
        return profiles.suggestInterests(q, limit == null ? DEFAULT_LIMIT : limit);
    }

    @Get("/industries")
    @Operation(operationId = "suggestIndustries", summary = "Industries in use that contain the typed text",
            description = "Those starting with the text first, then the most used; case is ignored.")
    @ApiResponse(responseCode = "200", description = "The industries, as people usually spell them",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    array = @ArraySchema(schema = @Schema(type = "string", example = "Renewable energy"))))
    List<String> industries(
            @Parameter(description = "the text typed so far; empty for the most used")
            @QueryValue @Nullable String q,
            @Parameter(description = "how many at most", schema = @Schema(minimum = "1", maximum = "20",
                    defaultValue = "10"))
            @QueryValue @Nullable Integer limit,
            HttpRequest<?> request) {
        currentAccount.require(request);
        return profiles.suggestIndustries(q, limit == null ? DEFAULT_LIMIT : limit);
    }
}
