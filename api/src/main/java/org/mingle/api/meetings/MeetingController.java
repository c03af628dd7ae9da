package org.mingle.api.meetings;

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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mingle.api.accounts.ApiSecurity;
import org.mingle.api.accounts.CurrentAccount;
import org.mingle.api.problems.Problem;
import org.mingle.api.problems.Problems;
import org.mingle.domain.events.EventId;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.shared.PageRequest;

/** The caller's meetings at an event: the mutual matches made by accepted meeting requests. */
@Controller("/api/events/{id}/meetings")
@Tag(name = "Matching and meetings")
@SecurityRequirement(name = ApiSecurity.BEARER)
class MeetingController {

    private final MeetingRequestService meetings;
    private final CurrentAccount currentAccount;

    MeetingController(MeetingRequestService meetings, CurrentAccount currentAccount) {
        this.meetings = meetings;
        this.currentAccount = currentAccount;
    }

    @Get("/me")
    @Operation(operationId = "listMyMeetings", summary = "The caller's mutual matches at the event",
            description = """
                    Every accepted meeting request the caller sent or received, newest first, with the other \
                    person's profile as a connection sees it. Empty for someone without matches.""")
    @ApiResponse(responseCode = "200", description = "The meetings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeetingPageResponse.class)))
    @ApiResponse(responseCode = "400", description = "Invalid paging",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "Not signed in",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such event, or not visible to the caller",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<MeetingPageResponse> mine(
            @PathVariable String id,
            @Parameter(description = "zero-based page number", schema = @Schema(minimum = "0", defaultValue = "0"))
            @QueryValue @Nullable Integer page,
            @Parameter(description = "page size", schema = @Schema(minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryValue @Nullable Integer size,
            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        var paging = PageRequest.of(page, size);
        return HttpResponse.ok(MeetingPageResponse.of(meetings.matches(account, eventId), paging))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
