package org.mingle.api.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.api.ApiClient.Reply;
import org.mingle.api.ApiClient;
import org.mingle.api.TestAccounts.Person;
import org.mingle.api.TestAccounts;
import org.mingle.testsupport.MicronautPostgres;

/** Reporting groups and unlisting them through the API: the answers, their problems and what the lists show. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupModerationApiTest implements MicronautPostgres {

    private static final String ADMIN_EMAIL = TestAccounts.uniqueEmail("admin");
    private static final String INVALID_INPUT = "urn:mingle:problem:invalid-input";

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    private ApiClient anonymous;
    private Person admin;
    private Person owner;
    private Person member;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(MicronautPostgres.super.getProperties());
        properties.put("mingle.admin-emails", ADMIN_EMAIL);
        return properties;
    }

    @BeforeAll
    void world() {
        anonymous = new ApiClient(server, json);
        admin = TestAccounts.signUpAndLogIn(anonymous, ADMIN_EMAIL, "Ada Admin");
        owner = TestAccounts.signUpAndLogIn(anonymous, "Olga Owner");
        member = TestAccounts.signUpAndLogIn(anonymous, "Mel Member");
    }

    /** A new group of the owner's, the member in it; answers its id. */
    private String group(String name, String visibility) {
        var created = owner.api().postJson("/api/groups", """
                {"name": "%s", "visibility": "%s", "topics": ["giveaways"]}
                """.formatted(name, visibility));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = (String) created.object().get("id");
        member.api().postEmpty("/api/groups/" + id + "/members");
        owner.api().postEmpty("/api/groups/" + id + "/members/" + member.id() + "/approve");
        return id;
    }

    @Test
    void aGroupIsReportedOnceAndTheAdministratorsSeeItUnderItsName() {
        String name = "Giveaway circle " + UUID.randomUUID();
        String group = group(name, "PUBLIC");

        var filed = report(member, group, "{\"reason\": \"SPAM\", \"details\": \"Scam.\"}");

        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(filed.object()).containsEntry("status", "OPEN");
        assertThat(report(member, group, "{\"reason\": \"OTHER\"}").problem(409).get("detail"))
                .isEqualTo("You have reported this group already; an administrator will look at your report.");
        assertThat(admin.api().get("/api/admin/abuse-reports").list("items")).anySatisfy(item -> {
            assertThat(item).containsEntry("id", filed.object().get("id")).containsEntry("details", "Scam.");
            assertThat(item.get("subject")).isEqualTo(Map.of("kind", "GROUP", "id", group, "title", name));
        });
    }

    @Test
    void badReportsAnswerProblemsAndTheOwnerCannotReportTheGroup() {
        String group = group("Bad report circle " + UUID.randomUUID(), "PUBLIC");
        String hidden = group("Hidden circle " + UUID.randomUUID(), "PRIVATE");
        var outsider = TestAccounts.signUpAndLogIn(anonymous, "Otto Outsider");

        report(member, group, "{\"reason\": \"BORING\"}").fieldErrors(INVALID_INPUT, "reason");
        assertThat(report(member, group, "{\"reason\": \"SPAM\", \"extra\": 1}").problem(400).get("type"))
                .isEqualTo("urn:mingle:problem:malformed-request");
        report(owner, group, "{\"reason\": \"SPAM\"}").problem(403);
        report(outsider, hidden, "{\"reason\": \"SPAM\"}").problem(404);
        report(outsider, "not-a-group", "{\"reason\": \"SPAM\"}").problem(404);
        assertThat(anonymous.postJson("/api/groups/" + group + "/abuse-reports", "{\"reason\": \"SPAM\"}").status())
                .isEqualTo(401);
        admin.api().putJson("/api/admin/groups/" + group + "/listing", "{}").fieldErrors(INVALID_INPUT, "listed");
        admin.api().putJson("/api/admin/groups/" + UUID.randomUUID() + "/listing", "{\"listed\": false}")
                .problem(404);
        owner.api().putJson("/api/admin/groups/" + group + "/listing", "{\"listed\": false}").problem(403);
    }

    @Test
    void anUnlistedGroupLeavesTheDirectoryAndSearchButOpensByLinkAndIsListedAgain() {
        String word = "Unlistable" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String group = group(word + " circle", "PUBLIC");
        assertThat(ids(anonymous.get("/api/groups?q=" + word), "items")).containsExactly(group);
        assertThat(ids(anonymous.get("/api/search?q=" + word), "groups")).containsExactly(group);
        var filed = report(member, group, "{\"reason\": \"FAKE_OR_TEST\"}");

        var unlisted = admin.api().putJson("/api/admin/groups/" + group + "/listing", "{\"listed\": false}");

        assertThat(unlisted.status()).as(unlisted.body()).isEqualTo(200);
        assertThat(unlisted.object()).containsEntry("listed", false).containsKey("unlistedAt");
        assertThat(ids(anonymous.get("/api/groups?q=" + word), "items")).isEmpty();
        assertThat(ids(anonymous.get("/api/search?q=" + word), "groups")).isEmpty();
        assertThat(anonymous.get("/api/groups/" + group).status()).isEqualTo(200);
        assertThat(member.api().get("/api/groups/" + group + "/members").status()).isEqualTo(200);
        assertThat(admin.api().get("/api/admin/abuse-reports?status=UNLISTED").list("items"))
                .anySatisfy(item -> assertThat(item).containsEntry("id", filed.object().get("id")));

        var listed = admin.api().putJson("/api/admin/groups/" + group + "/listing", "{\"listed\": true}");
        assertThat(listed.object()).containsEntry("listed", true).containsEntry("unlistedAt", null);
        assertThat(ids(anonymous.get("/api/groups?q=" + word), "items")).containsExactly(group);
    }

    private static Reply report(Person person, String group, String body) {
        return person.api().postJson("/api/groups/" + group + "/abuse-reports", body);
    }

    private static java.util.List<Object> ids(Reply reply, String list) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.list(list).stream().map(item -> item.get("id")).toList();
    }
}
