package org.mingle.api.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.mingle.api.accounts.CurrentAccount;
import org.mingle.api.accounts.TakesToken;
import org.mingle.api.idempotency.IdempotencyKey;
import org.mingle.api.idempotency.IdempotentRequests;
import org.mingle.api.problems.BodyProblems;
import org.mingle.api.problems.Problem;
import org.mingle.api.problems.ProblemResponses;
import org.mingle.api.problems.Problems;
import org.mingle.api.requests.DateTimes;
import org.mingle.api.requests.JsonBodies;
import org.mingle.api.requests.PageNumber;
import org.mingle.api.requests.PageSize;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventSearch;
import org.mingle.domain.events.EventService;
import org.mingle.domain.shared.GroupId;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.PageRequest;

/**
 * Events: create drafts, publish them, find upcoming ones.
 *
 * <p>The path carries the {@code /api} prefix because the server maps Micronaut's servlet at {@code /api/*} and
 * Micronaut routes on the full request path (see {@code org.mingle.server.JettyServer}).
 */
@Controller("/api/events")
@Tag(name = "Events")
@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
class EventController {

    static final String CALENDAR_MEDIA_TYPE = "text/calendar; charset=utf-8";
    /** JSON merge patch (RFC 7396), which is what a PATCH of an event is. */
    static final String MERGE_PATCH = "application/merge-patch+json";

    private final EventService events;
    private final CurrentAccount currentAccount;
    private final IdempotentRequests idempotent;
    private final JsonBodies bodies;

    EventController(EventService events, CurrentAccount currentAccount, IdempotentRequests idempotent,
                    JsonBodies bodies) {
        this.events = events;
        this.currentAccount = currentAccount;
        this.idempotent = idempotent;
        this.bodies = bodies;
    }

