package org.mingle.api.groups;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mingle.api.accounts.CurrentAccount;
import org.mingle.api.accounts.TakesToken;
import org.mingle.api.events.EventPageResponse;
import org.mingle.api.idempotency.IdempotencyKey;
import org.mingle.api.idempotency.IdempotentRequests;
import org.mingle.api.problems.BodyProblems;
import org.mingle.api.problems.ProblemResponses;
import org.mingle.api.requests.JsonBodies;
import org.mingle.api.requests.PageNumber;
import org.mingle.api.requests.PageSize;
import org.mingle.domain.groups.Group;
import org.mingle.domain.groups.GroupMemberships;
import org.mingle.domain.groups.GroupNotFoundException;
import org.mingle.domain.groups.GroupService;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.GroupId;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.PageRequest;

/**
 * Groups: people join them to hear of their events; owners and organizers run them. A private group is for its
 * members: to anyone else every route about it answers 404.
 */
@Controller("/api/groups")
@Tag(name = "Groups")
@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
class GroupController {

    static final String CALENDAR_MEDIA_TYPE = "text/calendar; charset=utf-8";

    private final GroupService groups;
    private final GroupMemberships memberships;
    private final CurrentAccount currentAccount;
    private final IdempotentRequests idempotent;
    private final JsonBodies bodies;

    GroupController(GroupService groups, GroupMemberships memberships, CurrentAccount currentAccount,
                    IdempotentRequests idempotent, JsonBodies bodies) {
        this.groups = groups;
        this.memberships = memberships;
        this.currentAccount = currentAccount;
        this.idempotent = idempotent;
        this.bodies = bodies;
    }

