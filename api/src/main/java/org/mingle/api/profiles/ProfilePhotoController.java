package org.mingle.api.profiles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import org.mingle.api.accounts.AccountIds;
import org.mingle.api.accounts.CurrentAccount;
import org.mingle.api.accounts.TakesToken;
import org.mingle.api.problems.Problem;
import org.mingle.api.problems.Problems;
import org.mingle.domain.profiles.PhotoNotFoundException;
import org.mingle.domain.profiles.PhotoSize;
import org.mingle.domain.profiles.ProfilePhotoService;
import org.mingle.domain.profiles.ShownPhoto;
import org.mingle.domain.shared.InvalidInputException;

/** Other people's profile photos, as far as each owner's photo visibility lets the caller see them. */
@Controller("/api/profiles/{accountId}/photo")
@Tag(name = "Profiles")
@TakesToken
class ProfilePhotoController {

    static final String JPEG = "image/jpeg";
    /** Long enough to spare a list of faces its requests, short enough that a hidden photo soon stops showing. */
    static final int MAX_AGE_SECONDS = 300;

    private final ProfilePhotoService photos;
    private final CurrentAccount currentAccount;

    ProfilePhotoController(ProfilePhotoService photos, CurrentAccount currentAccount) {
        this.photos = photos;
        this.currentAccount = currentAccount;
    }

    @Get
    @Produces(JPEG)
    @Operation(operationId = "getProfilePhoto", summary = "A person's profile photo, as the caller may see it",
            description = """
                    The square JPEG, 256 px (default) or 64 px, when the person has a photo and its `photo` \
                    visibility shows it to the caller (as for the other profile fields); otherwise 404, the same \
                    whether there is none or it is hidden. Cached by the browser for a few minutes: `private` unless \
                    the photo is PUBLIC; `If-None-Match` with the `ETag` answers 304 while it is unchanged.""")
    @ApiResponse(responseCode = "200", description = "The photo",
            headers = {@io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.ETAG,
                    description = "changes whenever the photo does", schema = @Schema(type = "string"))},
            content = @Content(mediaType = JPEG, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @ApiResponse(responseCode = "400", description = "The size is neither 64 nor 256",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such person, no photo, or hidden from the caller",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<byte[]> photo(
            @PathVariable String accountId,
            @Parameter(description = "the side of the square in pixels: 256 or 64",
                    schema = @Schema(type = "integer", defaultValue = "256", example = "64"))
            @QueryValue @Nullable Integer size,
            @Parameter(hidden = true) @Header(HttpHeaders.IF_NONE_MATCH) @Nullable String ifNoneMatch,
            HttpRequest<?> request) {
        var viewer = currentAccount.require(request);
        var wanted = size == null ? PhotoSize.LARGE : PhotoSize.ofPixels(size).orElseThrow(
                () -> InvalidInputException.of("size", "must be 64 or 256"));
        ShownPhoto photo = photos.photo(viewer, AccountIds.fromPath(accountId), wanted)
                .orElseThrow(PhotoNotFoundException::new);
        String etag = etag(photo);
        var response = matches(ifNoneMatch, etag) ? HttpResponse.<byte[]>status(HttpStatus.NOT_MODIFIED)
                : HttpResponse.ok(photo.jpeg()).contentType(JPEG);
        // Only the caller's answer: PUBLIC photos alone may be kept by shared caches, and who may see the others
        // depends on the token.
        return response.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, (photo.shownToEveryone() ? "public" : "private")
                        + ", max-age=" + MAX_AGE_SECONDS)
                .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
    }

    /** The size and the instant the photo was saved, to the microsecond: a new upload is a new tag. */
    static String etag(ShownPhoto photo) {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, photo.updatedAt());
        return "\"" + photo.size().pixels() + "-" + Long.toString(micros, 36) + "\"";
    }

    /** Whether If-None-Match names this tag, among others or weakly (RFC 9110: weak comparison), or is {@code *}. */
    private static boolean matches(String ifNoneMatch, String etag) {
        return ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(","))
                .map(tag -> tag.strip().replaceFirst("^W/", ""))
                .anyMatch(tag -> tag.equals(etag) || tag.equals("*"));
    }
}
