package org.mingle.api.endorsements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingle.db.jooq.Tables.EVENTS;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.api.ApiClient.Reply;
import org.mingle.api.ApiClient;
import org.mingle.api.TestAccounts.Person;
import org.mingle.api.TestAccounts;
import org.mingle.api.TestEvents;
import org.mingle.api.TestProfiles;
import org.mingle.domain.events.EventId;
import org.mingle.testsupport.MicronautPostgres;
import org.mingle.testsupport.Parallel;

/** Endorsing over HTTP: who may, what the answers and problems are, and that nothing shows before approval. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndorsementApiTest implements MicronautPostgres {

    private static final String INVALID_INPUT = "urn:mingle:problem:invalid-input";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    DSLContext sql;

    private ApiClient anonymous;
    private Person organizer;

    @BeforeAll
    void world() {
        anonymous = new ApiClient(server, json);
        organizer = TestAccounts.signUpAndLogIn(anonymous, "Olga Organizer");
    }

    @Test
    void anEndorsementIsPendingUntilApprovedAndHidingTakesItAway() {
        var met = meet("Ana Anchor", "Ben Builder");
        var ana = met.first();
        var ben = met.second();

        var given = endorse(ben, met.secondsConnection(), "{\"topics\": [\"battery STORAGE\"], \"note\": \"Sharp.\"}");

        assertThat(given.status()).as(given.body()).isEqualTo(201);
        assertThat(given.object()).containsEntry("status", "PENDING").containsEntry("endorsedId", ana.id())
                .containsEntry("topics", List.of("Battery storage")).containsEntry("note", "Sharp.")
                .containsEntry("eventId", met.event());
        String id = (String) given.object().get("id");
        assertThat(ana.api().get("/api/me/endorsements?status=APPROVED").list("items")).isEmpty();
        var pending = ana.api().get("/api/me/endorsements");
        assertThat(pending.object()).containsEntry("total", 1);
        assertThat(pending.list("items")).singleElement().satisfies(item -> assertThat(item.get("endorser"))
                .isEqualTo(Map.of("id", ben.id(), "displayName", "Ben Builder")));
        assertThat(ana.api().get("/api/me/notifications").list("items"))
                .anySatisfy(n -> assertThat(n).containsEntry("kind", "ENDORSEMENT_RECEIVED")
                        .satisfies(notice -> assertThat((String) notice.get("link"))
                                .endsWith("/profile/endorsements")));
        assertThat(ben.api().postEmpty("/api/me/endorsements/" + id + "/approve").status())
                .as("only the endorsed person approves").isEqualTo(404);

        var approved = ana.api().postEmpty("/api/me/endorsements/" + id + "/approve");

        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.object()).containsEntry("status", "APPROVED");
        assertThat(ana.api().get("/api/me/endorsements?status=APPROVED").list("items")).hasSize(1);
        assertThat(ana.api().postEmpty("/api/me/endorsements/" + id + "/hide").object())
                .containsEntry("status", "HIDDEN");
        assertThat(ana.api().get("/api/me/endorsements?status=APPROVED").list("items")).isEmpty();
        ana.api().get("/api/me/endorsements?status=HIDDEN").fieldErrors(INVALID_INPUT, "status");
        ana.api().postEmpty("/api/me/endorsements/not-an-id/approve").problem(404);
    }

    @Test
    void badEndorsementsAnswerProblemsNamingTheFields() {
        var met = meet("Cleo Counter", "Dan Dealer");
        var dan = met.second();
        String path = met.secondsConnection();

        endorse(dan, path, "{\"topics\": [], \"note\": \"" + "x".repeat(281) + "\"}")
                .fieldErrors(INVALID_INPUT, "topics", "note");
        endorse(dan, path, "{\"topics\": [\"Knitting\"]}").fieldErrors(INVALID_INPUT, "topics");
        endorse(dan, path, "{\"topics\": [\"Grid\", \"Policy\", \"Battery storage\", \"Solar\"]}")
                .fieldErrors(INVALID_INPUT, "topics");
        endorse(dan, path, "{\"topics\": \"Grid\"}").fieldErrors("urn:mingle:problem:malformed-request", "topics");
        assertThat(endorse(dan, path, "{\"topics\": [\"Grid\"], \"stars\": 5}").problem(400).get("type"))
                .isEqualTo("urn:mingle:problem:malformed-request");
        endorse(dan, "/api/me/connections/" + UUID.randomUUID(), "{\"topics\": [\"Grid\"]}").problem(404);
        endorse(organizer, path, "{\"topics\": [\"Grid\"]}").problem(404);
    }

    @Test
    void peopleConnectedBeforeTheEventBeganHaveNotMetYet() {
        String event = TestEvents.published(organizer.api(), TestEvents.json("Upcoming " + UUID.randomUUID(), 10));
        var eve = attendee("Eve Early", event);
        var fay = attendee("Fay Future", event);
        String path = connect(eve, fay, event);

        var refused = endorse(eve, path, "{\"topics\": [\"Grid\"]}");

        assertThat(refused.problem(422).get("detail")).asString().startsWith("You can endorse Fay Future once you "
                + "have met at Upcoming");
    }

    @Test
    void parallelRequestsMakeOneEndorsementAndTheRestAnswer409() throws Exception {
        var met = meet("Gus Grid", "Hal Helper");
        var hal = met.second();
        List<Callable<Object>> same = List.of(
                () -> endorse(hal, met.secondsConnection(), "{\"topics\": [\"Grid\"]}").status(),
                () -> endorse(hal, met.secondsConnection(), "{\"topics\": [\"Policy\"]}").status(),
                () -> endorse(hal, met.secondsConnection(), "{\"topics\": [\"Grid\"], \"note\": \"Hi\"}").status());

        assertThat(Parallel.run(same)).containsExactlyInAnyOrder(201, 409, 409);

        // Negative control: the two endorsing each other at once both get through.
        var other = meet("Ida Idea", "Jon Joiner");
        List<Callable<Object>> eachOther = List.of(
                () -> endorse(other.second(), other.secondsConnection(), "{\"topics\": [\"Grid\"]}").status(),
                () -> endorse(other.first(), other.firstsConnection(), "{\"topics\": [\"Grid\"]}").status());
        assertThat(Parallel.run(eachOther)).containsExactly(201, 201);
    }

    @Test
    void aRetryWithTheSameKeyAnswersTheFirstEndorsementAgain() {
        var met = meet("Kim Key", "Lou Loop");
        var keyed = met.second().api().withHeader("Idempotency-Key", UUID.randomUUID().toString());
        String body = "{\"topics\": [\"Policy\"]}";

        var first = keyed.postJson(met.secondsConnection() + "/endorsements", body);
        var again = keyed.postJson(met.secondsConnection() + "/endorsements", body);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.object().get("id")).isEqualTo(first.object().get("id"));
    }

    /** Two people with interests who connected at an event that has begun; each one's path to the connection. */
    private Met meet(String firstName, String secondName) {
        String event = TestEvents.published(organizer.api(), TestEvents.json("Energy night " + UUID.randomUUID(), 10));
        var first = attendee(firstName, event);
        var second = attendee(secondName, event);
        String firstsConnection = connect(first, second, event);
        String cid = firstsConnection.substring(firstsConnection.lastIndexOf('/') + 1);
        // The event began an hour ago: the two were there.
        var start = Instant.now().minus(Duration.ofHours(1));
        sql.update(EVENTS).set(EVENTS.STARTS_AT, start).set(EVENTS.ENDS_AT, start.plus(Duration.ofHours(3)))
                .where(EVENTS.ID.eq(EventId.fromString(event))).execute();
        return new Met(event, first, second, firstsConnection, "/api/me/connections/" + cid);
    }

    private record Met(String event, Person first, Person second, String firstsConnection,
                       String secondsConnection) {
    }

    private Person attendee(String name, String event) {
        var person = TestAccounts.signUpAndLogIn(anonymous, name);
        TestProfiles.save(person.api(), """
                {"interests": ["Battery storage", "Grid", "Policy", "Solar"]}
                """);
        TestEvents.registerConfirmed(person.api(), event);
        return person;
    }

    private static String connect(Person from, Person to, String event) {
        var recorded = from.api().postJson("/api/events/" + event + "/connections",
                "{\"accountId\": \"" + to.id() + "\"}");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        return recorded.header("Location");
    }

    private static Reply endorse(Person who, String connectionPath, String body) {
        return who.api().postJson(connectionPath + "/endorsements", body);
    }
}
