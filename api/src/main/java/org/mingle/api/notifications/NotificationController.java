package org.mingle.api.notifications;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mingle.api.accounts.CurrentAccount;
import org.mingle.api.accounts.TakesToken;
import org.mingle.api.problems.BodyProblems;
import org.mingle.api.problems.ProblemResponses;
import org.mingle.api.requests.PageNumber;
import org.mingle.api.requests.PageSize;
import org.mingle.domain.notifications.NotificationId;
import org.mingle.domain.notifications.NotificationService;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.PageRequest;
import org.mingle.domain.shared.PublicUrl;

/** The caller's notifications (the bell) and how each category of them reaches the caller. */
@Controller("/api/me")
@Tag(name = "Notifications")
@TakesToken
@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
class NotificationController {

    private final NotificationService notifications;
    private final CurrentAccount currentAccount;
    private final PublicUrl publicUrl;

    NotificationController(NotificationService notifications, CurrentAccount currentAccount, PublicUrl publicUrl) {
        this.notifications = notifications;
        this.currentAccount = currentAccount;
        this.publicUrl = publicUrl;
    }

    @Get("/notifications")
    @Operation(operationId = "listMyNotifications", summary = "The caller's notifications",
            description = "Newest first; with `unread=true` only those not yet read.")
    @ApiResponse(responseCode = "200", description = "One page of notifications",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NotificationPageResponse.class)))
    HttpResponse<NotificationPageResponse> list(
            @Schema(type = "boolean", description = "true: only unread ones") @QueryValue @Nullable String unread,
            @PageNumber @QueryValue @Nullable Integer page,
            @PageSize @QueryValue @Nullable Integer size,
            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var found = notifications.list(account, unreadOnly(unread), PageRequest.of(page, size));
        var body = new NotificationPageResponse(
                found.items().stream().map(n -> NotificationResponse.of(n, publicUrl)).toList(),
                found.page(), found.size(), found.total(), notifications.unreadCount(account));
        return HttpResponse.ok(body).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Post("/notifications/{nid}/read")
    @Operation(operationId = "markNotificationRead", summary = "Mark a notification read",
            description = "Marking it again is harmless.")
    @ApiResponse(responseCode = "204", description = "Read")
    @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    HttpResponse<Void> markRead(@PathVariable String nid, HttpRequest<?> request) {
        notifications.markRead(currentAccount.require(request), NotificationId.fromString(nid));
        return HttpResponse.status(HttpStatus.NO_CONTENT);
    }

    @Post("/notifications/read-all")
    @Operation(operationId = "markAllNotificationsRead", summary = "Mark every notification read")
    @ApiResponse(responseCode = "204", description = "All read")
    HttpResponse<Void> markAllRead(HttpRequest<?> request) {
        notifications.markAllRead(currentAccount.require(request));
        return HttpResponse.status(HttpStatus.NO_CONTENT);
    }

    @Get("/notification-settings")
    @Operation(operationId = "getMyNotificationSettings", summary = "How each category of notification reaches the "
            + "caller")
    @ApiResponse(responseCode = "200", description = "Every category with its delivery",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NotificationSettingsResponse.class)))
    HttpResponse<NotificationSettingsResponse> settings(HttpRequest<?> request) {
        var settings = notifications.settings(currentAccount.require(request));
        return HttpResponse.ok(NotificationSettingsResponse.of(settings)).header(HttpHeaders.CACHE_CONTROL,
                "no-store");
    }

    @Put("/notification-settings")
    @BodyProblems
    @Operation(operationId = "changeMyNotificationSettings", summary = "Change how categories of notification reach "
            + "the caller", description = "Categories left out keep their delivery. Answers all settings.")
    @ApiResponse(responseCode = "200", description = "Every category with its delivery",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NotificationSettingsResponse.class)))
    HttpResponse<NotificationSettingsResponse> changeSettings(@Body NotificationSettingsRequest body,
                                                              HttpRequest<?> request) {
        var settings = notifications.changeSettings(currentAccount.require(request), body.changes());
        return HttpResponse.ok(NotificationSettingsResponse.of(settings));
    }

    private static boolean unreadOnly(String unread) {
        if (unread == null || unread.equals("false")) {
            return false;
        }
        if (unread.equals("true")) {
            return true;
        }
        throw InvalidInputException.of("unread", "must be true or false");
    }
}
