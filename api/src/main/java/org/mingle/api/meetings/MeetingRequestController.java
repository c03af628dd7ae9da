package org.mingle.api.meetings;

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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.mingle.domain.matching.Reason;
import org.mingle.domain.matching.RecommendationService;
import org.mingle.domain.meetings.MeetingRequestId;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.meetings.MeetingRequestStatus;
import org.mingle.domain.meetings.MeetingRequestView;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.PageRequest;

/**
 * Meeting requests between confirmed attendees of an event: ask someone, answer or withdraw, and the caller's own
 * requests both ways. Only the two people of a request ever see it.
 */
@Controller("/api/events/{id}/meeting-requests")
@Tag(name = "Matching and meetings")
@TakesToken
@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
@ApiResponse(responseCode = "404", description = """
        No such event or request, or not visible to the caller (a request is visible only to its two people)""",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class MeetingRequestController {

    private final MeetingRequestService meetings;
    private final RecommendationService recommendations;
    private final CurrentAccount currentAccount;
    private final IdempotentRequests idempotent;
    private final JsonBodies bodies;

    MeetingRequestController(MeetingRequestService meetings, RecommendationService recommendations,
                             CurrentAccount currentAccount, IdempotentRequests idempotent, JsonBodies bodies) {
        this.meetings = meetings;
        this.recommendations = recommendations;
        this.currentAccount = currentAccount;
        this.idempotent = idempotent;
        this.bodies = bodies;
    }

    @Post
    @BodyProblems
    @Operation(operationId = "requestMeeting", summary = "Ask another attendee to meet",
            description = """
                    Both must be confirmed attendees of the published event. Refused (422) when asking oneself, \
                    someone who is not a confirmed attendee, or someone blocked either way, when the organizers' \
                    attendee categories keep the two apart (type `urn:mingle:problem:meeting-rule`), and when the \
                    caller already has as many unanswered requests out as the event allows (`maxPendingRequests`). \
                    A pending request or a match between the two, whoever asked, answers 409; so does the \
                    second of two people asking each other at the same moment.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreateMeetingRequestRequest.class)))
    @ApiResponse(responseCode = "201", description = "Sent: the request is PENDING",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = "Location",
                    description = "the new request's URL"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeetingRequestResponse.class)))
    @ApiResponse(responseCode = "400", description = "No or no valid toAccountId, or a message over 500 characters",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", ref = ProblemResponses.NOT_CONFIRMED_ATTENDEE)
    @ApiResponse(responseCode = "409", description = "The two already have a pending request or a match",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = """
            Refused by a rule (see above), the event is not open; or the Idempotency-Key was used before with \
            another body""",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<String> create(
            @PathVariable String id,
            @Body @Nullable String body,
            @IdempotencyKey @Header(IdempotentRequests.HEADER) @Nullable String idempotencyKey,
            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        var typed = bodies.read(body, CreateMeetingRequestRequest.class);
        var to = typed.addressee();
        var response = idempotent.run(request, account, idempotencyKey, body, HttpStatus.CREATED, () -> {
            var sent = meetings.request(account, eventId, to, typed.message());
            // Answered as every other read of a request is, with the addressee as the caller may see them.
            return MeetingRequestResponse.of(meetings.find(account, eventId, sent.id()), Map.of());
        });
        return response.header(HttpHeaders.LOCATION,
                "/api/events/" + eventId + "/meeting-requests/" + idempotent.field(response.body(), "id"));
    }

    @Get
    @Operation(operationId = "listMeetingRequests", summary = "The caller's meeting requests at the event",
            description = """
                    Requests the caller sent (OUTGOING) and received (INCOMING), newest first, each with the other \
                    person's name and, when they show it to the caller, headline. An INCOMING one also says why \
                    Mingle thinks the two should meet (`reasons`) and how the sender answers the requests they \
                    receive at this event (`senderResponseRate`). Filter by direction and status.""")
    @ApiResponse(responseCode = "200", description = "The requests",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeetingRequestPageResponse.class)))
    @ApiResponse(responseCode = "400", description = "An unknown direction or status, or invalid paging",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<MeetingRequestPageResponse> list(
            @PathVariable String id,
            @Parameter(description = "only requests going this way",
                    schema = @Schema(implementation = Direction.class))
            @QueryValue @Nullable String direction,
            @Parameter(description = "only requests in this status",
                    schema = @Schema(implementation = MeetingRequestStatus.class))
            @QueryValue @Nullable String status,
            @PageNumber @QueryValue @Nullable Integer page,
            @PageSize @QueryValue @Nullable Integer size,
            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        var wantedDirection = choice("direction", direction, Direction.class);
        var wantedStatus = choice("status", status, MeetingRequestStatus.class);
        var paging = PageRequest.of(page, size);
        var requests = meetings.requests(account, eventId).stream()
                .filter(view -> wantedDirection == null || Direction.of(view.incoming()) == wantedDirection)
                .filter(view -> wantedStatus == null || view.request().status() == wantedStatus)
                .toList();
        var shown = requests.stream().skip(paging.offset()).limit(paging.size()).toList();
        return HttpResponse.ok(MeetingRequestPageResponse.of(shown, requests.size(), paging, reasons(account, eventId,
                        shown)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Get("/{mid}")
    @Operation(operationId = "getMeetingRequest", summary = "One of the caller's meeting requests")
    @ApiResponse(responseCode = "200", description = "The request",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeetingRequestResponse.class)))
    HttpResponse<MeetingRequestResponse> get(@PathVariable String id, @PathVariable String mid,
                                             HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        var view = meetings.find(account, eventId, MeetingRequestId.fromString(mid));
        return HttpResponse.ok(MeetingRequestResponse.of(view, reasons(account, eventId, List.of(view))))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Post("/{mid}/accept")
    @Operation(operationId = "acceptMeetingRequest", summary = "Accept a meeting request",
            description = """
                    The person asked accepts: the two become a mutual match, see each other's CONNECTIONS fields, \
                    and find the meeting under `/meetings/me`. Only a PENDING request can be accepted (409 \
                    otherwise), and only while both are still confirmed attendees of the open event (422).""")
    @ApiResponse(responseCode = "200", description = "The request, now ACCEPTED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeetingRequestResponse.class)))
    @ApiResponse(responseCode = "403", description = "The caller sent the request; only the person asked answers",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The request is no longer pending",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = """
            One of the two is no longer a confirmed attendee, the event is no longer open, or the organizers' \
            attendee categories now keep the two apart (type `urn:mingle:problem:meeting-rule`)""",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<MeetingRequestResponse> accept(@PathVariable String id, @PathVariable String mid,
                                                HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        var accepted = meetings.accept(account, eventId, MeetingRequestId.fromString(mid));
        return answer(account, eventId, accepted.id());
    }

    @Post("/{mid}/decline")
    @BodyProblems
    @Operation(operationId = "declineMeetingRequest", summary = "Decline a meeting request",
            description = """
                    The person asked declines. Only a PENDING request can be declined (409 otherwise). The body is                     optional: `suggestedAccountId` names someone the sender might meet instead, whom the sender's                     notification and request then show. Refused (422) unless that is a confirmed attendee of the                     event, neither of the two, blocked by neither of them either way, and someone Mingle would                     recommend to the sender (not already matched or connected with them, not a colleague the event                     keeps apart).""")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DeclineMeetingRequestRequest.class)))
    @ApiResponse(responseCode = "200", description = "The request, now DECLINED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeetingRequestResponse.class)))
    @ApiResponse(responseCode = "400", description = "A malformed suggestedAccountId, or an unknown field",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller sent the request; only the person asked answers",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The request is no longer pending",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "The suggestion is not someone who may be suggested (see above)",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<MeetingRequestResponse> decline(@PathVariable String id, @PathVariable String mid,
                                                 @Body @Nullable String body, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        AccountId suggested = body == null || body.isBlank() ? null
                : bodies.read(body, DeclineMeetingRequestRequest.class).suggested();
        var declined = meetings.decline(account, eventId, MeetingRequestId.fromString(mid), suggested);
        return answer(account, eventId, declined.id());
    }

    @Post("/{mid}/cancel")
    @Operation(operationId = "cancelMeetingRequest", summary = "Withdraw a meeting request",
            description = "The sender withdraws a request not yet answered (409 otherwise).")
    @ApiResponse(responseCode = "200", description = "The request, now CANCELLED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeetingRequestResponse.class)))
    @ApiResponse(responseCode = "403", description = "The caller was asked; only the sender withdraws",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The request is no longer pending",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<MeetingRequestResponse> cancel(@PathVariable String id, @PathVariable String mid,
                                                HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        var cancelled = meetings.cancel(account, eventId, MeetingRequestId.fromString(mid));
        return answer(account, eventId, cancelled.id());
    }

    /** The request after an answer, read again so that the other person shows as the answer now lets them be seen. */
    private HttpResponse<MeetingRequestResponse> answer(AccountId account, EventId eventId, MeetingRequestId id) {
        var view = meetings.find(account, eventId, id);
        return HttpResponse.ok(MeetingRequestResponse.of(view, reasons(account, eventId, List.of(view))))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /**
     * Why Mingle thinks the caller and each sender of an incoming request should meet, seen from the caller's side:
     * from the event's matching model in memory.
     */
    private Map<AccountId, List<Reason>> reasons(AccountId account, EventId eventId, List<MeetingRequestView> views) {
        var senders = views.stream().filter(MeetingRequestView::incoming).map(view -> view.request().from())
                .distinct().toList();
        return senders.isEmpty() ? Map.of() : recommendations.reasons(account, eventId, senders);
    }

    /** A query value naming a constant of {@code type}, case-insensitive; {@code null} when absent. */
    private static <E extends Enum<E>> E choice(String field, String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String name = text.strip().toUpperCase(Locale.ROOT);
        var values = type.getEnumConstants();
        return Arrays.stream(values).filter(value -> value.name().equals(name)).findFirst()
                .orElseThrow(() -> InvalidInputException.of(field, "must be one of "
                        + String.join(", ", Arrays.stream(values).map(Enum::name).toList())));
    }
}
