package org.mingle.api.connections;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
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
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.shared.PublicUrl;

/**
 * Connect codes: the caller's own, to show as text or QR code, and whom someone else's code names and where the two
 * can connect.
 */
@Controller("/api")
@Tag(name = "Connections")
@TakesToken
class ConnectCodeController {

    /** The web page that opens a connect code, relative to Mingle's public address. */
    static final String CONNECT_PAGE = "connect/";

    private final ConnectionService connections;
    private final CurrentAccount currentAccount;
    private final PublicUrl publicUrl;

    ConnectCodeController(ConnectionService connections, CurrentAccount currentAccount, PublicUrl publicUrl) {
        this.connections = connections;
        this.currentAccount = currentAccount;
        this.publicUrl = publicUrl;
    }

    @Get("/me/connect-code")
    @Operation(operationId = "getMyConnectCode", summary = "The caller's connect code",
            description = """
                    The caller's personal connect code (made on first use, then always the same) and the absolute \
                    address of the web page that opens it, to show as a QR code: someone who scans it at an event \
                    they both attend can connect with the caller. The address starts with Mingle's configured public \
                    address (`MINGLE_PUBLIC_URL`), whatever `Host` or `X-Forwarded-Host` the request names.""")
    @ApiResponse(responseCode = "200", description = "The code and its address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectCodeResponse.class)))
    HttpResponse<ConnectCodeResponse> mine(HttpRequest<?> request) {
        var account = currentAccount.require(request);
        String code = connections.myCode(account).value();
        var body = new ConnectCodeResponse(code, publicUrl.link(CONNECT_PAGE + code));
        return HttpResponse.ok(body).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Get("/connect-codes/{code}")
    @ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @Operation(operationId = "getConnectTarget", summary = "Whom a connect code names",
            description = """
                    The person whose code it is, as far as they let the caller see them, and the events where the \
                    two can connect: published or past events where both are confirmed attendees, those happening \
                    now first. Case, spaces and dashes in the code do not matter, and O, I and L read as 0, 1 and \
                    1. Connect with `POST /api/events/{id}/connections` and `{"code": ...}`.""")
    @ApiResponse(responseCode = "200", description = "The person and the events in common",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectTargetResponse.class)))
    @ApiResponse(responseCode = "404", description = "Nobody has this code",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "It is the caller's own code",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<ConnectTargetResponse> target(@PathVariable String code, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var target = connections.target(account, code);
        return HttpResponse.ok(ConnectTargetResponse.of(target)).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
