package org.mingle.api.profiles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mingle.api.accounts.CurrentAccount;
import org.mingle.api.accounts.TakesToken;
import org.mingle.api.problems.Problem;
import org.mingle.api.problems.ProblemResponses;
import org.mingle.api.problems.Problems;
import org.mingle.domain.profiles.ProfilePhotoService;

/** The caller's own profile photo: replaced by an upload, or removed. */
@Controller("/api/me/photo")
@Tag(name = "Profiles")
@TakesToken
class MyPhotoController {

    private static final String JPEG = "image/jpeg";
    private static final String PNG = "image/png";
    private static final String WEBP = "image/webp";

    private final ProfilePhotoService photos;
    private final CurrentAccount currentAccount;

    MyPhotoController(ProfilePhotoService photos, CurrentAccount currentAccount) {
        this.photos = photos;
        this.currentAccount = currentAccount;
    }

    @Put
    @Consumes({JPEG, PNG, WEBP})
    @Operation(operationId = "uploadMyPhoto", summary = "Replace the caller's profile photo",
            description = """
                    The body is the image itself: JPEG, PNG or WebP, at most 5 MiB and 40 megapixels. What the bytes \
                    are decides, not the `Content-Type`. Mingle keeps only its centred square, turned as its EXIF \
                    orientation asks and re-encoded as JPEG at 256 and 64 px: nothing of the upload's metadata (such \
                    as where a photo was taken) is kept. Who sees the photo is the profile's `photo` visibility.""")
    @RequestBody(required = true, content = {
        @Content(mediaType = JPEG, schema = @Schema(type = "string", format = "binary")),
        @Content(mediaType = PNG, schema = @Schema(type = "string", format = "binary")),
        @Content(mediaType = WEBP, schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "204", description = "Saved")
    @ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @ApiResponse(responseCode = "413", description = "Over 5 MiB, or over 40 megapixels",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "415", description = """
            Not a JPEG, PNG or WebP image (whatever its Content-Type says), or one that cannot be read: empty, \
            damaged, cut short; or a Content-Type other than these three""",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<Void> upload(@Body @Nullable byte[] image, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        photos.upload(account, image == null ? new byte[0] : image);
        return HttpResponse.noContent();
    }

    @Delete
    @Operation(operationId = "deleteMyPhoto", summary = "Remove the caller's profile photo",
            description = "Their initials show instead. Removing a photo that is not there is no error.")
    @ApiResponse(responseCode = "204", description = "Removed")
    HttpResponse<Void> remove(HttpRequest<?> request) {
        photos.remove(currentAccount.require(request));
        return HttpResponse.noContent();
    }
}