    @Post
    @BodyProblems
    @Operation(operationId = "createEvent", summary = "Create an event",
            description = """
                    Creates a DRAFT; the caller becomes its owner. With `groupId` the event belongs to that group: \
                    only the group's owners and organizers may create it (403 otherwise), and all of them organize \
                    it.""")
    @TakesToken
    @ApiResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", description = "the new event's URL"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EventResponse.class)))
    @ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    @ApiResponse(responseCode = "422", ref = ProblemResponses.IDEMPOTENCY_KEY_REUSED)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreateEventRequest.class)))
    HttpResponse<String> create(
            @Body String body,
            @IdempotencyKey
            @io.micronaut.http.annotation.Header(IdempotentRequests.HEADER) @Nullable String idempotencyKey,
            HttpRequest<?> request) {
        var owner = currentAccount.require(request);
        var typed = bodies.read(body, CreateEventRequest.class);
        var input = typed.toInput();
        var response = idempotent.run(request, owner, idempotencyKey, body, HttpStatus.CREATED,
                () -> EventResponse.of(typed.groupId() == null ? events.create(owner, input)
                        : events.createInGroup(owner, new GroupId(typed.groupId()), input)));
        return response.header(HttpHeaders.LOCATION, "/api/events/" + idempotent.field(response.body(), "id"));
    }

    @Get
    @Operation(operationId = "listEvents", summary = "List and search upcoming published events",
            description = """
                    Drafts never appear. Without `q` soonest first; with `q` a full-text search (title, topics, city, \
                    description, venue; English and German word forms, accents and case ignored; quotes, "or" and \
                    "-" as in web searches), best matches first, then soonest. For a signed-in caller the events of \
                    the groups they belong to come first. The token is optional here; one that is sent must be \
                    valid.""")
    @TakesToken
    EventPageResponse list(
            @Parameter(description = "only events that end after this instant (default: now)",
                    schema = @Schema(type = "string", format = "date-time"))
            @QueryValue @Nullable String from,
            @Parameter(description = "only events that start before this instant",
                    schema = @Schema(type = "string", format = "date-time"))
            @QueryValue @Nullable String to,
            @Parameter(description = "words to find; blank: all", schema = @Schema(maxLength = EventSearch.TEXT_MAX))
            @QueryValue @Nullable String q,
            @Parameter(description = "only events with this topic (case and accents ignored)")
            @QueryValue @Nullable String topic,
            @Parameter(description = "only events in this city (case and accents ignored)")
            @QueryValue @Nullable String city,
            @Parameter(description = "true: only online events; false: only events in person",
                    schema = @Schema(type = "boolean"))
            @QueryValue @Nullable String online,
            @PageNumber @QueryValue @Nullable Integer page,
            @PageSize @QueryValue @Nullable Integer size,
            HttpRequest<?> request) {
        var viewer = currentAccount.find(request);
        var search = new EventSearch(instant("from", from), instant("to", to), q, topic, city, flag("online", online));
        return EventPageResponse.of(events.listUpcoming(viewer, search, PageRequest.of(page, size)));
    }

    @Get("/{id}")
    @Operation(operationId = "getEvent", summary = "Get one event",
            description = """
                    Published events for anyone, drafts only for their team (others get 404). The token is optional \
                    here; one that is sent must be valid.""")
    @TakesToken
    @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    EventResponse get(@PathVariable String id, HttpRequest<?> request) {
        return EventResponse.of(events.get(currentAccount.find(request), EventId.fromString(id)));
    }

    @Post("/{id}/publish")
    @Operation(operationId = "publishEvent", summary = "Publish a draft",
            description = "Owner and co-organizers. DRAFT becomes PUBLISHED; any other status answers 409.")
    @TakesToken
    @ApiResponse(responseCode = "403", description = "The caller may not publish this event",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @ApiResponse(responseCode = "409", description = "The event is not a draft",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    EventResponse publish(@PathVariable String id, HttpRequest<?> request) {
        return EventResponse.of(events.publish(currentAccount.require(request), EventId.fromString(id)));
    }

    @Patch("/{id}")
    @BodyProblems
    @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH})
    @Operation(operationId = "updateEvent", summary = "Change an event",
            description = """
                    Owner and co-organizers. Send only the fields to change; the event must be valid afterwards. \
                    Raising the capacity promotes people from the waitlist at once; lowering it below the number of \
                    confirmed registrations answers 409. Cancelled and completed events cannot be changed (409).""")
    @TakesToken
    @ApiResponse(responseCode = "200", description = "The changed event",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EventResponse.class)))
    @ApiResponse(responseCode = "403", description = "The caller may not change this event",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @ApiResponse(responseCode = "409", description = "Capacity below the confirmed count, or the event is over",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RequestBody(required = true, content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UpdateEventRequest.class)),
        @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = UpdateEventRequest.class))})
    EventResponse update(@PathVariable String id, @Body String body, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        var patch = bodies.read(body, UpdateEventRequest.class);
        // JSON null removes the optional registration close (RFC 7396); a missing field leaves it as it is.
        var fields = bodies.fields(body);
        boolean clearClose = fields.containsKey("registrationClosesAt") && fields.get("registrationClosesAt") == null;
        return EventResponse.of(events.update(account, eventId, patch.toPatch(clearClose)));
    }

    @Post("/{id}/cancel")
    @Operation(operationId = "cancelEvent", summary = "Cancel an event",
            description = """
                    Owner and co-organizers. A draft or published event becomes CANCELLED; registrants see it in \
                    their registrations. Cancelling a completed or cancelled event answers 409.""")
    @TakesToken
    @ApiResponse(responseCode = "403", description = "The caller may not cancel this event",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @ApiResponse(responseCode = "409", description = "The event is completed or cancelled already",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    EventResponse cancel(@PathVariable String id, HttpRequest<?> request) {
        return EventResponse.of(events.cancel(currentAccount.require(request), EventId.fromString(id)));
    }

    @Post("/{id}/complete")
    @Operation(operationId = "completeEvent", summary = "Mark an event as completed",
            description = "Owner and co-organizers. PUBLISHED becomes COMPLETED; any other status answers 409.")
    @TakesToken
    @ApiResponse(responseCode = "403", description = "The caller may not complete this event",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @ApiResponse(responseCode = "409", description = "The event is not published",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    EventResponse complete(@PathVariable String id, HttpRequest<?> request) {
        return EventResponse.of(events.complete(currentAccount.require(request), EventId.fromString(id)));
    }

    @Get("/{id}/calendar.ics")
    @Produces(CALENDAR_MEDIA_TYPE)
    @Operation(operationId = "getEventCalendar", summary = "The event as an iCalendar file",
            description = """
                    An RFC 5545 calendar with the event in its own time zone, for "Add to calendar". Like the \
                    event itself: anyone for published events, the team for drafts. The token is optional here.""")
    @TakesToken
    @ApiResponse(responseCode = "200", description = "The calendar",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"mingle-event-<id>.ics\""),
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    HttpResponse<String> calendar(@PathVariable String id, HttpRequest<?> request) {
        var eventId = EventId.fromString(id);
        String calendar = events.calendar(currentAccount.find(request), eventId);
        return HttpResponse.ok(calendar)
                .contentType(MediaType.of(CALENDAR_MEDIA_TYPE))
                .header("Content-Disposition", "attachment; filename=\"mingle-event-" + eventId + ".ics\"");
    }

    /** Reads {@code true} or {@code false} from a query parameter; blank means no filter. */
    private static Boolean flag(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw InvalidInputException.of(name, "must be true or false");
        };
    }

    /**
     * Reads an instant from a query parameter: ISO-8601 with offset or {@code Z}. A {@code +} that the client forgot
     * to encode arrives as a space and is read as {@code +}.
     */
    private static Instant instant(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        // An unencoded '+' of an offset arrives as a space.
        return DateTimes.parse(text.strip().replace(' ', '+'))
                .orElseThrow(() -> InvalidInputException.of(name, DateTimes.EXPECTATION));
    }
}
