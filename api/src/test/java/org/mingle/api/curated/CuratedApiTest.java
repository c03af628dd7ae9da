package org.mingle.api.curated;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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

/**
 * Curated schedules over HTTP: marks and every refusal of them, the organizers' settings, generating, the draft,
 * publishing with a retry under the same idempotency key, and each person's reasons afterwards.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CuratedApiTest implements MicronautPostgres {

    private static final String INVALID = "urn:mingle:problem:invalid-input";
    private static final String RULE = "urn:mingle:problem:rule-violated";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private Person organizer;
    private Person stranger;
    private final List<Person> people = new ArrayList<>();

    @BeforeAll
    void accounts() {
        var anonymous = new ApiClient(server, json);
        organizer = TestAccounts.signUpAndLogIn(anonymous, "Olga Curator");
        stranger = TestAccounts.signUpAndLogIn(anonymous, "Sam Stranger");
        for (String name : List.of("Ada Curated", "Ben Curated", "Cleo Curated", "Dan Curated")) {
            people.add(TestAccounts.signUpAndLogIn(anonymous, name));
        }
    }

    /** A published event with a session of three slots and a table for two meetings at once; everyone confirmed. */
    private String event() {
        String event = TestEvents.published(organizer.api(), "Curated evening", 50);
        var start = OffsetDateTime.parse((String) organizer.api().get("/api/events/" + event).object()
                .get("startsAt")).toInstant();
        assertThat(organizer.api().postJson("/api/events/" + event + "/sessions", """
                {"name": "Curated meetings", "startsAt": "%s", "endsAt": "%s", "slotMinutes": 20}
                """.formatted(TestEvents.berlin(start), TestEvents.berlin(start.plus(Duration.ofMinutes(60)))))
                .status()).isEqualTo(201);
        assertThat(organizer.api().postJson("/api/events/" + event + "/tables",
                "{\"name\": \"Lounge\", \"seats\": 4}").status()).isEqualTo(201);
        people.forEach(person -> TestEvents.registerConfirmed(person.api(), event));
        return event;
    }

    private String marks(String event) {
        return "/api/events/" + event + "/marks/";
    }

    @Test
    void marksAreTheAuthorsOwnAndEveryRefusalIsAProblem() {
        String event = event();
        var ada = people.get(0);
        var ben = people.get(1);

        assertThat(ada.api().putJson(marks(event) + ben.id(), "{\"mark\": \"MUST_MEET\"}").status()).isEqualTo(204);
        assertThat(ada.api().putJson(marks(event) + ben.id(), "{\"mark\": \"NO_THANKS\"}").status()).isEqualTo(204);
        var mine = ada.api().get("/api/events/" + event + "/marks");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.list("items")).singleElement().satisfies(item -> assertThat(item)
                .containsEntry("accountId", ben.id()).containsEntry("displayName", "Ben Curated")
                .containsEntry("mark", "NO_THANKS"));
        assertThat(ben.api().get("/api/events/" + event + "/marks").list("items"))
                .as("the other person never sees it").isEmpty();
        assertThat(ada.api().delete(marks(event) + ben.id()).status()).isEqualTo(204);
        assertThat(ada.api().delete(marks(event) + ben.id()).status()).isEqualTo(204);

        ada.api().putJson(marks(event) + ben.id(), "{\"mark\": \"MAYBE\"}").fieldErrors(INVALID, "mark");
        ada.api().putJson(marks(event) + ben.id(), "{}").fieldErrors(INVALID, "mark");
        ada.api().putJson(marks(event) + ben.id(), "{\"mark\": 7}").problem(400);
        ada.api().putJson(marks(event) + ben.id(), "{\"mark\": \"MUST_MEET\", \"why\": \"x\"}").problem(400);
        assertThat(ada.api().putJson(marks(event) + ada.id(), "{\"mark\": \"MUST_MEET\"}").problem(422))
                .containsEntry("type", RULE);
        ada.api().putJson(marks(event) + stranger.id(), "{\"mark\": \"MUST_MEET\"}").problem(404);
        ada.api().putJson(marks(event) + "not-an-id", "{\"mark\": \"MUST_MEET\"}").problem(404);
        stranger.api().putJson(marks(event) + ada.id(), "{\"mark\": \"MUST_MEET\"}").problem(403);
        ada.api().putJson("/api/events/" + UUID.randomUUID() + "/marks/" + ben.id(), "{\"mark\": \"MUST_MEET\"}")
                .problem(404);
    }

    @Test
    void organizersSetGeneratePublishOnceAndAttendeesReadWhy() {
        String event = event();
        var ada = people.get(0);
        var ben = people.get(1);
        ada.api().putJson(marks(event) + ben.id(), "{\"mark\": \"MUST_MEET\"}");
        ben.api().putJson(marks(event) + ada.id(), "{\"mark\": \"MUST_MEET\"}");
        String settings = "/api/events/" + event + "/curated-settings";
        String schedule = "/api/events/" + event + "/curated-schedule";

        assertThat(organizer.api().get(settings).object()).containsEntry("minimumMeetings", 0)
                .containsEntry("maximumMeetings", 6);
        organizer.api().putJson(settings, "{\"minimumMeetings\": 3, \"maximumMeetings\": 2}")
                .fieldErrors(INVALID, "minimumMeetings");
        organizer.api().putJson(settings, "{\"minimumMeetings\": -1}")
                .fieldErrors(INVALID, "minimumMeetings", "maximumMeetings");
        assertThat(organizer.api().putJson(settings, "{\"minimumMeetings\": 1, \"maximumMeetings\": 2}").object())
                .containsEntry("minimumMeetings", 1).containsEntry("maximumMeetings", 2);

        organizer.api().get(schedule).problem(404);
        organizer.api().postEmpty(schedule + "/publish").problem(409);
        ada.api().postEmpty(schedule).problem(403);

        var generated = organizer.api().postEmpty(schedule);
        assertThat(generated.status()).as(generated.body()).isEqualTo(201);
        assertThat(generated.header("Location")).isEqualTo(schedule);
        var draft = generated.object();
        assertThat(draft).containsEntry("participants", 4).doesNotContainKey("publication");
        @SuppressWarnings("unchecked")
        var totals = (Map<String, Object>) draft.get("totals");
        assertThat(totals).containsEntry("mustMeetsHonoured", 2).containsEntry("missingBelowMinimums", 0);
        assertThat(generated.list("meetings")).anySatisfy(meeting -> {
            assertThat(meeting).containsEntry("reason", "BOTH_ASKED");
            assertThat((String) meeting.get("startsAt")).endsWith("+01:00");
        });
        assertThat(organizer.api().get(schedule).object()).isEqualTo(draft);

        var publisher = organizer.api().withHeader("Idempotency-Key", UUID.randomUUID().toString());
        var published = publisher.postEmpty(schedule + "/publish");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.object()).containsEntry("booked", ((List<?>) draft.get("meetings")).size())
                .containsEntry("skipped", 0);
        assertThat(publisher.postEmpty(schedule + "/publish").body()).as("a retry answers the first answer again")
                .isEqualTo(published.body());
        assertThat(organizer.api().postEmpty(schedule + "/publish").problem(409)).containsEntry("status", 409);

        var reasons = ada.api().get(schedule + "/me");
        assertThat(reasons.list("items")).anySatisfy(item -> assertThat(item)
                .containsEntry("withAccountId", ben.id()).containsEntry("reason", "BOTH_ASKED")
                .containsEntry("explanation", "You both asked to meet"));
        var meetings = ada.api().get("/api/events/" + event + "/meetings/me");
        assertThat(meetings.status()).isEqualTo(200);
        assertThat(meetings.body()).contains(ben.id());
    }

    @Test
    void generatingNeedsAnOpenEventWithSlotsAndTables() {
        String draftEvent = TestEvents.create(organizer.api(), TestEvents.json("Draft evening", 30));
        assertThat(organizer.api().postEmpty("/api/events/" + draftEvent + "/curated-schedule").problem(422))
                .containsEntry("type", RULE);
        String bare = TestEvents.published(organizer.api(), "Bare evening", 20);
        assertThat((String) organizer.api().postEmpty("/api/events/" + bare + "/curated-schedule").problem(422)
                .get("detail")).contains("session");
    }
}
