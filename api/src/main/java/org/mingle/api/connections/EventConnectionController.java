package org.mingle.api.connections;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.mingle.api.accounts.CurrentAccount;
import org.mingle.api.accounts.TakesToken;
import org.mingle.api.idempotency.IdempotencyKey;
import org.mingle.api.idempotency.IdempotentRequests;
import org.mingle.api.problems.BodyProblems;
import org.mingle.api.problems.Problem;
import org.mingle.api.problems.ProblemResponses;
import org.mingle.api.problems.Problems;
import org.mingle.api.requests.JsonBodies;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.events.EventId;

/** Recording that the caller met another attendee at an event. */
@Controller("/api/events/{id}/connections")
@Tag(name = "Connections")
@TakesToken
class EventConnectionController {

    static final String MY_CONNECTIONS = "/api/me/connections/";

    private final ConnectionService connections;
    private final CurrentAccount currentAccount;
    private final IdempotentRequests idempotent;
    private final JsonBodies bodies;

    EventConnectionController(ConnectionService connections, CurrentAccount currentAccount,
                              IdempotentRequests idempotent, JsonBodies bodies) {
        this.connections = connections;
        this.currentAccount = currentAccount;
        this.idempotent = idempotent;
        this.bodies = bodies;
    }

    @Post
    @BodyProblems
    @Operation(operationId = "recordConnection", summary = "Record meeting someone at the event",
            description = """
                    Records that the caller met another confirmed attendee at this published or past event: by the \
                    connect code they showed (`code`), or by account id (`accountId`, with `source` MEETING or \
                    ROUND for "We met" on a meeting or a round, SEARCH for someone found in the attendee list, the \
                    default). Both get the connection in their network, each with private notes of their own. The \
                    pair has one connection per event, whoever records it and however often: recording it again \
                    answers 200 with the same connection (and brings it back into the caller's network if they had \
                    removed it). Refused (422) for oneself, someone who is not a confirmed attendee, or someone \
                    blocked either way.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecordConnectionRequest.class)))
    @ApiResponse(responseCode = "201", description = "Recorded: a new connection",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = "Location",
                    description = "the connection in the caller's network"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectionResponse.class)))
    @ApiResponse(responseCode = "200", description = "The two had connected at this event already: that connection",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectionResponse.class)))
    @ApiResponse(responseCode = "400", description = """
            Not exactly one of code and accountId, a malformed accountId, an unknown source; an unknown field or a \
            body that is not JSON""",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", ref = ProblemResponses.NOT_CONFIRMED_ATTENDEE)
    @ApiResponse(responseCode = "404", description = "No such event (or not visible to the caller), or nobody has the code",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = """
            Refused by a rule (oneself, not a confirmed attendee, blocked either way, the event is not taking \
            place); or the Idempotency-Key was used before with another body""",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<String> record(
            @PathVariable String id,
            @Body @Nullable String body,
            @IdempotencyKey @Header(IdempotentRequests.HEADER) @Nullable String idempotencyKey,
            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        bodies.requireText(bodies.fields(body), RecordConnectionRequest.TEXT_FIELDS, List.of());
        var target = bodies.read(body, RecordConnectionRequest.class).target();
        var response = idempotent.runAnswering(request, account, idempotencyKey, body, () -> {
            var recorded = target.code() != null
                    ? connections.recordByCode(account, eventId, target.code())
                    : connections.record(account, eventId, target.account(), target.source());
            return new IdempotentRequests.Answer(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK,
                    ConnectionResponse.of(recorded.connection()));
        });
        if (response.status() == HttpStatus.CREATED) {
            response.header(HttpHeaders.LOCATION, MY_CONNECTIONS + idempotent.field(response.body(), "id"));
        }
        return response.header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
