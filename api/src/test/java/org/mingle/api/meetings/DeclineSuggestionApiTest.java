package org.mingle.api.meetings;

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
import org.mingle.api.TestProfiles;
import org.mingle.testsupport.MicronautPostgres;

/**
 * What the person asked sees of a request over HTTP (why to meet, how the sender answers), and declining it with a
 * suggestion: every refused suggestion is a 422 problem that leaves the request pending.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeclineSuggestionApiTest implements MicronautPostgres {

    private static final String RULE = "urn:mingle:problem:rule-violated";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private Person organizer;
    private Person ada;
    private Person ben;
    private Person cleo;
    private Person dan;
    private Person eve;
    private Person stranger;

    @BeforeAll
    void people() {
        var anonymous = new ApiClient(server, json);
        organizer = TestAccounts.signUpAndLogIn(anonymous, "Olga Organizer");
        ada = TestAccounts.signUpAndLogIn(anonymous, "Ada Asker");
        ben = TestAccounts.signUpAndLogIn(anonymous, "Ben Asked");
        cleo = TestAccounts.signUpAndLogIn(anonymous, "Cleo Instead");
        dan = TestAccounts.signUpAndLogIn(anonymous, "Dan Blocked");
        eve = TestAccounts.signUpAndLogIn(anonymous, "Eve Matched");
        stranger = TestAccounts.signUpAndLogIn(anonymous, "Sam Stranger");
        for (Person person : List.of(ada, ben, cleo)) {
            TestProfiles.save(person.api(), """
                    {"interests": ["Heat pumps", "Solar"]}
                    """);
        }
    }

    @Test
    void theAddresseeSeesTheReasonsAndTheSendersRateAndTheSenderSeesTheSuggestion() {
        String event = eventWith(ada, ben, cleo);
        String request = asked(ada, event, ben);

        var incoming = ben.api().get(request).object();
        assertThat(incoming).containsEntry("direction", "INCOMING")
                .containsEntry("senderResponseRate", Map.of("answered", 0, "counted", 0, "newHere", true));
        assertThat(reasons(incoming)).anySatisfy(reason -> assertThat(reason)
                .containsEntry("kind", "SHARED_INTEREST")
                .hasEntrySatisfying("detail", detail -> assertThat((String) detail).contains("Heat pumps")));
        assertThat(ben.api().get("/api/events/" + event + "/meeting-requests").list("items")).singleElement()
                .satisfies(item -> assertThat(item).containsKeys("reasons", "senderResponseRate"));
        assertThat(ada.api().get(request).object()).as("the sender's own view")
                .doesNotContainKeys("reasons", "senderResponseRate", "suggestion");

        var declined = ben.api().postJson(request + "/decline", "{\"suggestedAccountId\": \"" + cleo.id() + "\"}");

        assertThat(declined.status()).as(declined.body()).isEqualTo(200);
        assertThat(declined.object()).containsEntry("status", "DECLINED")
                .containsEntry("suggestion", Map.of("accountId", cleo.id(), "displayName", "Cleo Instead"));
        assertThat(ada.api().get(request).object())
                .containsEntry("suggestion", Map.of("accountId", cleo.id(), "displayName", "Cleo Instead"));
    }

    @Test
    void everySuggestionThatMayNotBeGivenIs422AndTheRequestStaysPending() {
        String event = eventWith(ada, ben, cleo, dan, eve);
        eventWith(stranger); // confirmed at another event only
        assertThat(ada.api().putEmpty("/api/me/blocks/" + dan.id()).status()).isEqualTo(204);
        String match = asked(ada, event, eve);
        assertThat(eve.api().postEmpty(match + "/accept").status()).isEqualTo(200);
        String request = asked(ada, event, ben);

        Map<String, String> refusals = Map.of(
                ada.id(), "Suggest someone other than the person who asked you.",
                ben.id(), "Suggest someone other than yourself.",
                stranger.id(), "The person you suggest is not a confirmed attendee of this event.",
                UUID.randomUUID().toString(), "The person you suggest is not a confirmed attendee of this event.",
                dan.id(), "You cannot suggest this person.",
                eve.id(), "Mingle would not suggest this person to them: they already met or matched, or the event"
                        + " keeps colleagues apart.");
        refusals.forEach((suggested, detail) -> assertThat(ben.api().postJson(request + "/decline",
                "{\"suggestedAccountId\": \"" + suggested + "\"}").problem(422))
                .as("suggesting %s", suggested).containsEntry("type", RULE).containsEntry("detail", detail));
        ben.api().postJson(request + "/decline", "{\"suggestedAccountId\": \"not-an-id\"}")
                .fieldErrors("urn:mingle:problem:invalid-input", "suggestedAccountId");
        assertThat(ben.api().postJson(request + "/decline", "{\"suggested\": \"" + cleo.id() + "\"}").status())
                .as("an unknown field").isEqualTo(400);
        assertThat(ben.api().get(request).object()).containsEntry("status", "PENDING").doesNotContainKey("suggestion");

        var plain = ben.api().postJson(request + "/decline", "{}");
        assertThat(plain.status()).as(plain.body()).isEqualTo(200);
        assertThat(plain.object()).containsEntry("status", "DECLINED").doesNotContainKey("suggestion");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> reasons(Map<String, Object> request) {
        return (List<Map<String, Object>>) request.get("reasons");
    }

    private String eventWith(Person... attendees) {
        String event = TestEvents.published(organizer.api(), TestEvents.json("Heat pump mixer", 30, 20, false, null));
        for (var person : attendees) {
            TestEvents.registerConfirmed(person.api(), event);
        }
        return event;
    }

    private static String asked(Person from, String event, Person to) {
        var reply = from.api().postJson("/api/events/" + event + "/meeting-requests",
                "{\"toAccountId\": \"" + to.id() + "\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.header("Location");
    }
}
