package org.mingle.api.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import org.mingle.api.accounts.CurrentAccount;
import org.mingle.api.accounts.TakesToken;
import org.mingle.api.events.EventResponse;
import org.mingle.api.groups.GroupResponse;
import org.mingle.api.problems.ProblemResponses;
import org.mingle.api.requests.PageSize;
import org.mingle.domain.events.EventSearch;
import org.mingle.domain.events.EventService;
import org.mingle.domain.groups.Group;
import org.mingle.domain.groups.GroupService;
import org.mingle.domain.shared.PageRequest;

/**
 * One search box for everything public: the best upcoming published events and the best public groups for the same
 * words, each list ranked by the feature that owns it. Paging stays with each list's own route.
 */
@Controller("/api/search")
@Tag(name = "Search")
@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
class SearchController {

    private final EventService events;
    private final GroupService groups;
    private final CurrentAccount currentAccount;

    SearchController(EventService events, GroupService groups, CurrentAccount currentAccount) {
        this.events = events;
        this.groups = groups;
        this.currentAccount = currentAccount;
    }

    @Get
    @TakesToken
    @Operation(operationId = "search", summary = "Search published events and public groups",
            description = """
                    Anyone. Full text in English and German, accents and case ignored, best matches first: upcoming \
                    published events (as `GET /api/events?q=`, a signed-in caller's groups' events first) and public \
                    groups (as `GET /api/groups?q=`). Without words, the soonest events and the newest groups. \
                    `size` (default 20, at most 100) caps each list; page further with those two routes.""")
    SearchResponse search(
            @Parameter(description = "words (web-search syntax: quotes, or, -)",
                    schema = @Schema(maxLength = EventSearch.TEXT_MAX))
            @QueryValue @Nullable String q,
            @PageSize @QueryValue @Nullable Integer size,
            HttpRequest<?> request) {
        var first = PageRequest.of(0, size);
        var viewer = currentAccount.find(request);
        var foundEvents = events.listUpcoming(viewer, EventSearch.forText(q), first);
        var foundGroups = groups.search(q, null, null, first);
        var upcoming = groups.upcoming(foundGroups.items().stream().map(Group::id).toList());
        return new SearchResponse(
                foundEvents.items().stream().map(EventResponse::of).toList(),
                foundGroups.items().stream()
                        .map(group -> GroupResponse.of(group, upcoming.getOrDefault(group.id(), List.of()),
                                Optional.empty()))
                        .toList());
    }
}
