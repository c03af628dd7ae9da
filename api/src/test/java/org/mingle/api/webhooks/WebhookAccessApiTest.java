package org.mingle.api.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mingle.api.ApiClient.Reply;
import org.mingle.api.ApiClient;
import org.mingle.api.TestAccounts.Person;
import org.mingle.api.TestAccounts;
import org.mingle.api.TestEvents;
import org.mingle.testsupport.MicronautPostgres;

/**
 * Who may manage an event's webhooks, and which addresses they may point at, with the default setting: private
 * addresses refused.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookAccessApiTest implements MicronautPostgres {

    /** Public, and public without asking a name server (TEST-NET-3, RFC 5737). */
    private static final String PUBLIC_URL = "https://203.0.113.7/hooks/mingle";

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    private ApiClient anonymous;
    private Person owner;
    private Person coOrganizer;
    private Person staff;
    private Person attendee;
    private Person stranger;
    private String event;
    private String draft;

    @BeforeAll
    void world() {
        anonymous = new ApiClient(server, json);
        owner = TestAccounts.signUpAndLogIn(anonymous, "Olga Owner");
        coOrganizer = TestAccounts.signUpAndLogIn(anonymous, "Cora Coorganizer");
        staff = TestAccounts.signUpAndLogIn(anonymous, "Stan Staff");
        attendee = TestAccounts.signUpAndLogIn(anonymous, "Ada Attendee");
        stranger = TestAccounts.signUpAndLogIn(anonymous, "Sam Stranger");
        event = TestEvents.published(owner.api(), "Webhook access", 10);
        draft = TestEvents.create(owner.api(), TestEvents.json("Webhook draft", 10));
        for (String id : List.of(event, draft)) {
            TestEvents.addToTeam(owner.api(), id, coOrganizer.email(), "CO_ORGANIZER");
            TestEvents.addToTeam(owner.api(), id, staff.email(), "CHECKIN_STAFF");
        }
        TestEvents.registerConfirmed(attendee.api(), event);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/x", "http://10.1.2.3/", "http://[::1]/", "http://169.254.169.254/",
            "http://192.168.1.10:8080/hook", "http://172.16.0.1/", "http://0.0.0.0/", "http://[fd00::1]/",
            "http://[fe80::1]/", "http://224.0.0.1/", "http://localhost/hook", "http://[::ffff:127.0.0.1]/"})
    void anAddressThatIsNotPublicIsRefusedWith400NamingTheUrl(String url) {
        var reply = owner.api().postJson(webhooks(event), body(url));

        assertRefusedUrl(reply, "non-public");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.org/hook", "file:///etc/passwd", "https://user:secret@example.org/",
            "example.org/hook", "https://", "http://exa mple.org/"})
    void anAddressThatIsNoHttpAddressWithoutUserIsRefusedWith400(String url) {
        var reply = owner.api().postJson(webhooks(event), body(url));

        assertRefusedUrl(reply, "");
    }

    @Test
    void unknownOrNoTypesAreRefusedWith400NamingTheTypes() {
        for (String types : List.of("[]", "[\"registration.deleted\"]", "[\"REGISTRATION_CREATED\"]")) {
            var reply = owner.api().postJson(webhooks(event), "{\"url\": \"" + PUBLIC_URL + "\", \"types\": "
                    + types + "}");
            assertThat(reply.status()).as(types + " " + reply.body()).isEqualTo(400);
            assertThat(reply.body()).contains("\"field\":\"types\"");
        }
        var wrongType = owner.api().postJson(webhooks(event), "{\"url\": 42, \"types\": [\"event.updated\"]}");
        assertThat(wrongType.status()).isEqualTo(400);
        var unknownField = owner.api().postJson(webhooks(event), "{\"url\": \"" + PUBLIC_URL
                + "\", \"types\": [\"event.updated\"], \"secret\": \"mine\"}");
        assertThat(unknownField.status()).isEqualTo(400);
    }

    @Test
    void theOwnerAndCoOrganizersManageWebhooks() {
        for (var organizer : List.of(owner, coOrganizer)) {
            var created = organizer.api().postJson(webhooks(event), body(PUBLIC_URL));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String webhook = webhooks(event) + "/" + created.object().get("id");
            assertThat(organizer.api().get(webhooks(event)).status()).isEqualTo(200);
            assertThat(organizer.api().get(webhook + "/deliveries").status()).isEqualTo(200);
            assertThat(organizer.api().delete(webhook).status()).isEqualTo(204);
        }
    }

    @Test
    void attendeesStaffAndStrangersGet403OnAPublishedEvent404OnADraftAndNobodyGets401() {
        var created = owner.api().postJson(webhooks(event), body(PUBLIC_URL));
        String webhook = webhooks(event) + "/" + created.object().get("id");
        var draftHook = owner.api().postJson(webhooks(draft), body(PUBLIC_URL));
        String draftWebhook = webhooks(draft) + "/" + draftHook.object().get("id");

        for (var caller : List.of(attendee, staff, stranger)) {
            assertAll(caller.api(), event, webhook, 403);
        }
        assertAll(stranger.api(), draft, draftWebhook, 404);
        assertAll(attendee.api(), draft, draftWebhook, 404);
        assertAll(staff.api(), draft, draftWebhook, 403);
        assertAll(anonymous, event, webhook, 401);
        assertThat(owner.api().get(webhooks(event)).object()).extracting(page -> page.get("total")).isEqualTo(1);
    }

    private static void assertAll(ApiClient caller, String event, String webhook, int status) {
        var replies = Map.of(
                "create", caller.postJson(webhooks(event), body(PUBLIC_URL)),
                "list", caller.get(webhooks(event)),
                "deliveries", caller.get(webhook + "/deliveries"),
                "delete", caller.delete(webhook));
        replies.forEach((call, reply) -> {
            assertThat(reply.status()).as(call + " " + reply.body()).isEqualTo(status);
            assertThat(reply.header("Content-Type")).as(call).startsWith("application/problem+json");
        });
    }

    private static void assertRefusedUrl(Reply reply, String messagePart) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        @SuppressWarnings("unchecked")
        var errors = (List<Map<String, Object>>) reply.object().get("errors");
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error).containsEntry("field", "url");
            assertThat((String) error.get("message")).contains(messagePart);
        });
    }

    private static String webhooks(String event) {
        return "/api/events/" + event + "/webhooks";
    }

    private static String body(String url) {
        return "{\"url\": \"" + url + "\", \"types\": [\"registration.created\", \"event.updated\"]}";
    }
}
