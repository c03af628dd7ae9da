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
import org.mingle.api.TestEvents;
import org.mingle.testsupport.MicronautPostgres;

/** Reporting events and unlisting them through the API: the answers, their problems and what the lists show. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModerationApiTest implements MicronautPostgres {

    private static final String ADMIN_EMAIL = TestAccounts.uniqueEmail("admin");
    private static final String INVALID_INPUT = "urn:mingle:problem:invalid-input";

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    private ApiClient anonymous;
    private Person admin;
    private Person owner;
    private Person attendee;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(MicronautPostgres.super.getProperties());
        properties.put("mingle.admin-emails", ADMIN_EMAIL.toUpperCase());
        return properties;
    }

    @BeforeAll
    void world() {
        anonymous = new ApiClient(server, json);
        admin = TestAccounts.signUpAndLogIn(anonymous, ADMIN_EMAIL, "Ada Admin");
        owner = TestAccounts.signUpAndLogIn(anonymous, "Olga Owner");
        attendee = TestAccounts.signUpAndLogIn(anonymous, "Alex Attendee");
    }

    @Test
    void meSaysWhoAdministers() {
        assertThat(admin.api().get("/api/me").object()).containsEntry("administrator", true);
        assertThat(attendee.api().get("/api/me").object()).containsEntry("administrator", false);
    }

    @Test
    void aReportIsFiledOnceAndARepeatAnswers409() {
        String title = "Report me " + UUID.randomUUID();
        String event = TestEvents.published(owner.api(), title, 10);

        var filed = report(attendee, event, "{\"reason\": \"FAKE_OR_TEST\", \"details\": \"Only a test.\"}");

        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(filed.object()).containsEntry("status", "OPEN").containsKey("id");
        var repeat = report(attendee, event, "{\"reason\": \"SPAM\"}");
        assertThat(repeat.problem(409).get("detail"))
                .isEqualTo("You have reported this event already; an administrator will look at your report.");

        var open = admin.api().get("/api/admin/abuse-reports?status=OPEN");
        assertThat(open.status()).as(open.body()).isEqualTo(200);
        assertThat(open.list("items")).anySatisfy(item -> {
            assertThat(item).containsEntry("id", filed.object().get("id")).containsEntry("reason", "FAKE_OR_TEST")
                    .containsEntry("details", "Only a test.");
            assertThat(item.get("subject")).isEqualTo(Map.of("kind", "EVENT", "id", event, "title", title));
            assertThat(((Map<?, ?>) item.get("reporter")).get("displayName")).isEqualTo("Alex Attendee");
        });

        var dismissed = admin.api().postEmpty("/api/admin/abuse-reports/" + filed.object().get("id") + "/dismiss");
        assertThat(dismissed.status()).as(dismissed.body()).isEqualTo(200);
        assertThat(dismissed.object()).containsEntry("status", "DISMISSED");
        admin.api().postEmpty("/api/admin/abuse-reports/" + filed.object().get("id") + "/dismiss").problem(409);
    }

    @Test
    void badReportsAnswerProblemsNamingTheFields() {
        String event = TestEvents.published(owner.api(), "Bad reports " + UUID.randomUUID(), 10);

        report(attendee, event, "{\"reason\": \"BORING\", \"details\": \"" + "x".repeat(1001) + "\"}")
                .fieldErrors(INVALID_INPUT, "reason", "details");
        report(attendee, event, "{}").fieldErrors(INVALID_INPUT, "reason");
        assertThat(report(attendee, event, "{\"reason\": \"SPAM\", \"extra\": 1}").problem(400).get("type"))
                .isEqualTo("urn:mingle:problem:malformed-request");
        report(attendee, event, "{\"reason\": 3}").problem(400);
        report(owner, event, "{\"reason\": \"SPAM\"}").problem(403);
        admin.api().get("/api/admin/abuse-reports?status=CLOSED").fieldErrors(INVALID_INPUT, "status");
        admin.api().putJson("/api/admin/events/" + event + "/listing", "{\"listed\": \"false\"}")
                .fieldErrors("urn:mingle:problem:malformed-request", "listed");
        admin.api().putJson("/api/admin/events/" + event + "/listing", "{}").fieldErrors(INVALID_INPUT, "listed");
    }

    @Test
    void theTwentyFirstReportOfADayAnswers429WithRetryAfter() {
        var busy = TestAccounts.signUpAndLogIn(anonymous, "Rita Reporter");
        for (int i = 0; i < 20; i++) {
            String event = TestEvents.published(owner.api(), "Limit " + i + " " + UUID.randomUUID(), 10);
            assertThat(report(busy, event, "{\"reason\": \"SPAM\"}").status()).isEqualTo(201);
        }
        String event = TestEvents.published(owner.api(), "Limit extra " + UUID.randomUUID(), 10);

        var refused = report(busy, event, "{\"reason\": \"SPAM\"}");

        assertThat(refused.problem(429).get("detail")).asString().startsWith("You can file 20 reports a day.");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(23 * 3600L, 24 * 3600L);
    }

    @Test
    void anUnlistedEventLeavesTheListButOpensByLinkAndIsListedAgain() {
        String title = "Unlist me " + UUID.randomUUID();
        String event = TestEvents.published(owner.api(), title, 10);
        String words = "/api/events?q=" + title.substring(title.lastIndexOf(' ') + 1);
        assertThat(anonymous.get(words).list("items")).extracting(item -> item.get("id")).containsExactly(event);
        var filed = report(attendee, event, "{\"reason\": \"FAKE_OR_TEST\"}");

        var unlisted = admin.api().putJson("/api/admin/events/" + event + "/listing", "{\"listed\": false}");

        assertThat(unlisted.status()).as(unlisted.body()).isEqualTo(200);
        assertThat(unlisted.object()).containsEntry("listed", false).containsKey("unlistedAt");
        assertThat(anonymous.get(words).list("items")).isEmpty();
        assertThat(anonymous.get("/api/events/" + event).status()).isEqualTo(200);
        assertThat(admin.api().get("/api/admin/abuse-reports?status=UNLISTED").list("items"))
                .anySatisfy(item -> assertThat(item).containsEntry("id", filed.object().get("id")));

        var listed = admin.api().putJson("/api/admin/events/" + event + "/listing", "{\"listed\": true}");
        assertThat(listed.object()).containsEntry("listed", true).containsEntry("unlistedAt", null);
        assertThat(anonymous.get(words).list("items")).extracting(item -> item.get("id")).containsExactly(event);
    }

    private static Reply report(Person person, String event, String body) {
        return person.api().postJson("/api/events/" + event + "/abuse-reports", body);
    }
}
