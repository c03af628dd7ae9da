package org.mingle.api.registrations;

import io.micronaut.core.annotation.Nullable;
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
import org.mingle.api.accounts.CurrentAccount;
import org.mingle.api.accounts.TakesToken;
import org.mingle.api.idempotency.IdempotencyKey;
import org.mingle.api.idempotency.IdempotentRequests;
import org.mingle.api.problems.BodyProblems;
import org.mingle.api.problems.Problem;
import org.mingle.api.problems.ProblemResponses;
import org.mingle.api.problems.Problems;
import org.mingle.api.requests.JsonBodies;
import org.mingle.domain.events.EventId;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.InvalidInputException;

/** Checking people in at the door, by the code they show. */
@Controller("/api/events/{id}/check-ins")
@Tag(name = "Registration")
@TakesToken
class CheckInController {

    private final RegistrationService registrations;
    private final CurrentAccount currentAccount;
    private final IdempotentRequests idempotent;
    private final JsonBodies bodies;

    CheckInController(RegistrationService registrations, CurrentAccount currentAccount,
                      IdempotentRequests idempotent, JsonBodies bodies) {
        this.registrations = registrations;
        this.currentAccount = currentAccount;
        this.idempotent = idempotent;
        this.bodies = bodies;
    }

    @Post
    @BodyProblems
    @Operation(operationId = "checkIn", summary = "Check someone in",
            description = """
                    Owner, co-organizers and check-in staff. Marks the confirmed registration with this code as \
                    checked in. Checking in twice is harmless: the second answer is 200 with \
                    `alreadyCheckedIn: true`.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CheckInRequest.class)))
    @ApiResponse(responseCode = "200", description = "Checked in (now or before)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CheckInResponse.class)))
    @ApiResponse(responseCode = "400", description = "No check-in code, or a malformed body",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller may not check people in at this event",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such event or no registration with this code",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The registration with this code is not confirmed",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", ref = ProblemResponses.IDEMPOTENCY_KEY_REUSED)
    HttpResponse<String> checkIn(
            @PathVariable String id,
            @Body String body,
            @IdempotencyKey @Header(IdempotentRequests.HEADER) @Nullable String idempotencyKey,
            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        var code = bodies.read(body, CheckInRequest.class).checkInCode();
        if (code == null || code.isBlank()) {
            throw InvalidInputException.of("checkInCode", "is required");
        }
        return idempotent.run(request, account, idempotencyKey, body, HttpStatus.OK,
                () -> CheckInResponse.of(registrations.checkIn(account, eventId, code)));
    }
}
