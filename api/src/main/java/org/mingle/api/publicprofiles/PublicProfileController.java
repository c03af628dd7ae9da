package org.mingle.api.publicprofiles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.mingle.api.problems.Problem;
import org.mingle.api.problems.ProblemResponses;
import org.mingle.api.problems.Problems;
import org.mingle.domain.profiles.PhotoSize;
import org.mingle.domain.publicprofiles.PublicProfileNotFoundException;
import org.mingle.domain.publicprofiles.PublicProfileService;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.PublicUrl;

/**
 * Public profiles for anyone, signed in or not (decision 45). A handle whose page is off answers exactly as one
 * nobody has, so the API does not reveal who has a handle. Answers may be kept by shared caches for a minute
 * ({@value #MAX_AGE_SECONDS} s): what they hold is public and the same for every caller.
 */
@Controller("/api/public/profiles/{handle}")
@Tag(name = "Public profiles")
@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
class PublicProfileController {

    static final int MAX_AGE_SECONDS = 60;

    private final PublicProfileService publicProfiles;
    private final PublicUrl publicUrl;
    private final JsonMapper json;

    PublicProfileController(PublicProfileService publicProfiles, PublicUrl publicUrl, JsonMapper json) {
        this.publicProfiles = publicProfiles;
        this.publicUrl = publicUrl;
        this.json = json;
    }

    @Get
    @Operation(operationId = "getPublicProfile", summary = "A public profile, for anyone",
            description = """
                    When the person turned their public page on: only their PUBLIC fields (hidden ones are absent), \
                    the photo's address when the photo is PUBLIC, their record (events attended that they kept on \
                    their profile, published events they organize; talks once the agenda exists) and approved \
                    endorsements. Otherwise 404, the same for an unknown handle. Capitals in the handle are folded. \
                    `ETag` and `If-None-Match` answer 304 while it is unchanged.""")
    @ApiResponse(responseCode = "200", description = "The public profile",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.ETAG,
                    description = "changes whenever the answer does", schema = @Schema(type = "string")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PublicProfileResponse.class)))
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @ApiResponse(responseCode = "404", description = "No public profile has this handle",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<?> profile(@PathVariable String handle,
                            @Parameter(hidden = true) @Header(HttpHeaders.IF_NONE_MATCH) @Nullable String ifNoneMatch) {
        var page = publicProfiles.find(handle).orElseThrow(PublicProfileController::notFound);
        byte[] body = bytes(PublicProfileResponse.of(page, publicUrl));
        String etag = etag(body);
        var response = matches(ifNoneMatch, etag) ? HttpResponse.status(HttpStatus.NOT_MODIFIED)
                : HttpResponse.ok(body).contentType(MediaType.APPLICATION_JSON_TYPE);
        return response.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + MAX_AGE_SECONDS);
    }

    @Get("/photo")
    @Produces("image/jpeg")
    @Operation(operationId = "getPublicProfilePhoto", summary = "A public profile's photo, for anyone",
            description = """
                    The square JPEG, 256 px (default) or 64 px, when the person's public page is on and their photo \
                    is PUBLIC; otherwise 404. The address in `photoUrl` carries a version, so it may be kept long.""")
    @ApiResponse(responseCode = "200", description = "The photo",
            content = @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "No public photo for this handle",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<byte[]> photo(
            @PathVariable String handle,
            @Parameter(description = "the side of the square in pixels: 256 or 64",
                    schema = @Schema(type = "integer", defaultValue = "256", example = "64"))
            @QueryValue @Nullable Integer size,
            @Parameter(description = "the photo's version, from photoUrl; any value answers the current photo")
            @QueryValue @Nullable String v) {
        var wanted = size == null ? PhotoSize.LARGE : PhotoSize.ofPixels(size).orElseThrow(
                () -> InvalidInputException.of("size", "must be 64 or 256"));
        var photo = publicProfiles.photo(handle, wanted).orElseThrow(PublicProfileController::notFound);
        return HttpResponse.ok(photo.jpeg()).contentType("image/jpeg")
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + MAX_AGE_SECONDS * 5);
    }

    private static PublicProfileNotFoundException notFound() {
        return new PublicProfileNotFoundException();
    }

    private byte[] bytes(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A strong tag from the answer's bytes: the same answer on any instance has the same tag. */
    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether If-None-Match names this tag, among others or weakly (RFC 9110: weak comparison), or is {@code *}. */
    private static boolean matches(String ifNoneMatch, String etag) {
        return ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(","))
                .map(tag -> tag.strip().replaceFirst("^W/", ""))
                .anyMatch(tag -> tag.equals(etag) || tag.equals("*"));
    }
}
