package org.mingle.api.matching;

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

/** "Not for me" over HTTP: the person disappears for the caller, the undo, what is learned, and every refusal. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DismissalApiTest implements MicronautPostgres {

    private static final String INVALID = "urn:mingle:problem:invalid-input";

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    private ApiClient anonymous;
    private Person organizer;

    @BeforeAll
    void people() {
        anonymous = new ApiClient(server, json);
        organizer = TestAccounts.signUpAndLogIn(anonymous, "Olga Organizer");
    }

    /** Ada likes fintech and sailing; Ben, Cid and Dan fintech only. */
    private record Crowd(String event, Person ada, Person ben, Person cid, Person dan) {
    }

    private Crowd crowd(String title) {
        String event = TestEvents.published(organizer.api(), title, 20);
        var ada = TestAccounts.signUpAndLogIn(anonymous, "Ada Attendee");
        var ben = TestAccounts.signUpAndLogIn(anonymous, "Ben Banker");
        var cid = TestAccounts.signUpAndLogIn(anonymous, "Cid Coder");
        var dan = TestAccounts.signUpAndLogIn(anonymous, "Dan Dealer");
        TestProfiles.save(ada.api(), """
                {"interests": ["Fintech", "Sailing"]}""");
        for (var person : List.of(ben, cid, dan)) {
            TestProfiles.save(person.api(), """
                    {"interests": ["Fintech"]}""");
        }
        for (var person : List.of(ada, ben, cid, dan)) {
            TestEvents.registerConfirmed(person.api(), event);
        }
        return new Crowd(event, ada, ben, cid, dan);
    }

    private static String dismiss(String event, Person person) {
        return "/api/events/" + event + "/recommendations/" + person.id() + "/dismiss";
    }

    private static List<Object> recommended(Person viewer, String event) {
        return viewer.api().get("/api/events/" + event + "/recommendations").objects().stream()
                .map(p -> p.get("accountId")).toList();
    }

    @Test
    void aDismissedPersonDisappearsForTheCallerAndTheUndoBringsThemBack() {
        var crowd = crowd("Dismissed");

        var reply = crowd.ada().api().postJson(dismiss(crowd.event(), crowd.ben()), "{\"reason\": \"NOT_NOW\"}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(204);
        assertThat(recommended(crowd.ada(), crowd.event())).doesNotContain(crowd.ben().id()).hasSize(2);
        assertThat(recommended(crowd.ben(), crowd.event())).as("the person dismissed sees no difference")
                .contains(crowd.ada().id());
        assertThat(crowd.ada().api().postJson(dismiss(crowd.event(), crowd.ben()), "{\"reason\": \"ALREADY_KNOW\"}")
                .status()).as("dismissing again").isEqualTo(204);

        assertThat(crowd.ada().api().delete(dismiss(crowd.event(), crowd.ben())).status()).isEqualTo(204);
        assertThat(recommended(crowd.ada(), crowd.event())).contains(crowd.ben().id()).hasSize(3);
        assertThat(crowd.ada().api().delete(dismiss(crowd.event(), crowd.ben())).status())
                .as("taking back twice is harmless").isEqualTo(204);
    }

    @Test
    @SuppressWarnings("unchecked")
    void recommendationsSayWhatTheDismissalsTaught() {
        var crowd = crowd("Learned");
        crowd.ada().api().postJson(dismiss(crowd.event(), crowd.ben()), "{\"reason\": \"NOT_RELEVANT\"}");
        crowd.ada().api().postJson(dismiss(crowd.event(), crowd.cid()), "{\"reason\": \"NOT_RELEVANT\"}");

        var people = crowd.ada().api().get("/api/events/" + crowd.event() + "/recommendations").objects();

        assertThat(people).singleElement().satisfies(dan -> {
            assertThat(dan).containsEntry("accountId", crowd.dan().id());
            assertThat((List<Map<String, Object>>) dan.get("reasons"))
                    .extracting(r -> r.get("kind"), r -> r.get("detail"))
                    .contains(org.assertj.core.groups.Tuple.tuple("LEARNED",
                            "Less weight on Fintech: you passed on 2 people for it"));
        });
    }

    @Test
    void aMissingBodyOrAnUnknownReasonOrFieldIsABadRequest() {
        var crowd = crowd("Bad bodies");
        var path = dismiss(crowd.event(), crowd.ben());

        assertThat(crowd.ada().api().postJson(path, "{\"reason\": \"BORING\"}").fieldErrors(INVALID, "reason")
                .get(0).get("message")).asString().contains("NOT_RELEVANT", "ALREADY_KNOW", "NOT_NOW");
        crowd.ada().api().postJson(path, "{}").fieldErrors(INVALID, "reason");
        crowd.ada().api().postJson(path, "{\"reason\": 3}").problem(400);
        crowd.ada().api().postJson(path, "{\"reason\": \"NOT_NOW\", \"why\": \"no\"}").problem(400);
        crowd.ada().api().postEmpty(path).problem(400);
        crowd.ada().api().postJson(path, "not json").problem(400);
        assertThat(recommended(crowd.ada(), crowd.event())).as("nothing was dismissed").hasSize(3);
    }

    @Test
    void dismissingYourselfIsRefusedAndOnlyAttendeesCanBeDismissed() {
        var crowd = crowd("Who");
        var outsider = TestAccounts.signUpAndLogIn(anonymous, "Otto Outsider");
        String body = "{\"reason\": \"NOT_NOW\"}";

        crowd.ada().api().postJson(dismiss(crowd.event(), crowd.ada()), body).problem(422);
        crowd.ada().api().postJson(dismiss(crowd.event(), outsider), body).problem(404);
        crowd.ada().api().postJson("/api/events/" + crowd.event() + "/recommendations/" + UUID.randomUUID()
                + "/dismiss", body).problem(404);
        crowd.ada().api().postJson("/api/events/" + crowd.event() + "/recommendations/not-an-id/dismiss", body)
                .problem(404);
        outsider.api().postJson(dismiss(crowd.event(), crowd.ben()), body).problem(403);
        outsider.api().delete(dismiss(crowd.event(), crowd.ben())).problem(403);
        anonymous.postJson(dismiss(crowd.event(), crowd.ben()), body).problem(401);
    }
}