    @Post
    @BodyProblems
    @TakesToken
    @Operation(operationId = "createGroup", summary = "Create a group",
            description = """
                    Signed in. The caller becomes its OWNER. A missing slug is derived from the name (accents \
                    dropped, other characters as dashes); a taken slug answers 409. One person owns at most 100 \
                    groups (422).""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GroupRequest.class)))
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GroupResponse.class)))
    @ApiResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @ApiResponse(responseCode = "422", ref = ProblemResponses.RULE_VIOLATED)
    HttpResponse<String> create(
            @Body @Nullable String body,
            @IdempotencyKey @Header(IdempotentRequests.HEADER) @Nullable String idempotencyKey,
            HttpRequest<?> request) {
        var owner = currentAccount.require(request);
        bodies.requireText(bodies.fields(body), GroupRequest.TEXT_FIELDS, GroupRequest.TEXT_ARRAY_FIELDS);
        var input = bodies.read(body, GroupRequest.class).toInput();
        var response = idempotent.run(request, owner, idempotencyKey, body, HttpStatus.CREATED,
                () -> view(groups.create(owner, input), Optional.of(owner)));
        return response.header(HttpHeaders.LOCATION, "/api/groups/" + idempotent.field(response.body(), "id"));
    }

    @Get
    @Operation(operationId = "listGroups", summary = "Find public groups",
            description = """
                    Anyone. Full text over name, topics, city and description in English and German, accents and \
                    case ignored, best match first (newest first without words); `topic` and `city` filter exactly, \
                    accents and case ignored; `city=online` finds the groups meeting online. Private groups never \
                    appear.""")
    GroupPageResponse list(
            @Parameter(description = "words (web-search syntax: quotes, or, -)") @QueryValue @Nullable String q,
            @Parameter(description = "one topic the group has") @QueryValue @Nullable String topic,
            @Parameter(description = "the group's city, or online") @QueryValue @Nullable String city,
            @PageNumber @QueryValue @Nullable Integer page,
            @PageSize @QueryValue @Nullable Integer size) {
        var found = groups.search(q, topic, city, PageRequest.of(page, size));
        var upcoming = groups.upcoming(found.items().stream().map(Group::id).toList());
        return new GroupPageResponse(found.items().stream()
                .map(g -> GroupResponse.of(g, upcoming.getOrDefault(g.id(), List.of()), Optional.empty())).toList(),
                found.page(), found.size(), found.total());
    }

    @Get("/{idOrSlug}")
    @TakesToken
    @Operation(operationId = "getGroup", summary = "Get one group by id or slug",
            description = "Public groups for anyone; private ones for their members (others get 404). Token optional.")
    @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    GroupResponse get(@PathVariable String idOrSlug, HttpRequest<?> request) {
        var viewer = currentAccount.find(request);
        var view = groups.get(viewer, idOrSlug);
        return GroupResponse.of(view.group(), groups.upcoming(view.group().id()), view.mine());
    }

    @Patch("/{id}")
    @BodyProblems
    @TakesToken
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "updateGroup", summary = "Change a group",
            description = """
                    Owners and organizers. Send only the fields to change. The slug cannot change (links to the \
                    group would break); making a group private hides it and its events from non-members.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GroupRequest.class)))
    @ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    GroupResponse update(@PathVariable String id, @Body @Nullable String body, HttpRequest<?> request) {
        var actor = currentAccount.require(request);
        bodies.requireText(bodies.fields(body), GroupRequest.TEXT_FIELDS, GroupRequest.TEXT_ARRAY_FIELDS);
        var input = bodies.read(body, GroupRequest.class).toInput();
        var changed = groups.update(actor, groupId(id), input);
        return view(changed, Optional.of(actor));
    }

    @Post("/{id}/members")
    @TakesToken
    @Operation(operationId = "joinGroup", summary = "Join a group, or ask to",
            description = """
                    Signed in. An open public group takes the caller at once (MEMBER); a group that approves its \
                    members, and any private group (whose id a member shared), queues a request (PENDING). Joining \
                    again answers the standing status.""")
    @ApiResponse(responseCode = "201", description = "Joined or asked", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MembershipResponse.Joined.class)))
    @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    HttpResponse<String> join(
            @PathVariable String id,
            @IdempotencyKey @Header(IdempotentRequests.HEADER) @Nullable String idempotencyKey,
            HttpRequest<?> request) {
        var account = currentAccount.require(request);
        var group = groupId(id);
        return idempotent.run(request, account, idempotencyKey, null, HttpStatus.CREATED,
                () -> MembershipResponse.Joined.of(memberships.join(account, group)));
    }

    @Delete("/{id}/members/me")
    @Status(HttpStatus.NO_CONTENT)
    @TakesToken
    @Operation(operationId = "leaveGroup", summary = "Leave a group or withdraw a request",
            description = "Signed in. Leaving a group one is not in changes nothing. The last owner cannot leave (409).")
    @ApiResponse(responseCode = "204", description = "Left")
    @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    void leave(@PathVariable String id, HttpRequest<?> request) {
        memberships.leave(currentAccount.require(request), groupId(id));
    }

    @Get("/{id}/members")
    @TakesToken
    @Operation(operationId = "listGroupMembers", summary = "Who belongs to the group",
            description = """
                    Members. Owners first, then organizers, then members, each by the time they joined; each \
                    person as far as their profile lets the caller see them.""")
    @ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    MemberResponse.PageResponse members(@PathVariable String id,
                                        @PageNumber @QueryValue @Nullable Integer page,
                                        @PageSize @QueryValue @Nullable Integer size,
                                        HttpRequest<?> request) {
        return MemberResponse.PageResponse.of(groups.members(currentAccount.require(request), groupId(id),
                PageRequest.of(page, size)));
    }

    @Post("/{id}/members/{accountId}/approve")
    @Status(HttpStatus.NO_CONTENT)
    @TakesToken
    @Operation(operationId = "approveGroupMember", summary = "Approve a request to join",
            description = "Owners and organizers. Approving someone who belongs already changes nothing.")
    @ApiResponse(responseCode = "204", description = "Approved")
    @ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    void approve(@PathVariable String id, @PathVariable String accountId, HttpRequest<?> request) {
        memberships.approve(currentAccount.require(request), groupId(id), account(accountId));
    }

    @Delete("/{id}/members/{accountId}")
    @Status(HttpStatus.NO_CONTENT)
    @TakesToken
    @Operation(operationId = "removeGroupMember", summary = "Remove a member, or decline a request to join",
            description = """
                    Owners take anyone out (another owner too, while one remains: the last owner answers 409); \
                    organizers take out members and decline requests, but not owners or organizers (403). The person \
                    may ask to join again. Someone who neither belongs nor asked answers 404; to leave oneself, \
                    `DELETE .../members/me`.""")
    @ApiResponse(responseCode = "204", description = "Removed or declined")
    @ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    void remove(@PathVariable String id, @PathVariable String accountId, HttpRequest<?> request) {
        memberships.remove(currentAccount.require(request), groupId(id), account(accountId));
    }

    @Put("/{id}/members/{accountId}")
    @BodyProblems
    @TakesToken
    @Operation(operationId = "changeGroupRole", summary = "Give a member another role",
            description = """
                    Owners. OWNER makes a co-owner. A group always keeps an owner: the last one cannot take \
                    another role (409); a pending request is approved first (409).""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RoleRequest.class)))
    @ApiResponse(responseCode = "200", description = "The membership", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MembershipResponse.class)))
    @ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    MembershipResponse changeRole(@PathVariable String id, @PathVariable String accountId,
                                  @Body @Nullable String body, HttpRequest<?> request) {
        var actor = currentAccount.require(request);
        bodies.requireText(bodies.fields(body), List.of("role"), List.of());
        var role = bodies.read(body, RoleRequest.class).toRole();
        return MembershipResponse.of(memberships.changeRole(actor, groupId(id), account(accountId), role));
    }

    @Get("/{id}/events")
    @TakesToken
    @Operation(operationId = "listGroupEvents", summary = "The group's events",
            description = """
                    As the group (private: members only). `upcoming` (default): not ended yet, soonest first; \
                    `past`: latest first. Published and completed events; owners and organizers see drafts too.""")
    @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    EventPageResponse events(@PathVariable String id,
                             @Parameter(description = "upcoming (default) or past")
                             @QueryValue @Nullable String when,
                             @PageNumber @QueryValue @Nullable Integer page,
                             @PageSize @QueryValue @Nullable Integer size,
                             HttpRequest<?> request) {
        boolean upcoming;
        if (when == null || when.equals("upcoming")) {
            upcoming = true;
        } else if (when.equals("past")) {
            upcoming = false;
        } else {
            throw InvalidInputException.of("when", "must be upcoming or past");
        }
        return EventPageResponse.of(groups.events(currentAccount.find(request), id, upcoming,
                PageRequest.of(page, size)));
    }

    @Get("/{id}/calendar.ics")
    @Produces(CALENDAR_MEDIA_TYPE)
    @TakesToken
    @Operation(operationId = "getGroupCalendar", summary = "The group's events as a subscribable calendar",
            description = """
                    An RFC 5545 feed of the group's published events, each in its own time zone, for calendar apps \
                    to subscribe to. As the group (private: members only). Token optional.""")
    @ApiResponse(responseCode = "200", description = "The calendar",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    HttpResponse<String> calendar(@PathVariable String id, HttpRequest<?> request) {
        return HttpResponse.ok(groups.calendar(currentAccount.find(request), id))
                .contentType(MediaType.of(CALENDAR_MEDIA_TYPE));
    }

    private GroupResponse view(Group group, Optional<AccountId> viewer) {
        var mine = viewer.flatMap(account -> groups.get(viewer, group.id().toString()).mine());
        return GroupResponse.of(group, groups.upcoming(group.id()), mine);
    }

    private static GroupId groupId(String text) {
        try {
            return new GroupId(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            throw new GroupNotFoundException(text);
        }
    }

    private static AccountId account(String text) {
        try {
            return new AccountId(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            throw InvalidInputException.of("accountId", "must be an account id");
        }
    }
}
