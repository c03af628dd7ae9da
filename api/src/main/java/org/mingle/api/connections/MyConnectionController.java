package org.mingle.api.connections;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
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
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.mingle.api.accounts.CurrentAccount;
import org.mingle.api.accounts.TakesToken;
import org.mingle.api.problems.BodyProblems;
import org.mingle.api.problems.Problem;
import org.mingle.api.problems.ProblemResponses;
import org.mingle.api.problems.Problems;
import org.mingle.api.requests.JsonBodies;
import org.mingle.api.requests.PageNumber;
import org.mingle.api.requests.PageSize;
import org.mingle.domain.connections.ConnectionId;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.connections.FollowUp;
import org.mingle.domain.connections.MyConnection;
import org.mingle.domain.connections.NetworkCsv;
import org.mingle.domain.connections.NetworkFilter;
import org.mingle.domain.connections.VCards;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.PageRequest;

/**
 * The caller's network: the connections they recorded or that were recorded with them, across events, each with the
 * caller's own private notes; and the network as vCards or CSV. A connection is in both people's networks under the
 * same id, and each sees only their own notes on it.
 */
@Controller("/api/me")
@Tag(name = "Connections")
@TakesToken
class MyConnectionController {

    /** JSON merge patch (RFC 7396), which is what a PATCH of one's notes is. */
    static final String MERGE_PATCH = "application/merge-patch+json";
    static final String VCARD_MEDIA_TYPE = VCards.MEDIA_TYPE + "; charset=utf-8";
    static final String CSV_MEDIA_TYPE = NetworkCsv.MEDIA_TYPE + "; charset=utf-8; header=present";
    static final String VCARD_FILE_NAME = "mingle-connections.vcf";
    /** The network's times are written in UTC: its connections were made in several time zones. */
    private static final ZoneId UTC = ZoneId.of("UTC");
    static final String CSV_FILE_NAME = "mingle-connections.csv";

    private final ConnectionService connections;
    private final CurrentAccount currentAccount;
    private final JsonBodies bodies;

    MyConnectionController(ConnectionService connections, CurrentAccount currentAccount, JsonBodies bodies) {
        this.connections = connections;
        this.currentAccount = currentAccount;
        this.bodies = bodies;
    }

