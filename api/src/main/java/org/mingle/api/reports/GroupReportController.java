package org.mingle.api.reports;

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
import org.mingle.api.problems.ProblemResponses;
import org.mingle.domain.reports.GroupReportService;

/** A group's report across its events, for its owners and organizers. */
@Controller("/api/groups/{id}/report")
@Tag(name = "Reports")
@TakesToken
@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
class GroupReportController {

    private final GroupReportService reports;
    private final CurrentAccount currentAccount;

    GroupReportController(GroupReportService reports, CurrentAccount currentAccount) {
        this.reports = reports;
        this.currentAccount = currentAccount;
    }

    @Get
    @Operation(operationId = "getGroupReport", summary = "What the group's events did for its community",
            description = """
                    For the group's OWNERs and ORGANIZERs (the id or the slug). `members` now and at the end of each \
                    month since the first current member joined; for each event that has started: attendees (the \
                    checked-in, or the confirmed where nobody was checked in), newcomers (at their first event of \
                    the group) and connections recorded; `returningShare`, the share of all attendances by people who \
                    had come before; `cumulativeConnections`, after each event the different pairs of people \
                    connected at the group's events so far; how meeting requests fared at those events, all together \
                    (`requests`) and each (`eventRequests`): answered, the acceptance rate of answered requests, the \
                    median time to answer, expired; and whether their booked one-to-one meetings took place, all \
                    together (`heldMeetings`) and each (`eventHeldMeetings`): held, no-shows, ended, and the share \
                    held of all those ended.""")
    @ApiResponse(responseCode = "200", description = "The group report", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GroupReportResponse.class)))
    @ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    HttpResponse<GroupReportResponse> report(@PathVariable String id, HttpRequest<?> request) {
        var report = reports.report(currentAccount.require(request), id);
        return HttpResponse.ok(GroupReportResponse.of(report)).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
