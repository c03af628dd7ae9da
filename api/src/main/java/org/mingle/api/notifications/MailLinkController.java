package org.mingle.api.notifications;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mingle.api.problems.ProblemResponses;
import org.mingle.domain.notifications.Delivery;
import org.mingle.domain.notifications.NotificationService;

/**
 * One-click unsubscribing (RFC 8058): the address in every notification mail's {@code List-Unsubscribe} header, which
 * a mail client posts {@code List-Unsubscribe=One-Click} to. The signed token is the authorization; no log-in.
 */
@Controller("/api/mail-links")
@Tag(name = "Notifications")
@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
class MailLinkController {

    private final NotificationService notifications;

    MailLinkController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Post("/unsubscribe")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA, MediaType.TEXT_PLAIN,
            MediaType.APPLICATION_JSON})
    @Operation(operationId = "unsubscribeByMailLink", summary = "Stop a category of mail from a mail's link",
            description = """
                    What a mail client does for "Unsubscribe" (RFC 8058): a POST to the mail's `List-Unsubscribe` \
                    address; any body is ignored. The categories the link names are set to IN_APP_ONLY for the \
                    account it was made for. Using it again is harmless. A damaged or expired link answers 400 with \
                    an error for `token`.""")
    @ApiResponse(responseCode = "200", description = "The categories now delivered in the app only",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NotificationSettingsResponse.class)))
    HttpResponse<NotificationSettingsResponse> unsubscribe(
            @Schema(description = "the token of the mail's link") @QueryValue @Nullable String token) {
        Map<String, String> changed = new LinkedHashMap<>();
        notifications.unsubscribe(token).forEach(category -> changed.put(category.name(),
                Delivery.IN_APP_ONLY.name()));
        return HttpResponse.ok(new NotificationSettingsResponse(changed));
    }
}
