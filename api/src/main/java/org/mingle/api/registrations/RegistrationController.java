package org.mingle.api.registrations;

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
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.mingle.api.accounts.CurrentAccount;
import org.mingle.api.accounts.TakesToken;
import org.mingle.api.idempotency.IdempotencyKey;
import org.mingle.api.idempotency.IdempotentRequests;
import org.mingle.api.problems.BodyProblems;
import org.mingle.api.problems.Problem;
import org.mingle.api.problems.ProblemResponses;
import org.mingle.api.problems.Problems;
import org.mingle.api.requests.PageNumber;
import org.mingle.api.requests.PageSize;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.registration.RegistrationFilter;
import org.mingle.domain.registration.RegistrationId;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.registration.RegistrationStatus;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.NotFoundException;
import org.mingle.domain.shared.PageRequest;

/**
 * Registrations at one event: attendees register and cancel; the event's team lists them (as JSON or CSV), counts
 * them, and approves or declines them when the event requires approval.
 */
@Controller("/api/events/{id}/registrations")
@Tag(name = "Registration")
@TakesToken
@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
@ApiResponse(responseCode = "404", description = "No such event or registration, or not visible to the caller",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class RegistrationController {

    static final String CSV = "text/csv";

    private final RegistrationService registrations;
    private final EventService events;
    private final CurrentAccount currentAccount;
    private final IdempotentRequests idempotent;

    RegistrationController(RegistrationService registrations, EventService events, CurrentAccount currentAccount,
                           IdempotentRequests idempotent) {
        this.registrations = registrations;
        this.events = events;
        this.currentAccount = currentAccount;
        this.idempotent = idempotent;
    }

    @Post
    @BodyProblems
    @Operation(operationId = "register", summary = "Register for an event",
            description = """
                    Registers the caller. CONFIRMED while seats remain, else WAITLISTED with a position (first in, \
                    first promoted); PENDING_APPROVAL when the event requires approval. Never more CONFIRMED than \
                    the capacity, however many register at once. No body is needed.""")
    @ApiResponse(responseCode = "201", description = "Registered",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = "Location",
                    description = "the caller's registration at this event"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RegistrationResponse.class)))
    @ApiResponse(responseCode = "409", description = "The caller is registered already",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = """
            The event is not published or registration has closed; or the Idempotency-Key was used before with \
            another body""",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = "object", description = "ignored; send none")))
    HttpResponse<String> register(
            @PathVariable String id,
            @Body @Nullable String body,
            @IdempotencyKey @Header(IdempotentRequests.HEADER) @Nullable String idempotencyKey,
            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        return idempotent.run(request, account, idempotencyKey, body, HttpStatus.CREATED,
                        () -> RegistrationResponse.created(registrations.register(account, eventId)))
                .header(HttpHeaders.LOCATION, "/api/events/" + eventId + "/registrations/me");
    }

    @Get("/me")
    @Operation(operationId = "getMyRegistration", summary = "The caller's registration at this event",
            description = """
                    The caller's latest registration at the event, whatever its status (a cancelled or declined \
                    one too); 404 if the caller never registered. The check-in code only while confirmed.""")
    @ApiResponse(responseCode = "200", description = "The registration",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RegistrationResponse.class)))
    RegistrationResponse mine(@PathVariable String id, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        return registrations.latestAt(account, eventId)
                .map(RegistrationResponse::own)
                .orElseThrow(() -> new NotFoundException("You have not registered for this event.") {
                });
    }

    @Delete("/me")
    @Operation(operationId = "cancelMyRegistration", summary = "Cancel the caller's registration",
            description = """
                    Cancels the caller's active registration. When it was confirmed, the first on the waitlist is \
                    confirmed in its place at once. A registration that was checked in stays (409): it records that \
                    the caller came.""")
    @ApiResponse(responseCode = "204", description = "Cancelled")
    @ApiResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    HttpResponse<Void> cancel(@PathVariable String id, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        registrations.cancel(account, EventId.fromString(id));
        return HttpResponse.status(HttpStatus.NO_CONTENT);
    }

    @Get
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(operationId = "listRegistrations", summary = "The event's registrations",
            description = """
                    For the event's team. Oldest first, paged; filter by status and by words in name or email. \
                    With `Accept: text/csv` the answer is every matching registration as CSV (UTF-8 with a byte \
                    order mark, RFC 4180, with a header row of words; paging is ignored), ready for a spreadsheet: \
                    names before ids, times in the event's time zone as `yyyy-MM-dd HH:mm`, and cells that a \
                    spreadsheet would run as a formula start with an apostrophe.""")
    @ApiResponse(responseCode = "200", description = "The registrations",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = EventRegistrationPageResponse.class)),
                @Content(mediaType = CSV, schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "403", ref = ProblemResponses.NOT_ON_TEAM)
    HttpResponse<?> list(
            @PathVariable String id,
            @Parameter(description = "only registrations in this status",
                    schema = @Schema(implementation = RegistrationStatus.class))
            @QueryValue @Nullable String status,
            @Parameter(description = "words to find in name or email") @QueryValue @Nullable String q,
            @PageNumber @QueryValue @Nullable Integer page,
            @PageSize @QueryValue @Nullable Integer size,
            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        var filter = new RegistrationFilter(status(status), q == null || q.isBlank() ? null : q.strip());
        if (!wantsCsv(request)) {
            var paging = PageRequest.of(page, size);
            return HttpResponse.ok(EventRegistrationPageResponse.of(
                            registrations.list(account, eventId, filter, paging)))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        // Refusals (404, 403) must come before the first byte of CSV: check access with a one-row page.
        registrations.list(account, eventId, filter, PageRequest.of(0, 1));
        var zone = events.get(Optional.of(account), eventId).details().timeZone();
        var body = RegistrationsCsv.writable(row -> registrations.forEach(account, eventId, filter, row), zone);
        return HttpResponse.ok(body)
                .contentType(MediaType.of(RegistrationsCsv.MEDIA_TYPE))
                .header("Content-Disposition", "attachment; filename=\"registrations-" + eventId + ".csv\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Get("/counts")
    @Operation(operationId = "countRegistrations", summary = "How many are registered and checked in",
            description = "For the event's team: confirmed, waitlisted, pending approval, checked in.")
    @ApiResponse(responseCode = "200", description = "The counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RegistrationCountsResponse.class)))
    @ApiResponse(responseCode = "403", ref = ProblemResponses.NOT_ON_TEAM)
    RegistrationCountsResponse counts(@PathVariable String id, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        return RegistrationCountsResponse.of(registrations.counts(account, EventId.fromString(id)));
    }

    @Post("/{rid}/approve")
    @Operation(operationId = "approveRegistration", summary = "Approve a pending registration",
            description = """
                    Owner and co-organizers. The registration becomes CONFIRMED, or WAITLISTED with a position when \
                    the event is full: the answer's status says which. Anything but PENDING_APPROVAL answers 409.""")
    @ApiResponse(responseCode = "200", description = "The registration after approval",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EventRegistrationResponse.class)))
    @ApiResponse(responseCode = "403", description = "The caller may not approve registrations at this event",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The registration is not pending approval",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    EventRegistrationResponse approve(@PathVariable String id, @PathVariable String rid, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        return EventRegistrationResponse.of(
                registrations.approve(account, EventId.fromString(id), RegistrationId.fromString(rid)));
    }

    @Post("/{rid}/decline")
    @Operation(operationId = "declineRegistration", summary = "Decline a pending registration",
            description = "Owner and co-organizers. Anything but PENDING_APPROVAL answers 409.")
    @ApiResponse(responseCode = "200", description = "The registration, now DECLINED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EventRegistrationResponse.class)))
    @ApiResponse(responseCode = "403", description = "The caller may not decline registrations at this event",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The registration is not pending approval",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    EventRegistrationResponse decline(@PathVariable String id, @PathVariable String rid, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        return EventRegistrationResponse.of(
                registrations.decline(account, EventId.fromString(id), RegistrationId.fromString(rid)));
    }

    private static RegistrationStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String name = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(RegistrationStatus.values()).filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("status", "must be one of "
                        + String.join(", ", Arrays.stream(RegistrationStatus.values()).map(Enum::name).toList())));
    }

    /** CSV when the client accepts it and prefers it to JSON (the first of the two in its {@code Accept} order). */
    private static boolean wantsCsv(HttpRequest<?> request) {
        for (MediaType type : request.accept()) {
            if (type.matches(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (type.getName().equalsIgnoreCase(CSV)) {
                return true;
            }
        }
        return false;
    }
}
