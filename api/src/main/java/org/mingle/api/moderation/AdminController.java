package org.mingle.api.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import org.mingle.api.accounts.CurrentAccount;
import org.mingle.api.accounts.TakesToken;
import org.mingle.api.problems.BodyProblems;
import org.mingle.api.problems.Problem;
import org.mingle.api.problems.ProblemResponses;
import org.mingle.api.problems.Problems;
import org.mingle.api.requests.JsonBodies;
import org.mingle.api.requests.PageNumber;
import org.mingle.api.requests.PageSize;
import org.mingle.domain.events.EventId;
import org.mingle.domain.moderation.ContentReportId;
import org.mingle.domain.moderation.ModerationService;
import org.mingle.domain.moderation.ReportStatus;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.PageRequest;

/**
 * The platform's administration: the accounts named by {@code MINGLE_ADMIN_EMAILS} read reports, dismiss them, and
 * unlist events and groups or list them again. Everyone else gets 403.
 */
@Controller("/api/admin")
@Tag(name = "Moderation")
@TakesToken
@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
@ApiResponse(responseCode = "403", description = "The caller is no administrator",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class AdminController {

    private final ModerationService moderation;
    private final CurrentAccount currentAccount;
    private final JsonBodies bodies;

    AdminController(ModerationService moderation, CurrentAccount currentAccount, JsonBodies bodies) {
        this.moderation = moderation;
        this.currentAccount = currentAccount;
        this.bodies = bodies;
    }

    @Get("/abuse-reports")
    @Operation(operationId = "listAbuseReports", summary = "Reports of events and groups",
            description = "Administrators. Newest first, paged, with the subject's title and the reporter.")
    @ApiResponse(responseCode = "200", description = "The reports",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AbuseReportPageResponse.class)))
    HttpResponse<AbuseReportPageResponse> list(
            @Parameter(description = "which reports: OPEN (the default), UNLISTED or DISMISSED",
                    schema = @Schema(implementation = ReportStatus.class))
            @QueryValue @Nullable String status,
            @PageNumber @QueryValue @Nullable Integer page,
            @PageSize @QueryValue @Nullable Integer size,
            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var paging = PageRequest.of(page, size);
        return HttpResponse.ok(AbuseReportPageResponse.of(moderation.list(account, status(status), paging)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Post("/abuse-reports/{rid}/dismiss")
    @Operation(operationId = "dismissAbuseReport", summary = "Dismiss a report",
            description = "Administrators. The report is closed; nothing about what it reported changes.")
    @ApiResponse(responseCode = "200", description = "The dismissed report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AbuseReportResponse.class)))
    @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @ApiResponse(responseCode = "409", description = "The report is not open any more",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    AbuseReportResponse dismiss(@PathVariable String rid, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        return AbuseReportResponse.of(moderation.dismiss(account, ContentReportId.fromString(rid)));
    }

    @Put("/events/{id}/listing")
    @BodyProblems
    @Operation(operationId = "changeEventListing", summary = "Unlist an event, or list it again",
            description = """
                    Administrators. An unlisted event is left out of every public list and search, but its page \
                    still opens by link, and its team sees that an administrator unlisted it. Unlisting resolves \
                    the event's open reports as `UNLISTED`. Either may be repeated.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ListingRequest.class)))
    @ApiResponse(responseCode = "200", description = "The event's listing now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ListingResponse.class)))
    @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    ListingResponse changeListing(@PathVariable String id, @Body @Nullable String body, HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var eventId = EventId.fromString(id);
        return ListingResponse.of(moderation.changeEventListing(account, eventId, listed(body)));
    }

    @Put("/groups/{id}/listing")
    @BodyProblems
    @Operation(operationId = "changeGroupListing", summary = "Unlist a group, or list it again",
            description = """
                    Administrators. An unlisted group is left out of the group directory and search, but its page \
                    still opens by link for whoever may see it, its members stay and its owners and organizers see \
                    that an administrator unlisted it. Unlisting resolves the group's open reports as `UNLISTED`. \
                    Either may be repeated.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ListingRequest.class)))
    @ApiResponse(responseCode = "200", description = "The group's listing now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ListingResponse.class)))
    @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    ListingResponse changeGroupListing(@PathVariable String id, @Body @Nullable String body,
                                       HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var groupId = GroupAbuseReportController.groupId(id);
        return ListingResponse.of(moderation.changeGroupListing(account, groupId, listed(body)));
    }

    private boolean listed(@Nullable String body) {
        var listing = bodies.read(body, ListingRequest.class);
        if (listing.listed() == null) {
            throw InvalidInputException.of("listed", "is required: true or false");
        }
        return listing.listed();
    }

    private static ReportStatus status(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return ReportStatus.OPEN;
        }
        return Arrays.stream(ReportStatus.values()).filter(s -> s.name().equals(text.strip())).findFirst()
                .orElseThrow(() -> InvalidInputException.of("status", "must be OPEN, UNLISTED or DISMISSED"));
    }
}
