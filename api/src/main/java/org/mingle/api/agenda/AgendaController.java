package org.mingle.api.agenda;

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
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.ZoneId;
import java.util.Optional;
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
import org.mingle.domain.agenda.AgendaService;
import org.mingle.domain.agenda.TalkId;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.PageRequest;

/**
 * An event's agenda: its organizers put talks on it, change and remove them; whoever may see the event reads it and
 * takes a talk into their calendar. Times carry the offset of the event's time zone.
 */
@Controller("/api/events/{id}/agenda")
@Tag(name = "Agenda")
@TakesToken
@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
class AgendaController {

    private static final String CALENDAR_MEDIA_TYPE = "text/calendar; charset=utf-8";

    private final AgendaService agenda;
    private final EventService events;
    private final CurrentAccount currentAccount;
    private final IdempotentRequests idempotent;
    private final JsonBodies bodies;

    AgendaController(AgendaService agenda, EventService events, CurrentAccount currentAccount,
                     IdempotentRequests idempotent, JsonBodies bodies) {
        this.agenda = agenda;
        this.events = events;
        this.currentAccount = currentAccount;
        this.idempotent = idempotent;
        this.bodies = bodies;
    }

    @Get
    @Operation(operationId = "getAgenda", summary = "The event's agenda",
            description = """
                    Its talks in order of time, paged, with their speakers (accounts under their names, guests by \
                    name). For whoever may see the event: anyone for published events, the team for drafts, members \
                    for a private group's events; others get 404. The token is optional here.""")
    @ApiResponse(responseCode = "200", description = "The agenda",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TalkPageResponse.class)))
    HttpResponse<TalkPageResponse> list(
            @PathVariable String id,
            @PageNumber @QueryValue @Nullable Integer page,
            @PageSize @QueryValue @Nullable Integer size,
            HttpRequest<?> request) {
        var viewer = currentAccount.find(request);
        var eventId = EventId.fromString(id);
        var found = agenda.agenda(viewer, eventId, PageRequest.of(page, size));
        return HttpResponse.ok(TalkPageResponse.of(found, zoneOf(viewer, eventId)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Post
    @BodyProblems
    @Operation(operationId = "addTalk", summary = "Put a talk on the agenda",
            description = """
                    Within the event's time, with speakers who are active Mingle accounts (`speakerIds`) or guests \
                    named in `guestSpeakers` (at most 10 together). One room holds one talk at a time; an agenda \
                    holds at most 100 talks. Only the event's OWNER and CO_ORGANIZERs.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TalkRequest.class)))
    @ApiResponse(responseCode = "201", description = "On the agenda",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = "Location", description = "the talk's URL"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TalkResponse.class)))
    @ApiResponse(responseCode = "400", description = """
            A missing or invalid field (title 1 to 200 characters, abstract up to 2,000, room up to 100, times \
            within the event and endsAt after startsAt, speaker ids of active accounts, guest names 1 to 100 \
            characters), an unknown field or a body that is not JSON""",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", ref = ProblemResponses.NOT_ORGANIZER)
    @ApiResponse(responseCode = "409", description = "The room holds another talk for part of the time",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = """
            The agenda holds 100 talks already; or the Idempotency-Key was used before with another body""",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<String> add(
            @PathVariable String id,
            @Body @Nullable String body,
            @IdempotencyKey @Header(IdempotentRequests.HEADER) @Nullable String idempotencyKey,
            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        var talk = read(body);
        var response = idempotent.run(request, account, idempotencyKey, body, HttpStatus.CREATED, () ->
                TalkResponse.of(agenda.create(account, eventId, talk.toInput()),
                        zoneOf(Optional.of(account), eventId)));
        // A replay answers the first body again, so the talk's id comes from the body, not from this call.
        var location = "/api/events/" + eventId + "/agenda/" + idempotent.field(response.body(), "id");
        return response.header(HttpHeaders.LOCATION, location).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Get("/{talkId}")
    @Operation(operationId = "getTalk", summary = "One talk of the agenda",
            description = "For whoever may see the event, as the agenda. The token is optional here.")
    @ApiResponse(responseCode = "200", description = "The talk",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TalkResponse.class)))
    HttpResponse<TalkResponse> get(@PathVariable String id, @PathVariable String talkId, HttpRequest<?> request) {
        var viewer = currentAccount.find(request);
        var eventId = EventId.fromString(id);
        var talk = agenda.talk(viewer, eventId, TalkId.fromString(talkId));
        return HttpResponse.ok(TalkResponse.of(talk, zoneOf(viewer, eventId)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Put("/{talkId}")
    @BodyProblems
    @Operation(operationId = "replaceTalk", summary = "Change a talk",
            description = """
                    Replaces the talk's fields and speakers with the body, as `POST` takes it (a field left out is \
                    cleared). Only the event's OWNER and CO_ORGANIZERs.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TalkRequest.class)))
    @ApiResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TalkResponse.class)))
    @ApiResponse(responseCode = "400", description = "A missing or invalid field, as for `POST`",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", ref = ProblemResponses.NOT_ORGANIZER)
    @ApiResponse(responseCode = "409", description = "The room holds another talk for part of the time",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<TalkResponse> replace(
            @PathVariable String id,
            @PathVariable String talkId,
            @Body @Nullable String body,
            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        var talk = read(body);
        var changed = agenda.update(account, eventId, TalkId.fromString(talkId), talk.toInput());
        return HttpResponse.ok(TalkResponse.of(changed, zoneOf(Optional.of(account), eventId)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Delete("/{talkId}")
    @Operation(operationId = "removeTalk", summary = "Take a talk off the agenda",
            description = "Only the event's OWNER and CO_ORGANIZERs.")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "403", ref = ProblemResponses.NOT_ORGANIZER)
    HttpResponse<Void> remove(@PathVariable String id, @PathVariable String talkId, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        agenda.delete(account, EventId.fromString(id), TalkId.fromString(talkId));
        return HttpResponse.status(HttpStatus.NO_CONTENT);
    }

    @Get("/{talkId}/calendar.ics")
    @Produces(CALENDAR_MEDIA_TYPE)
    @Operation(operationId = "getTalkCalendar", summary = "A talk as an iCalendar file",
            description = """
                    An RFC 5545 calendar with the talk in the event's time zone, for "Add to calendar"; downloading \
                    it again after a change updates the same entry. For whoever may see the event. The token is \
                    optional here.""")
    @ApiResponse(responseCode = "200", description = "The calendar",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = "Content-Disposition",
                    description = "attachment; filename=\"mingle-talk-<id>.ics\""),
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
    HttpResponse<String> calendar(@PathVariable String id, @PathVariable String talkId, HttpRequest<?> request) {
        var talk = TalkId.fromString(talkId);
        String calendar = agenda.calendar(currentAccount.find(request), EventId.fromString(id), talk);
        return HttpResponse.ok(calendar)
                .contentType(MediaType.of(CALENDAR_MEDIA_TYPE))
                .header("Content-Disposition", "attachment; filename=\"mingle-talk-" + talk + ".ics\"");
    }

    /** The body as a talk, refusing text fields sent as numbers, objects or the like (400). */
    private TalkRequest read(@Nullable String body) {
        bodies.requireText(bodies.fields(body), TalkRequest.TEXT_FIELDS, TalkRequest.TEXT_ARRAYS);
        return bodies.read(body, TalkRequest.class);
    }

    private ZoneId zoneOf(Optional<AccountId> viewer, EventId eventId) {
        return events.get(viewer, eventId).details().timeZone();
    }
}
