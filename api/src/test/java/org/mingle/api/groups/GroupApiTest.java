package org.mingle.api.groups;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.api.ApiClient;
import org.mingle.api.TestAccounts.Person;
import org.mingle.api.TestAccounts;
import org.mingle.api.TestEvents;
import org.mingle.testsupport.MicronautPostgres;

/** The groups routes of shared/API.md, end to end over HTTP. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupApiTest implements MicronautPostgres {

    private static final String INVALID = "urn:mingle:problem:invalid-input";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private ApiClient anonymous;
    private Person owner;
    private Person member;
    private Person stranger;

    @BeforeAll
    void people() {
        anonymous = new ApiClient(server, json);
        owner = TestAccounts.signUpAndLogIn(anonymous, "Gale Groupowner");
        member = TestAccounts.signUpAndLogIn(anonymous, "Milo Member");
        stranger = TestAccounts.signUpAndLogIn(anonymous, "Stella Stranger");
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private Map<String, Object> create(String body) {
        var created = owner.api().postJson("/api/groups", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/groups/" + created.object().get("id"));
        return created.object();
    }

    @Test
    void createsAGroupWithADerivedSlugAndRefusesATakenOneClearly() {
        String name = "Café Zürich Founders " + unique();
        var group = create("""
                {"name": "%s", "description": "Monthly breakfasts", "topics": ["Startups", "Coffee"],
                 "city": "Zürich", "joinPolicy": "OPEN", "visibility": "PUBLIC"}
                """.formatted(name));
        assertThat((String) group.get("slug")).startsWith("cafe-zurich-founders-");
        assertThat(group).containsEntry("memberCount", 1).containsEntry("city", "Zürich")
                .containsEntry("topics", List.of("Startups", "Coffee"));
        assertThat(group.get("membership")).isEqualTo(Map.of("accountId", owner.id(), "role", "OWNER",
                "status", "MEMBER"));

        var taken = stranger.api().postJson("/api/groups", "{\"name\": \"" + name + "\"}");
        assertThat((String) taken.problem(409).get("detail")).contains("/g/" + group.get("slug"));

        var bySlug = anonymous.get("/api/groups/" + group.get("slug"));
        assertThat(bySlug.status()).isEqualTo(200);
        assertThat(bySlug.object()).containsEntry("id", group.get("id")).containsEntry("membership", null);
    }

    @Test
    void refusesBadInputFieldByField() {
        owner.api().postJson("/api/groups", """
                {"name": "", "slug": "Bad Slug", "topics": ["%s"], "joinPolicy": "SOMETIMES"}
                """.formatted("t".repeat(41))).fieldErrors(INVALID, "name", "slug", "topics", "joinPolicy");
        owner.api().postJson("/api/groups", "{\"name\": \"X\", \"colour\": \"red\"}").problem(400);
        owner.api().postJson("/api/groups", "{\"name\": 42}").problem(400);
        anonymous.postJson("/api/groups", "{\"name\": \"Nobody's\"}").problem(401);
        anonymous.get("/api/groups/" + UUID.randomUUID() + "/events?when=tomorrow").fieldErrors(INVALID, "when");
        anonymous.get("/api/groups/" + UUID.randomUUID() + "/events").problem(404);
    }

    @Test
    void searchFindsPublicGroupsAccentsAndCaseIgnoredAndNeverPrivateOnes() {
        String word = "Wombat" + unique().replaceAll("[0-9]", "q");
        var open = create("""
                {"name": "%s Köln Makers", "topics": ["Löten"], "city": "Köln"}
                """.formatted(word));
        create("""
                {"name": "%s Köln Secret", "topics": ["Löten"], "city": "Köln", "visibility": "PRIVATE"}
                """.formatted(word));

        for (var query : List.of("q=" + word.toLowerCase() + "%20koln", "q=" + word + "&topic=LOTEN&city=koln")) {
            var found = anonymous.get("/api/groups?" + query);
            assertThat(found.status()).as(found.body()).isEqualTo(200);
            assertThat(found.list("items")).as(query).extracting(g -> g.get("id")).containsExactly(open.get("id"));
            assertThat(found.object()).containsEntry("total", 1);
        }
    }

    @Test
    void membersJoinLeaveAndAreApprovedAndTheLastOwnerStays() {
        var group = create("{\"name\": \"Approval circle " + unique() + "\", \"joinPolicy\": \"APPROVAL\"}");
        String id = (String) group.get("id");

        var joined = member.api().postEmpty("/api/groups/" + id + "/members");
        assertThat(joined.status()).isEqualTo(201);
        assertThat(joined.object()).isEqualTo(Map.of("status", "PENDING"));
        member.api().get("/api/groups/" + id + "/members").problem(403);
        stranger.api().postEmpty("/api/groups/" + id + "/members/" + member.id() + "/approve").problem(403);

        assertThat(owner.api().postEmpty("/api/groups/" + id + "/members/" + member.id() + "/approve").status())
                .isEqualTo(204);
        var members = member.api().get("/api/groups/" + id + "/members");
        assertThat(members.status()).isEqualTo(200);
        assertThat(members.list("items")).extracting(m -> m.get("displayName"))
                .containsExactly(owner.displayName(), member.displayName());
        assertThat(members.object()).containsKeys("page", "size", "total");

        member.api().putJson("/api/groups/" + id + "/members/" + owner.id(), "{\"role\": \"MEMBER\"}").problem(403);
        owner.api().putJson("/api/groups/" + id + "/members/" + owner.id(), "{\"role\": \"MEMBER\"}").problem(409);
        owner.api().putJson("/api/groups/" + id + "/members/" + member.id(), "{\"role\": \"BOSS\"}")
                .fieldErrors(INVALID, "role");
        owner.api().delete("/api/groups/" + id + "/members/me").problem(409);

        var promoted = owner.api().putJson("/api/groups/" + id + "/members/" + member.id(), "{\"role\": \"ORGANIZER\"}");
        assertThat(promoted.status()).as(promoted.body()).isEqualTo(200);
        assertThat(promoted.object()).containsEntry("role", "ORGANIZER");

        assertThat(member.api().delete("/api/groups/" + id + "/members/me").status()).isEqualTo(204);
        member.api().get("/api/groups/" + id + "/members").problem(403);
    }

    @Test
    void organizersDeclineRequestsAndRemoveMembersOwnersRemoveOrganizersAndAnOwnerStays() {
        var group = create("{\"name\": \"Removal circle " + unique() + "\", \"joinPolicy\": \"APPROVAL\"}");
        String id = (String) group.get("id");
        String members = "/api/groups/" + id + "/members/";
        member.api().postEmpty("/api/groups/" + id + "/members");
        owner.api().postEmpty(members + member.id() + "/approve");
        owner.api().putJson(members + member.id(), "{\"role\": \"ORGANIZER\"}");
        stranger.api().postEmpty("/api/groups/" + id + "/members");
        var late = TestAccounts.signUpAndLogIn(anonymous, "Lars Late");
        late.api().postEmpty("/api/groups/" + id + "/members");
        owner.api().postEmpty(members + late.id() + "/approve");

        stranger.api().delete(members + late.id()).problem(403);
        member.api().delete(members + owner.id()).problem(403);
        owner.api().delete(members + owner.id()).problem(409);
        owner.api().delete(members + UUID.randomUUID()).problem(404);
        owner.api().delete(members + "someone").fieldErrors(INVALID, "accountId");
        anonymous.delete(members + late.id()).problem(401);

        // The organizer declines the stranger's request and takes the late member out.
        assertThat(member.api().delete(members + stranger.id()).status()).isEqualTo(204);
        assertThat(member.api().delete(members + late.id()).status()).isEqualTo(204);
        assertThat(owner.api().delete(members + member.id()).status()).isEqualTo(204);
        assertThat(owner.api().get("/api/groups/" + id + "/members").list("items"))
                .extracting(m -> m.get("displayName")).containsExactly(owner.displayName());
        // Leaving oneself is still ".../members/me", not an account called "me".
        assertThat(stranger.api().delete("/api/groups/" + id + "/members/me").status()).isEqualTo(204);
        assertThat(stranger.api().postEmpty("/api/groups/" + id + "/members").object())
                .isEqualTo(Map.of("status", "PENDING"));
    }

    @Test
    void groupEventsAreCreatedByOrganizersListedAndSubscribable() {
        var group = create("{\"name\": \"Events circle " + unique() + "\"}");
        String id = (String) group.get("id");
        member.api().postEmpty("/api/groups/" + id + "/members");

        String body = TestEvents.with(TestEvents.json("Circle night " + unique(), 10), "\"groupId\": \"" + id + "\"");
        member.api().postJson("/api/events", body).problem(403);
        stranger.api().postJson("/api/events", body).problem(403);
        String event = TestEvents.published(owner.api(), body);

        var upcoming = anonymous.get("/api/groups/" + id + "/events?when=upcoming");
        assertThat(upcoming.status()).isEqualTo(200);
        assertThat(upcoming.list("items")).extracting(e -> e.get("id")).containsExactly(event);
        assertThat(anonymous.get("/api/groups/" + id + "/events?when=past").list("items")).isEmpty();
        assertThat(anonymous.get("/api/groups/" + group.get("slug")).list("upcomingEvents"))
                .extracting(e -> e.get("id")).containsExactly(event);

        var calendar = anonymous.get("/api/groups/" + id + "/calendar.ics");
        assertThat(calendar.status()).isEqualTo(200);
        assertThat(calendar.header("Content-Type")).startsWith("text/calendar");
        assertThat(calendar.body()).contains("BEGIN:VCALENDAR").contains("UID:" + event + "@mingle");

        var notices = member.api().get("/api/me/notifications");
        assertThat(notices.list("items")).anySatisfy(n -> assertThat(n).containsEntry("kind", "GROUP_EVENT_PUBLISHED"));
    }

    @Test
    void aPrivateGroupIsNotFoundForOutsidersItsEventsNeither() {
        var group = create("{\"name\": \"Hidden circle " + unique() + "\", \"visibility\": \"PRIVATE\"}");
        String id = (String) group.get("id");
        String event = TestEvents.published(owner.api(), TestEvents.with(TestEvents.json("Hidden night", 10),
                "\"groupId\": \"" + id + "\""));

        anonymous.get("/api/groups/" + group.get("slug")).problem(404);
        stranger.api().get("/api/groups/" + id).problem(404);
        stranger.api().get("/api/groups/" + id + "/events").problem(404);
        stranger.api().get("/api/groups/" + id + "/calendar.ics").problem(404);
        stranger.api().get("/api/events/" + event).problem(404);

        var asked = stranger.api().postEmpty("/api/groups/" + id + "/members");
        assertThat(asked.object()).isEqualTo(Map.of("status", "PENDING"));
        stranger.api().get("/api/groups/" + id).problem(404);
        owner.api().postEmpty("/api/groups/" + id + "/members/" + stranger.id() + "/approve");
        assertThat(stranger.api().get("/api/events/" + event).status()).isEqualTo(200);
    }

    @Test
    void organizersChangeTheGroupButNotItsSlug() {
        var group = create("{\"name\": \"Patch circle " + unique() + "\"}");
        String id = (String) group.get("id");
        var changed = owner.api().patchJson("/api/groups/" + id, "{\"description\": \"Now with talks\"}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.object()).containsEntry("description", "Now with talks")
                .containsEntry("name", group.get("name"));
        owner.api().patchJson("/api/groups/" + id, "{\"slug\": \"other-" + unique() + "\"}")
                .fieldErrors(INVALID, "slug");
        stranger.api().patchJson("/api/groups/" + id, "{\"description\": \"Mine now\"}").problem(403);
    }
}
