package org.mingle.api.publicprofiles;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mingle.api.accounts.CurrentAccount;
import org.mingle.api.accounts.TakesToken;
import org.mingle.api.problems.ProblemResponses;
import org.mingle.domain.events.EventId;
import org.mingle.domain.publicprofiles.PublicProfileService;

/**
 * "Add to profile": the events the caller attended and keeps on their public record (decision 45). A PUT, not a POST:
 * keeping an event twice keeps it once, so a retried call needs no idempotency key.
 */
@Controller("/api/me/record/events/{eventId}")
@Tag(name = "Public profiles")
@TakesToken
@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
class MyRecordController {

    private final PublicProfileService publicProfiles;
    private final CurrentAccount currentAccount;

    MyRecordController(PublicProfileService publicProfiles, CurrentAccount currentAccount) {
        this.publicProfiles = publicProfiles;
        this.currentAccount = currentAccount;
    }

    @Put
    @Operation(operationId = "keepEventOnRecord", summary = "Keep an attended event on the public record",
            description = """
                    Only an event the caller attended: checked in, or still confirmed once the event was over \
                    (completed, or published and past its end); otherwise 422. It shows on the public page only \
                    while the event is listed in public (not a private group's, not unlisted). 204 also when it was \
                    kept already.""")
    @ApiResponse(responseCode = "204", description = "Kept")
    @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @ApiResponse(responseCode = "422", ref = ProblemResponses.RULE_VIOLATED)
    HttpResponse<Void> keep(@PathVariable String eventId, HttpRequest<?> request) {
        publicProfiles.keep(currentAccount.require(request), EventId.fromString(eventId));
        return HttpResponse.noContent();
    }

    @Delete
    @Operation(operationId = "dropEventFromRecord", summary = "Take an event off the public record",
            description = "204 whether or not it was on it.")
    @ApiResponse(responseCode = "204", description = "Not on the record (any more)")
    @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    HttpResponse<Void> drop(@PathVariable String eventId, HttpRequest<?> request) {
        publicProfiles.drop(currentAccount.require(request), EventId.fromString(eventId));
        return HttpResponse.noContent();
    }
}