    @Get("/connections")
    @Operation(operationId = "listMyConnections", summary = "The caller's network",
            description = """
                    The caller's connections across events: follow-ups that are due first (earliest reminder \
                    first), then the newest. Narrow by event, by words in the person's name, headline or company \
                    or in the caller's note (`q`), by one of the caller's tags, by follow-up status, or to due \
                    follow-ups only. `dueFollowUps` counts the due follow-ups of the whole network, whatever the \
                    filters, for a badge.""")
    @ApiResponse(responseCode = "200", description = "The connections",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectionPageResponse.class)))
    @ApiResponse(responseCode = "400", description = """
            A malformed event id, an unknown followUp, a due other than true or false, or invalid paging""",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<ConnectionPageResponse> list(
            @Parameter(description = "only connections made at this event", schema = @Schema(format = "uuid"))
            @QueryValue @Nullable String event,
            @Parameter(description = "words to find in the person's name, headline or company, or in the caller's note")
            @QueryValue @Nullable String q,
            @Parameter(description = "only connections with this tag of the caller's (ignoring case)")
            @QueryValue @Nullable String tag,
            @Parameter(description = "only connections with this follow-up status",
                    schema = @Schema(implementation = FollowUp.class))
            @QueryValue @Nullable String followUp,
            @Parameter(description = "true: only follow-ups whose reminder has come and that are not DONE",
                    schema = @Schema(type = "boolean", defaultValue = "false"))
            @QueryValue @Nullable String due,
            @PageNumber @QueryValue @Nullable Integer page,
            @PageSize @QueryValue @Nullable Integer size,
            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var filter = filter(event, q, tag, followUp, due);
        var paging = PageRequest.of(page, size);
        var network = connections.network(account, filter);
        return HttpResponse.ok(ConnectionPageResponse.of(network, paging, connections.dueCount(account)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Get("/connections/{cid}")
    @ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @Operation(operationId = "getMyConnection", summary = "One connection of the caller's network",
            description = "With the caller's own private notes on it; 404 for a connection not in the network.")
    @ApiResponse(responseCode = "200", description = "The connection",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectionResponse.class)))
    @ApiResponse(responseCode = "404", description = "No such connection in the caller's network",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<ConnectionResponse> get(@PathVariable String cid, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var connection = connections.find(account, ConnectionId.fromString(cid));
        return HttpResponse.ok(ConnectionResponse.of(connection)).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Patch("/connections/{cid}")
    @BodyProblems
    @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH})
    @Operation(operationId = "updateMyConnection", summary = "Change the caller's private notes on a connection",
            description = """
                    A merge patch of the caller's notes: a field left out stays as it is, `null` clears it. Every \
                    field is checked at once; a 400 names each refused one. Only the caller ever sees these notes: \
                    the other person's notes on the same connection are their own.""")
    @RequestBody(required = true, content = {
        @Content(mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(implementation = UpdateConnectionRequest.class)),
        @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = UpdateConnectionRequest.class))})
    @ApiResponse(responseCode = "200", description = "The connection with the changed notes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectionResponse.class)))
    @ApiResponse(responseCode = "400", description = """
            Invalid values (a note over 2000 characters, over 20 tags or one over 40 characters, an unknown \
            followUp or outcome, a remindAt that is no date); a field of the wrong JSON type, an unknown field or a \
            body that is not JSON""",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such connection in the caller's network",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<ConnectionResponse> update(@PathVariable String cid, @Body @Nullable String body,
                                            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var id = ConnectionId.fromString(cid);
        // The fields as sent tell a missing field from a JSON null, and text from a number or an array that the
        // typed read would take as text; the typed read then refuses unknown fields.
        var fields = bodies.fields(body);
        bodies.requireText(fields, UpdateConnectionRequest.TEXT_FIELDS, UpdateConnectionRequest.TEXT_ARRAY_FIELDS);
        bodies.read(body, UpdateConnectionRequest.class);
        var patch = UpdateConnectionRequest.patch(fields);
        return HttpResponse.ok(ConnectionResponse.of(connections.update(account, id, patch)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Delete("/connections/{cid}")
    @ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @Operation(operationId = "removeMyConnection", summary = "Remove a connection from the caller's network",
            description = """
                    Removes the connection and the caller's notes on it from the caller's network. The other person \
                    keeps it, with their notes. Recording the two again at the event brings it back.""")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "404", description = "No such connection in the caller's network",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<Void> remove(@PathVariable String cid, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        connections.remove(account, ConnectionId.fromString(cid));
        return HttpResponse.status(HttpStatus.NO_CONTENT);
    }

    @Get("/connections.vcf")
    @Produces(VCARD_MEDIA_TYPE)
    @Operation(operationId = "exportMyConnectionsAsVCards", summary = "The caller's network as vCards",
            description = """
                    Every connection as a vCard 4.0 (RFC 6350; UTF-8, CRLF line ends), for an address book: only \
                    what each person lets the caller see (a field they hide never appears), and none of the \
                    caller's private notes, since address books sync and share.""")
    @ApiResponse(responseCode = "200", description = "The vCards",
            headers = @Header(name = "Content-Disposition",
                    description = "attachment; filename=\"" + VCARD_FILE_NAME + "\""),
            content = @Content(mediaType = VCards.MEDIA_TYPE, schema = @Schema(type = "string")))
    HttpResponse<String> vcards(HttpRequest<?> request) {
        var account = currentAccount.require(request);
        String cards = VCards.of(connections.network(account, NetworkFilter.ALL));
        return HttpResponse.ok(cards)
                .contentType(MediaType.of(VCARD_MEDIA_TYPE))
                .header("Content-Disposition", "attachment; filename=\"" + VCARD_FILE_NAME + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Get("/connections.csv")
    @Produces(CSV_MEDIA_TYPE)
    @Operation(operationId = "exportMyConnectionsAsCsv", summary = "The caller's network as CSV",
            description = """
                    One row per connection (UTF-8 with a byte order mark, RFC 4180, with a header row of words): the \
                    person's fields as far as they let the caller see them (a hidden field is an empty cell) and the \
                    caller's own notes and follow-up; times in UTC as `yyyy-MM-dd HH:mm`. Cells that a spreadsheet \
                    would run as a formula start with an apostrophe.""")
    @ApiResponse(responseCode = "200", description = "The network",
            headers = @Header(name = "Content-Disposition",
                    description = "attachment; filename=\"" + CSV_FILE_NAME + "\""),
            content = @Content(mediaType = NetworkCsv.MEDIA_TYPE, schema = @Schema(type = "string")))
    HttpResponse<Writable> csv(HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var network = connections.network(account, NetworkFilter.ALL);
        return HttpResponse.<Writable>ok(csvBody(network))
                .contentType(MediaType.of(CSV_MEDIA_TYPE))
                .header("Content-Disposition", "attachment; filename=\"" + CSV_FILE_NAME + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /** The filter from the query, each value checked; 400 naming the parameter otherwise. */
    private static NetworkFilter filter(String event, String q, String tag, String followUp, String due) {
        return new NetworkFilter(eventId(event), blankToNull(q), blankToNull(tag), followUp(followUp), due(due));
    }

    private static EventId eventId(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new EventId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException notAnId) {
            throw InvalidInputException.of("event", "must be an event id (a UUID)");
        }
    }

    private static FollowUp followUp(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String name = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(FollowUp.values()).filter(value -> value.name().equals(name)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("followUp", "must be one of "
                        + String.join(", ", Arrays.stream(FollowUp.values()).map(Enum::name).toList())));
    }

    private static boolean due(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw InvalidInputException.of("due", "must be true or false");
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The network as CSV, written as Micronaut sends the body (always UTF-8, as the Content-Type says). */
    private static Writable csvBody(List<MyConnection> network) {
        return new Writable() {
            @Override
            public void writeTo(Writer out) throws IOException {
                NetworkCsv.write(out, network, UTC);
            }

            @Override
            public void writeTo(OutputStream out, Charset ignored) throws IOException {
                var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                NetworkCsv.write(writer, network, UTC);
                writer.flush();
            }
        };
    }
}
