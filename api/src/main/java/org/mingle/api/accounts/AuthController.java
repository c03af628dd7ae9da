package org.mingle.api.accounts;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.mingle.api.problems.BodyProblems;
import org.mingle.api.problems.Problem;
import org.mingle.api.problems.Problems;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.InvalidCredentialsException;
import org.mingle.domain.moderation.ModerationService;

/** Sign-up, log-in and log-out: where a client gets the bearer token every other signed-in call needs. */
@Controller("/api/auth")
@Tag(name = "Accounts")
class AuthController {

    private final AccountService accounts;
    private final TokenService tokens;
    private final CurrentAccount currentAccount;
    private final ClientAddress clientAddress;
    private final ModerationService moderation;

    AuthController(AccountService accounts, TokenService tokens, CurrentAccount currentAccount,
                   ClientAddress clientAddress, ModerationService moderation) {
        this.accounts = accounts;
        this.moderation = moderation;
        this.tokens = tokens;
        this.currentAccount = currentAccount;
        this.clientAddress = clientAddress;
    }

    @Post("/signup")
    @BodyProblems
    @Operation(operationId = "signUp", summary = "Create an account",
            description = """
                    The email address is stored trimmed and in lower case. Log in afterwards for a token. One client \
                    address may create 20 accounts an hour (mingle.accounts.sign-ups-per-client-per-hour).""")
    @ApiResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", description = "/api/me"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AccountResponse.class)))
    @ApiResponse(responseCode = "400", description = "Invalid email, password or display name; see errors",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "An account with this email address exists",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "429", description = "Too many sign-ups from this client address within the hour",
            headers = @Header(name = "Retry-After", description = "seconds to wait",
                    schema = @Schema(type = "integer")),
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<AccountResponse> signUp(@Body SignUpRequest body, HttpRequest<?> request) {
        var account = accounts.signUp(body.toSignUp(), clientAddress.of(request));
        return HttpResponse.created(AccountResponse.of(account, moderation.isAdministrator(account.id())), URI.create("/api/me"));
    }

    @Post("/login")
    @BodyProblems
    @Operation(operationId = "logIn", summary = "Log in for an access token",
            description = """
                    Answers a bearer token valid for an hour. Wrong password and unknown email answer the same 401. \
                    A client that failed 5 times at one account within 15 minutes, or 50 times at any accounts, gets \
                    429 with Retry-After (that client only, for 15 minutes; 2 seconds when as many of its log-ins \
                    are still being checked). Failures at one account from many \
                    clients only slow its log-ins down (by up to 3 seconds): the right password from a client \
                    without failures is always let in. A malformed body (400) is not counted as a failure.""")
    @ApiResponse(responseCode = "200", description = "Logged in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TokenResponse.class)))
    @ApiResponse(responseCode = "400", description = "Malformed request",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "The email address or password is not correct",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "429", description = "Too many failed attempts from this client",
            headers = @Header(name = "Retry-After", description = "seconds to wait",
                    schema = @Schema(type = "integer")),
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "503", description = "The server is too busy checking passwords; nothing was counted",
            headers = @Header(name = "Retry-After", description = "seconds to wait",
                    schema = @Schema(type = "integer")),
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<TokenResponse> logIn(@Body LogInRequest body, HttpRequest<?> request) {
        var account = accounts.logIn(body.email(), body.password(), clientAddress.of(request));
        var version = accounts.tokenVersion(account.id()).orElseThrow(InvalidCredentialsException::new);
        return HttpResponse.ok(TokenResponse.of(tokens.issue(account.id(), version)))
                .header("Cache-Control", "no-store")
                .header("Pragma", "no-cache");
    }

    @Post("/logout")
    @Operation(operationId = "logOut", summary = "Log out",
            description = """
                    Ends every API access token of the account issued so far (on all devices), and records the \
                    log-out in the account's security log.""")
    @TakesToken
    @ApiResponse(responseCode = "204", description = "Logged out")
    HttpResponse<Void> logOut(HttpRequest<?> request) {
        accounts.revokeApiTokens(currentAccount.require(request), clientAddress.of(request));
        return HttpResponse.status(HttpStatus.NO_CONTENT);
    }
}
