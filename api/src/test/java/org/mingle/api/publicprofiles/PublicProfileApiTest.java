package org.mingle.api.publicprofiles;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
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

/** Public profiles over HTTP: the settings on one's own profile, and what anyone sees at a handle. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicProfileApiTest implements MicronautPostgres {

    private static final String LAYERED = """
            {"headline": "Building heat pumps", "bio": "Ten years in HVAC.", "company": "Warmth GmbH",
             "interests": ["Heat pumps"], "links": ["https://warmth.example/olaf"],
             "visibility": {"headline": "PUBLIC", "bio": "ATTENDEES", "company": "CONNECTIONS",
                            "interests": "PUBLIC", "links": "PRIVATE"},
             "handle": "%s", "publicProfile": %s}
            """;

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    private ApiClient anonymous;

    @BeforeAll
    void client() {
        anonymous = new ApiClient(server, json);
    }

    @Test
    void theSettingsAreOffUntilChosenAndKeptWhenLeftOut() {
        var nora = TestAccounts.signUpAndLogIn(anonymous, "Nora New");

        assertThat(nora.api().get("/api/me/profile").object()).containsEntry("handle", null)
                .containsEntry("publicProfile", false).containsEntry("allowSearchEngines", false)
                .containsEntry("publicPageUrl", null);

        var saved = nora.api().putJson("/api/me/profile", LAYERED.formatted("Nora-New", "true"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.object()).containsEntry("handle", "nora-new").containsEntry("publicProfile", true)
                .containsEntry("allowSearchEngines", false);
        assertThat((String) saved.object().get("publicPageUrl")).endsWith("/p/nora-new");

        // A client that knows nothing of public pages saves the profile without the three fields.
        var older = nora.api().putJson("/api/me/profile", "{\"headline\": \"Still here\"}");
        assertThat(older.object()).containsEntry("handle", "nora-new").containsEntry("publicProfile", true);
    }

    @Test
    void anyoneSeesOnlyThePublicFieldsWithCachingHeaders() {
        var olaf = TestAccounts.signUpAndLogIn(anonymous, "Olaf Open");
        olaf.api().putJson("/api/me/profile", LAYERED.formatted("olaf-open", "true"));

        var reply = anonymous.get("/api/public/profiles/OLAF-OPEN");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.object()).containsOnlyKeys("handle", "displayName", "headline", "interests", "pageUrl",
                        "record", "endorsements")
                .containsEntry("handle", "olaf-open").containsEntry("displayName", "Olaf Open")
                .containsEntry("headline", "Building heat pumps").containsEntry("interests", List.of("Heat pumps"))
                .containsEntry("endorsements", List.of());
        assertThat(reply.object().get("record")).isEqualTo(Map.of(
                "eventsAttended", Map.of("total", 0, "events", List.of()),
                "eventsOrganized", Map.of("total", 0, "events", List.of()),
                "talks", List.of()));
        assertThat(reply.body()).doesNotContain("Warmth", "HVAC", "warmth.example", olaf.id());
        assertThat(reply.header("Cache-Control")).isEqualTo("public, max-age=60");
        String etag = reply.header("ETag");
        assertThat(etag).matches("\"[0-9a-f]{24}\"");

        var again = anonymous.getBytes("/api/public/profiles/olaf-open", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        // Signed in or not, the answer is the same.
        assertThat(TestAccounts.signUpAndLogIn(anonymous, "Sam Stranger").api().get("/api/public/profiles/olaf-open")
                .body()).isEqualTo(reply.body());
    }

    @Test
    void aPrivatePageAnUnknownHandleAndAMalformedOneAnswerAlike() {
        var quiet = TestAccounts.signUpAndLogIn(anonymous, "Quinn Quiet");
        quiet.api().putJson("/api/me/profile", LAYERED.formatted("quinn-quiet", "false"));

        var hidden = anonymous.get("/api/public/profiles/quinn-quiet");
        var unknown = anonymous.get("/api/public/profiles/nobody-" + UUID.randomUUID().toString().substring(0, 8));
        var malformed = anonymous.get("/api/public/profiles/x");

        // Alike but for each answer's own request id.
        var problem = withoutRequestId(hidden.problem(404));
        assertThat(withoutRequestId(unknown.problem(404))).isEqualTo(problem);
        assertThat(withoutRequestId(malformed.problem(404))).isEqualTo(problem);
        assertThat(withoutRequestId(anonymous.get("/api/public/profiles/quinn-quiet/photo").problem(404)))
                .isEqualTo(problem);
    }

    @Test
    void aTakenHandleIsAConflictAndABadOneAFieldError() {
        var first = TestAccounts.signUpAndLogIn(anonymous, "Tara Taken");
        first.api().putJson("/api/me/profile", "{\"handle\": \"tara\"}");
        var second = TestAccounts.signUpAndLogIn(anonymous, "Tara Too");

        var taken = second.api().putJson("/api/me/profile", "{\"handle\": \"Tara\", \"headline\": \"Mine\"}");
        assertThat(taken.problem(409).get("detail")).isEqualTo("The handle tara is taken; choose another.");
        assertThat(second.api().get("/api/me/profile").object()).containsEntry("headline", "");

        second.api().putJson("/api/me/profile", "{\"handle\": \"admin\", \"publicProfile\": true}")
                .fieldErrors("urn:mingle:problem:invalid-input", "handle");
        second.api().putJson("/api/me/profile", "{\"publicProfile\": true}")
                .fieldErrors("urn:mingle:problem:invalid-input", "publicProfile");
        second.api().putJson("/api/me/profile", "{\"publicProfile\": \"yes\"}").problem(400);
    }

    @Test
    void onlyAnAttendedEventGoesOnTheRecord() {
        Person organizer = TestAccounts.signUpAndLogIn(anonymous, "Orla Organizer");
        String event = TestEvents.published(organizer.api(), "Record night", 10);
        var guest = TestAccounts.signUpAndLogIn(anonymous, "Gil Guest");
        TestEvents.registerConfirmed(guest.api(), event);

        assertThat(guest.api().putEmpty("/api/me/record/events/" + event).problem(422).get("detail"))
                .asString().startsWith("Only events you attended");
        organizer.api().postEmpty("/api/events/" + event + "/complete");
        assertThat(guest.api().putEmpty("/api/me/record/events/" + event).status()).isEqualTo(204);
        assertThat(guest.api().putEmpty("/api/me/record/events/" + event).status()).isEqualTo(204);
        guest.api().putJson("/api/me/profile", "{\"handle\": \"gil-guest\", \"publicProfile\": true}");

        @SuppressWarnings("unchecked")
        var record = (Map<String, Map<String, Object>>) anonymous.get("/api/public/profiles/gil-guest").object()
                .get("record");
        assertThat(record.get("eventsAttended")).containsEntry("total", 1);
        assertThat(record.get("eventsAttended").get("events").toString()).contains("Record night", event);

        assertThat(guest.api().delete("/api/me/record/events/" + event).status()).isEqualTo(204);
        assertThat(anonymous.putEmpty("/api/me/record/events/" + event).problem(401)).isNotNull();
        assertThat(guest.api().putEmpty("/api/me/record/events/" + UUID.randomUUID()).problem(404)).isNotNull();
    }

    private static Map<String, Object> withoutRequestId(Map<String, Object> problem) {
        var rest = new HashMap<>(problem);
        assertThat(rest.remove("requestId")).isNotNull();
        return rest;
    }
}
