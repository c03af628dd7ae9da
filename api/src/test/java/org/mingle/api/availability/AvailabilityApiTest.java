package org.mingle.api.availability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.api.ApiClient;
import org.mingle.api.Rows;
import org.mingle.api.TestAccounts.Person;
import org.mingle.api.TestAccounts;
import org.mingle.api.TestEvents;
import org.mingle.api.TestProfiles;
import org.mingle.testsupport.MicronautPostgres;

/** Free now over HTTP: saying until when, the list of people free now, asking one to meet now, and every refusal. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AvailabilityApiTest implements MicronautPostgres {

    private static final String INVALID = "urn:mingle:problem:invalid-input";
    private static final String MALFORMED = "urn:mingle:problem:malformed-request";
    private static final String RULE = "urn:mingle:problem:rule-violated";
    private static final String CONFLICT = "urn:mingle:problem:conflict";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApplicationContext context;

    private Rows rows;
    private Person organizer;
    private Person ada;
    private Person ben;
    private Person cleo;
    private Person stranger;

    @BeforeAll
    void people() {
        rows = Rows.of(context);
        var anonymous = new ApiClient(server, json);
        organizer = TestAccounts.signUpAndLogIn(anonymous, "Olga Organizer");
        ada = TestAccounts.signUpAndLogIn(anonymous, "Ada Early");
        ben = TestAccounts.signUpAndLogIn(anonymous, "Ben Battery");
        cleo = TestAccounts.signUpAndLogIn(anonymous, "Cleo Grid");
        stranger = TestAccounts.signUpAndLogIn(anonymous, "Sam Stranger");
        TestProfiles.save(ada.api(), """
                {"interests": ["Batteries", "Grid storage"]}""");
        TestProfiles.save(ben.api(), """
                {"headline": "Cell chemist", "company": "Voltcraft", "interests": ["Batteries", "Grid storage"]}""");
        TestProfiles.save(cleo.api(), """
                {"headline": "Hidden", "interests": ["Batteries"], "visibility": {"headline": "PRIVATE"}}""");
    }

    @Test
    void attendeesSayTheyAreFreeAndSeeWhoElseIsBestMatchFirst() {
        String event = runningEventWith(ada, ben, cleo);
        var until = soon(30);

        var set = ben.api().putJson(availability(event), "{\"freeUntil\": \"" + until + "\"}");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.object()).containsEntry("eventId", event).containsEntry("freeUntil", until.toString());
        assertThat(cleo.api().putJson(availability(event), "{\"freeUntil\": \"" + until + "\"}").status())
                .isEqualTo(200);

        var list = ada.api().get(freeNow(event));
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.header("Cache-Control")).isEqualTo("no-store");
        var people = list.objects();
        assertThat(people).extracting(p -> p.get("accountId")).containsExactly(ben.id(), cleo.id());
        assertThat(people.get(0)).containsEntry("displayName", "Ben Battery").containsEntry("headline", "Cell chemist")
                .containsEntry("company", "Voltcraft").containsEntry("freeUntil", until.toString())
                .doesNotContainKey("photoUrl");
        assertThat(people.get(0).get("reasons")).asList().isNotEmpty();
        assertThat(people.get(1)).as("a private headline never shows").doesNotContainKey("headline");
        assertThat(ada.api().get(freeNow(event) + "?limit=1").objects()).hasSize(1);
        assertThat(ben.api().get(freeNow(event)).objects()).extracting(p -> p.get("accountId"))
                .as("never the caller").containsExactly(cleo.id());

        assertThat(cleo.api().putJson(availability(event), "{\"freeUntil\": null}").status()).isEqualTo(204);
        assertThat(ben.api().delete(availability(event)).status()).isEqualTo(204);
        assertThat(ben.api().delete(availability(event)).status()).as("again").isEqualTo(204);
        assertThat(ada.api().get(freeNow(event)).objects()).isEmpty();
    }

    @Test
    void aRequestToMeetNowExpiresWithTheFreeTimeAndIsRefusedWhenNobodyIsFree() {
        String event = runningEventWith(ada, ben, cleo);
        var until = soon(20);
        ben.api().putJson(availability(event), "{\"freeUntil\": \"" + until + "\"}");

        var sent = ada.api().postJson(meetNow(event, ben), "{\"message\": \"By the coffee bar\"}");
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        assertThat(sent.object()).containsEntry("meetsNow", true).containsEntry("status", "PENDING")
                .containsEntry("expiresAt", until.toString()).containsEntry("message", "By the coffee bar");
        assertThat(sent.header("Location")).startsWith("/api/events/" + event + "/meeting-requests/");
        assertThat((String) ben.api().get(sent.header("Location")).object().get("id"))
                .isEqualTo(sent.object().get("id"));

        ada.api().postJson(meetNow(event, ben), "{}").problem(409);
        assertThat(ben.api().postEmpty(meetNow(event, cleo)).problem(409))
                .containsEntry("type", CONFLICT).containsEntry("detail", "This person is not free now any more.");
        ada.api().postJson(meetNow(event, ben), "{\"note\": 1}").fieldErrors(MALFORMED, "note");
        ben.api().putJson(availability(event), "{\"freeUntil\": \"" + until + "\"}");
        cleo.api().postJson(meetNow(event, ben), "{\"message\": \"" + "x".repeat(501) + "\"}")
                .fieldErrors(INVALID, "message");
    }

    @Test
    void badTimesAreRefusedWithProblemDocuments() {
        String event = runningEventWith(ada);
        ada.api().putJson(availability(event), "{\"freeUntil\": \"" + soon(-1) + "\"}")
                .fieldErrors(INVALID, "freeUntil");
        ada.api().putJson(availability(event), "{\"freeUntil\": \"" + soon(5 * 60) + "\"}")
                .fieldErrors(INVALID, "freeUntil");
        ada.api().putJson(availability(event), "{\"freeUntil\": \"tomorrow\"}").problem(400);
        ada.api().putJson(availability(event), "{\"until\": \"" + soon(10) + "\"}").problem(400);
        ada.api().putJson(availability(event), "not json").problem(400);
        ada.api().get(freeNow(event) + "?limit=0").fieldErrors(INVALID, "limit");
        ada.api().get(freeNow(event) + "?limit=51").fieldErrors(INVALID, "limit");

        String upcoming = TestEvents.published(organizer.api(), TestEvents.json("Next week", 7));
        TestEvents.registerConfirmed(ada.api(), upcoming);
        assertThat(ada.api().putJson(availability(upcoming), "{\"freeUntil\": \"" + soon(30) + "\"}").problem(422))
                .containsEntry("type", RULE);
    }

    @Test
    void onlyConfirmedAttendeesOfAVisibleEvent() {
        String event = runningEventWith(ada);
        assertThat(stranger.api().putJson(availability(event), "{\"freeUntil\": \"" + soon(30) + "\"}")
                .problem(403)).containsKey("type");
        stranger.api().get(freeNow(event)).problem(403);
        stranger.api().delete(availability(event)).problem(403);
        stranger.api().postEmpty(meetNow(event, ada)).problem(403);
        ada.api().get("/api/events/00000000-0000-0000-0000-000000000000/free-now").problem(404);
        ada.api().postEmpty(meetNow(event, ada).replace(ada.id(), "not-an-id")).problem(404);
        assertThat(ada.api().anonymous().get(freeNow(event)).status()).isEqualTo(401);
    }

    /** A published event these people confirmed for, which began half an hour ago and runs two more hours. */
    private String runningEventWith(Person... attendees) {
        String event = TestEvents.published(organizer.api(), TestEvents.json("Battery night", 3));
        for (var person : attendees) {
            TestEvents.registerConfirmed(person.api(), event);
        }
        rows.update("update events set starts_at = date_trunc('minute', now()) - interval '30 minutes', "
                + "ends_at = date_trunc('minute', now()) + interval '2 hours' where id = ?::uuid", event);
        return event;
    }

    private static Instant soon(int minutes) {
        return Instant.now().plus(Duration.ofMinutes(minutes)).truncatedTo(ChronoUnit.SECONDS);
    }

    private static String availability(String event) {
        return "/api/events/" + event + "/availability";
    }

    private static String freeNow(String event) {
        return "/api/events/" + event + "/free-now";
    }

    private static String meetNow(String event, Person to) {
        return freeNow(event) + "/" + to.id() + "/meeting-requests";
    }
}
