package org.mingle.api.contacts;

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

/** A contact's timeline and keeping in touch over HTTP (decision 48). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContactApiTest implements MicronautPostgres {

    private static final String INVALID = "urn:mingle:problem:invalid-input";
    private static final String MALFORMED = "urn:mingle:problem:malformed-request";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private ApiClient anonymous;
    private Person ada;
    private Person ben;
    private Person cleo;
    private String breakfast;

    @BeforeAll
    void people() {
        anonymous = new ApiClient(server, json);
        var organizer = TestAccounts.signUpAndLogIn(anonymous, "Olga Organizer");
        breakfast = TestEvents.published(organizer.api(), TestEvents.json("Climate Breakfast", 10));
        ada = TestAccounts.signUpAndLogIn(anonymous, "Ada Attendee");
        ben = TestAccounts.signUpAndLogIn(anonymous, "Ben Builder");
        cleo = TestAccounts.signUpAndLogIn(anonymous, "Cleo Counter");
        for (var person : List.of(ada, ben, cleo)) {
            TestEvents.registerConfirmed(person.api(), breakfast);
        }
        var recorded = ada.api().postJson("/api/events/" + breakfast + "/connections",
                "{\"accountId\": \"" + ben.id() + "\"}");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        var connection = (String) recorded.object().get("id");
        assertThat(ada.api().patchJson("/api/me/connections/" + connection, "{\"note\": \"Heat pumps\"}").status())
                .isEqualTo(200);
    }

    @Test
    void theTimelineNewestFirstWithThePersonAndTheEventsAheadTogether() {
        var reply = ada.api().get("/api/me/contacts/" + ben.id());

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        var contact = reply.object();
        assertThat(contact).doesNotContainKey("keepInTouchEvery");
        @SuppressWarnings("unchecked")
        var person = (Map<String, Object>) contact.get("person");
        assertThat(person).containsEntry("accountId", ben.id()).containsEntry("displayName", "Ben Builder");
        assertThat(reply.list("timeline")).extracting(item -> item.get("kind")).containsExactly("NOTE", "CONNECTED");
        assertThat(reply.list("timeline").get(0)).containsEntry("detail", "Heat pumps")
                .containsEntry("eventId", breakfast).containsKey("at");
        assertThat(reply.list("timeline").get(1)).containsEntry("detail", "Connected at Climate Breakfast");
        assertThat(reply.list("upcomingTogether")).singleElement()
                .satisfies(event -> assertThat(event).containsEntry("id", breakfast)
                        .containsEntry("title", "Climate Breakfast"));
        assertThat(ben.api().get("/api/me/contacts/" + ada.id()).list("timeline"))
                .as("Ada's note is hers").extracting(item -> item.get("kind")).containsExactly("CONNECTED");
    }

    @Test
    void keepInTouchEvery30_90Or180DaysOrOff() {
        String path = "/api/me/contacts/" + ben.id() + "/keep-in-touch";

        var set = ada.api().putJson(path, "{\"every\": \"P30D\"}");

        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.object()).containsEntry("keepInTouchEvery", "P30D").containsKey("keepInTouchDue");
        assertThat(ada.api().get("/api/me/contacts/" + ben.id()).object()).containsEntry("keepInTouchEvery", "P30D");
        var off = ada.api().putJson(path, "{\"every\": null}");
        assertThat(off.status()).as(off.body()).isEqualTo(200);
        assertThat(off.object()).doesNotContainKeys("keepInTouchEvery", "keepInTouchDue");
    }

    @Test
    void anythingElseIsAFieldErrorAndStrangersAreNotFound() {
        String path = "/api/me/contacts/" + ben.id() + "/keep-in-touch";
        ada.api().putJson(path, "{\"every\": \"P7D\"}").fieldErrors(INVALID, "every");
        ada.api().putJson(path, "{\"every\": \"p30d\"}").fieldErrors(INVALID, "every");
        ada.api().putJson(path, "{}").fieldErrors(INVALID, "every");
        ada.api().putJson(path, "{\"every\": 30}").fieldErrors(MALFORMED, "every");
        assertThat(ada.api().putJson(path, "{\"every\": \"P30D\", \"extra\": 1}").status()).isEqualTo(400);
        assertThat(ada.api().putJson(path, "not json").status()).isEqualTo(400);

        cleo.api().get("/api/me/contacts/" + ada.id()).problem(404);
        cleo.api().putJson("/api/me/contacts/" + ada.id() + "/keep-in-touch", "{\"every\": \"P90D\"}").problem(404);
        ada.api().get("/api/me/contacts/" + UUID.randomUUID()).problem(404);
        ada.api().get("/api/me/contacts/not-an-id").problem(404);
        ada.api().get("/api/me/contacts/" + ada.id()).problem(404);
        assertThat(anonymous.get("/api/me/contacts/" + ben.id()).status()).isEqualTo(401);
    }
}
