package org.mingle.api.registrations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mingle.api.accounts.CurrentAccount;
import org.mingle.api.accounts.TakesToken;
import org.mingle.api.problems.ProblemResponses;
import org.mingle.api.requests.PageNumber;
import org.mingle.api.requests.PageSize;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.PageRequest;

/** The caller's own registrations, across events. */
@Controller("/api/me/registrations")
@Tag(name = "Registration")
@TakesToken
@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
class MyRegistrationsController {

    private final RegistrationService registrations;
    private final CurrentAccount currentAccount;

    MyRegistrationsController(RegistrationService registrations, CurrentAccount currentAccount) {
        this.registrations = registrations;
        this.currentAccount = currentAccount;
    }

    @Get
    @Operation(operationId = "listMyRegistrations", summary = "The caller's registrations",
            description = """
                    Every registration of the caller, with its status (a cancelled event's too), the waitlist \
                    position while waitlisted, and the check-in code while confirmed.""")
    @ApiResponse(responseCode = "200", description = "The registrations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RegistrationPageResponse.class)))
    RegistrationPageResponse list(
            @PageNumber @QueryValue @Nullable Integer page,
            @PageSize @QueryValue @Nullable Integer size,
            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var paging = PageRequest.of(page, size);
        return RegistrationPageResponse.of(registrations.mine(account), paging);
    }
}
