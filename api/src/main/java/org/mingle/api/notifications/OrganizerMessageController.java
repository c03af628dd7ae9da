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
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mingle.api.accounts.CurrentAccount;
import org.mingle.api.accounts.TakesToken;
import org.mingle.api.idempotency.IdempotencyKey;
import org.mingle.api.idempotency.IdempotentRequests;
import org.mingle.api.problems.BodyProblems;
import org.mingle.api.problems.ProblemResponses;
import org.mingle.api.requests.JsonBodies;
import org.mingle.api.requests.PageNumber;
import org.mingle.api.requests.PageSize;
import org.mingle.domain.events.EventId;
import org.mingle.domain.notifications.OrganizerMessages;
import org.mingle.domain.shared.PageRequest;

/** Organizers messaging an event's registrants, and the messages sent with their delivery counts. */
@Controller("/api/events/{id}/messages")
@Tag(name = "Notifications")
@TakesToken
@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
class OrganizerMessageController {

    private final OrganizerMessages messages;
    private final CurrentAccount currentAccount;
    private final IdempotentRequests idempotent;
    private final JsonBodies bodies;

    OrganizerMessageController(OrganizerMessages messages, CurrentAccount currentAccount,
                               IdempotentRequests idempotent, JsonBodies bodies) {
        this.messages = messages;
        this.currentAccount = currentAccount;
        this.idempotent = idempotent;
        this.bodies = bodies;
    }

    @Post
    @BodyProblems
    @Operation(operationId = "sendOrganizerMessage", summary = "Message the event's registrants",
            description = """
                    For the event's owner and co-organizers. Each registrant in the audience (CONFIRMED, WAITLISTED \
                    or ALL active registrations) gets a notification, and a mail as their settings for event \
                    updates say. At most 5 messages per event and hour; more answer 429 with Retry-After.""")
    @ApiResponse(responseCode = "202", description = "Sent to this many recipients; mail follows",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MessageResponse.class)))
    @ApiResponse(responseCode = "429", ref = ProblemResponses.TOO_MANY_REQUESTS)
    HttpResponse<String> send(
            @PathVariable String id,
            @Body @Nullable String body,
            @IdempotencyKey @Header(IdempotentRequests.HEADER) @Nullable String idempotencyKey,
            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        var typed = bodies.read(body, SendMessageRequest.class);
        var audience = typed.chosenAudience();
        return idempotent.run(request, account, idempotencyKey, body, HttpStatus.ACCEPTED, () ->
                MessageResponse.sent(messages.send(account, eventId, typed.subject(), typed.body(), audience)));
    }

    @Get
    @Operation(operationId = "listOrganizerMessages", summary = "The event's messages with their delivery counts",
            description = "Newest first; for the event's owner and co-organizers.")
    @ApiResponse(responseCode = "200", description = "The messages",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MessagePageResponse.class)))
    HttpResponse<MessagePageResponse> list(
            @PathVariable String id,
            @PageNumber @QueryValue @Nullable Integer page,
            @PageSize @QueryValue @Nullable Integer size,
            HttpRequest<?> request) {
        var sent = messages.sent(currentAccount.require(request), EventId.fromString(id));
        return HttpResponse.ok(MessagePageResponse.of(sent, PageRequest.of(page, size)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
