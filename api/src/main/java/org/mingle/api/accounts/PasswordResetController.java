package org.mingle.api.accounts;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mingle.api.problems.BodyProblems;
import org.mingle.api.problems.ProblemResponses;
import org.mingle.domain.accounts.PasswordResetService;

/** "Forgot password?": a single-use link by mail, then a new password. */
@Controller("/api/auth/password-reset")
@Tag(name = "Accounts")
@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
class PasswordResetController {

    private final PasswordResetService resets;
    private final ClientAddress clientAddress;

    PasswordResetController(PasswordResetService resets, ClientAddress clientAddress) {
        this.resets = resets;
        this.clientAddress = clientAddress;
    }

    @Post
    @BodyProblems
    @Operation(operationId = "requestPasswordReset", summary = "Mail a password-reset link",
            description = """
                    Mails the account with this address a link that works once, for one hour. The answer is the same \
                    whether or not the address has an account. At most 5 links per account and hour are mailed; \
                    further requests are answered alike and send nothing.""")
    @ApiResponse(responseCode = "202", description = "Accepted: a link is on its way if the address has an account")
    HttpResponse<Void> request(@Body PasswordResetRequest body, HttpRequest<?> request) {
        resets.request(body.email(), clientAddress.of(request));
        return HttpResponse.status(HttpStatus.ACCEPTED);
    }

    @Post("/confirm")
    @BodyProblems
    @Operation(operationId = "confirmPasswordReset", summary = "Choose a new password with a mailed link",
            description = """
                    Sets the new password; the password policy of sign-up applies. Every access token and signed-in \
                    session of the account ends, and so does every other reset link. An unknown, used or expired \
                    link answers 400 with an error for `token` that says which.""")
    @ApiResponse(responseCode = "204", description = "The password is changed")
    HttpResponse<Void> confirm(@Body PasswordResetConfirmation body, HttpRequest<?> request) {
        resets.confirm(body.token(), body.password(), clientAddress.of(request));
        return HttpResponse.status(HttpStatus.NO_CONTENT);
    }
}
