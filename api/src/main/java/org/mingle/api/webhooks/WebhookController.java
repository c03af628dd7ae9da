package org.mingle.api.webhooks;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mingle.api.accounts.CurrentAccount;
import org.mingle.api.accounts.TakesToken;
import org.mingle.api.idempotency.IdempotencyKey;
import org.mingle.api.idempotency.IdempotentRequests;
import org.mingle.api.problems.BodyProblems;
import org.mingle.api.problems.Problem;
import org.mingle.api.problems.ProblemResponses;
import org.mingle.api.problems.Problems;
import org.mingle.api.requests.JsonBodies;
import org.mingle.api.requests.PageNumber;
import org.mingle.api.requests.PageSize;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.PageRequest;
import org.mingle.domain.webhooks.WebhookId;
import org.mingle.domain.webhooks.WebhookService;

/**
 * An event's webhooks: the owner and co-organizers have Mingle post what happens at their event to their own systems.
 * Each delivery is a {@code POST} of JSON {@code {id, type, createdAt, data}} signed in the {@code Mingle-Signature}
 * header, retried for 24 hours until the receiver answers 2xx.
 */
@Controller("/api/events/{id}/webhooks")
@Tag(name = "Webhooks")
@TakesToken
@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
@ApiResponse(responseCode = "403", ref = ProblemResponses.NOT_ORGANIZER)
@ApiResponse(responseCode = "404", description = "No such event or webhook, or not visible to the caller",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class WebhookController {

    private final WebhookService webhooks;
    private final CurrentAccount currentAccount;
    private final IdempotentRequests idempotent;
    private final JsonBodies bodies;

    WebhookController(WebhookService webhooks, CurrentAccount currentAccount, IdempotentRequests idempotent,
                      JsonBodies bodies) {
        this.webhooks = webhooks;
        this.currentAccount = currentAccount;
        this.idempotent = idempotent;
        this.bodies = bodies;
    }

    @Post
    @BodyProblems
    @Operation(operationId = "createWebhook", summary = "Subscribe an address to changes at the event",
            description = """
                    Owner and co-organizers. Mingle posts each change of the given types to the address as JSON \
                    `{id, type, createdAt, data}` with the header `Mingle-Signature: t=<unix seconds>,v1=<hex \
                    HMAC-SHA256 of "<t>.<body>" keyed with the secret>`. `data` holds ids and states only. An answer \
                    other than 2xx, a timeout (10 s) or a connection error is retried with growing waits for 24 \
                    hours; `id` stays the same, so a receiver can drop repeats. The secret is in this answer only. \
                    Addresses whose host resolves to loopback, private, link-local, unique-local, multicast or \
                    unspecified addresses are refused unless the server allows them. At most 20 per event.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreateWebhookRequest.class)))
    @ApiResponse(responseCode = "201", description = "Subscribed: the webhook with its secret",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = "Location",
                    description = "the webhook's deliveries"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CreatedWebhookResponse.class)))
    @ApiResponse(responseCode = "400", description = """
            A missing or refused url (not http or https, with a user name, not resolvable, or pointing to a \
            non-public address) or types (empty or unknown); an unknown field or a body that is not JSON""",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = """
            The event has 20 webhooks already; or the Idempotency-Key was used before with another body""",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<String> create(
            @PathVariable String id,
            @Body @Nullable String body,
            @IdempotencyKey @Header(IdempotentRequests.HEADER) @Nullable String idempotencyKey,
            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        bodies.requireText(bodies.fields(body), CreateWebhookRequest.TEXT_FIELDS,
                CreateWebhookRequest.TEXT_ARRAY_FIELDS);
        var typed = bodies.read(body, CreateWebhookRequest.class);
        var response = idempotent.run(request, account, idempotencyKey, body, HttpStatus.CREATED,
                () -> CreatedWebhookResponse.of(webhooks.create(account, eventId, typed.url(), typed.types())));
        return response.header(HttpHeaders.LOCATION, "/api/events/" + eventId + "/webhooks/"
                        + idempotent.field(response.body(), "id") + "/deliveries")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Get
    @Operation(operationId = "listWebhooks", summary = "The event's webhooks",
            description = "Owner and co-organizers. Oldest first, paged, without their secrets.")
    @ApiResponse(responseCode = "200", description = "The webhooks",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookPageResponse.class)))
    HttpResponse<WebhookPageResponse> list(
            @PathVariable String id,
            @PageNumber @QueryValue @Nullable Integer page,
            @PageSize @QueryValue @Nullable Integer size,
            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        var paging = PageRequest.of(page, size);
        return HttpResponse.ok(WebhookPageResponse.of(webhooks.list(account, eventId, paging)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Delete("/{wid}")
    @Operation(operationId = "deleteWebhook", summary = "Remove a webhook",
            description = "Owner and co-organizers. What it has not been sent yet is never sent.")
    @ApiResponse(responseCode = "204", description = "Removed")
    HttpResponse<Void> delete(@PathVariable String id, @PathVariable String wid, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        webhooks.delete(account, EventId.fromString(id), WebhookId.fromString(wid));
        return HttpResponse.status(HttpStatus.NO_CONTENT);
    }

    @Get("/{wid}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "What a webhook was sent, and what it answered",
            description = """
                    Owner and co-organizers. Newest first, paged: each delivery with its state and every attempt \
                    (time, status code or error, the first 1,000 characters of the answer). Kept for 30 days after \
                    they finish.""")
    @ApiResponse(responseCode = "200", description = "The deliveries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DeliveryPageResponse.class)))
    HttpResponse<DeliveryPageResponse> deliveries(
            @PathVariable String id,
            @PathVariable String wid,
            @PageNumber @QueryValue @Nullable Integer page,
            @PageSize @QueryValue @Nullable Integer size,
            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        var paging = PageRequest.of(page, size);
        return HttpResponse.ok(DeliveryPageResponse.of(webhooks.deliveries(account, eventId,
                        WebhookId.fromString(wid), paging)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
