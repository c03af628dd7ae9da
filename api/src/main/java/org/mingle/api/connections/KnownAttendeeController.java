package org.mingle.api.connections;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mingle.api.accounts.CurrentAccount;
import org.mingle.api.accounts.TakesToken;
import org.mingle.api.problems.Problem;
import org.mingle.api.problems.ProblemResponses;
import org.mingle.api.problems.Problems;
import org.mingle.api.requests.PageNumber;
import org.mingle.api.requests.PageSize;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.PageRequest;

/** "People you know are going": who of the caller's network is confirmed for an event. */
@Controller("/api/events/{id}/known-attendees")
@Tag(name = "Connections")
@TakesToken
class KnownAttendeeController {

    private final ConnectionService connections;
    private final CurrentAccount currentAccount;

    KnownAttendeeController(ConnectionService connections, CurrentAccount currentAccount) {
        this.connections = connections;
        this.currentAccount = currentAccount;
    }

    @Get
    @Operation(operationId = "listKnownAttendees", summary = "People from the caller's network who are going",
            description = """
                    The people the caller connected with at any event (a connection both still keep) who are \
                    confirmed for this event, by name. Each person is shown as far as their profile's visibility \
                    lets the caller see them; people blocked either way are left out. Any signed-in person who may \
                    see the event may ask.""")
    @ApiResponse(responseCode = "200", description = "The people, by name; `total` is their count",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = KnownAttendeePageResponse.class)))
    @ApiResponse(responseCode = "400", description = "A malformed event id, or invalid paging",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    HttpResponse<KnownAttendeePageResponse> list(
            @PathVariable String id,
            @PageNumber @QueryValue @Nullable Integer page,
            @PageSize @QueryValue @Nullable Integer size,
            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        var paging = PageRequest.of(page, size);
        return HttpResponse.ok(KnownAttendeePageResponse.of(connections.knownAttendees(account, eventId), paging))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
