package org.mingle.api.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.mingle.api.accounts.ApiSecurity;
import org.mingle.api.accounts.CurrentAccount;
import org.mingle.api.problems.Problem;
import org.mingle.api.problems.Problems;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventSearch;
import org.mingle.domain.events.EventService;
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
@ApiResponse(responseCode = "400", description = "Malformed or invalid input",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class EventController {

    private final EventService events;
    private final CurrentAccount currentAccount;

    EventController(EventService events, CurrentAccount currentAccount) {
        this.events = events;
        this.currentAccount = currentAccount;
    }

    @Post
    @Operation(operationId = "createEvent", summary = "Create an event",
            description = "Creates a DRAFT; the caller becomes its owner.")
    @SecurityRequirement(name = ApiSecurity.BEARER)
    @ApiResponse(responseCode = "401", description = "Not signed in",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", description = "the new event's URL"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EventResponse.class)))
    HttpResponse<EventResponse> create(@Body CreateEventRequest body, HttpRequest<?> request) {
        var event = events.create(currentAccount.require(request), body.toInput());
        return HttpResponse.created(EventResponse.of(event), URI.create("/api/events/" + event.id()));
    }

    @Get
    @Operation(operationId = "listEvents", summary = "List upcoming published events",
            description = "Soonest first; drafts never appear.")
    EventPageResponse list(
            @Parameter(description = "only events that end after this instant (default: now)",
                    schema = @Schema(type = "string", format = "date-time"))
            @QueryValue @Nullable String from,
            @Parameter(description = "only events that start before this instant",
                    schema = @Schema(type = "string", format = "date-time"))
            @QueryValue @Nullable String to,
            @Parameter(description = "words to find in title, description or venue") @QueryValue @Nullable String q,
            @Parameter(description = "zero-based page number", schema = @Schema(minimum = "0", defaultValue = "0"))
            @QueryValue @Nullable Integer page,
            @Parameter(description = "page size", schema = @Schema(minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryValue @Nullable Integer size) {
        var search = new EventSearch(instant("from", from), instant("to", to), q);
        return EventPageResponse.of(events.listUpcoming(search, PageRequest.of(page, size)));
    }

    @Get("/{id}")
    @Operation(operationId = "getEvent", summary = "Get one event",
            description = """
                    Published events for anyone, drafts only for their team (others get 404). The token is optional \
                    here; one that is sent must be valid.""")
    @SecurityRequirement(name = ApiSecurity.BEARER)
    @ApiResponse(responseCode = "401", description = "An access token was sent but is invalid or expired",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such event, or not visible to the caller",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    EventResponse get(@PathVariable String id, HttpRequest<?> request) {
        return EventResponse.of(events.get(currentAccount.find(request), EventId.fromString(id)));
    }

    @Post("/{id}/publish")
    @Operation(operationId = "publishEvent", summary = "Publish a draft",
            description = "Owner and co-organizers. DRAFT becomes PUBLISHED; any other status answers 409.")
    @SecurityRequirement(name = ApiSecurity.BEARER)
    @ApiResponse(responseCode = "401", description = "Not signed in",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller may not publish this event",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such event, or not visible to the caller",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The event is not a draft",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    EventResponse publish(@PathVariable String id, HttpRequest<?> request) {
        return EventResponse.of(events.publish(currentAccount.require(request), EventId.fromString(id)));
    }

    /**
     * Reads an instant from a query parameter: ISO-8601 with offset or {@code Z}. A {@code +} that the client forgot
     * to encode arrives as a space and is read as {@code +}.
     */
    private static Instant instant(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip().replace(' ', '+');
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException notOffsetDateTime) {
            try {
                return Instant.parse(value);
            } catch (DateTimeException notInstant) {
                throw InvalidInputException.of(name,
                        "must be a date-time with offset in ISO-8601 format, such as 2026-12-03T18:30:00+01:00");
            }
        }
    }
}
