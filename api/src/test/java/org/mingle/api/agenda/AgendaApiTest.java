package org.mingle.api.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
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

/** An event's agenda through the API: who may read and change it, what it answers, and its problems. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgendaApiTest implements MicronautPostgres {

    private static final String INVALID_INPUT = "urn:mingle:problem:invalid-input";
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    private ApiClient anonymous;
    private Person owner;
    private Person speaker;
    private Person stranger;

    @BeforeAll
    void world() {
        anonymous = new ApiClient(server, json);
        owner = TestAccounts.signUpAndLogIn(anonymous, "Olga Owner");
        speaker = TestAccounts.signUpAndLogIn(anonymous, "Sam Speaker");
        stranger = TestAccounts.signUpAndLogIn(anonymous, "Stan Stranger");
    }

    @Test
    void organizersAddATalkThatAnyoneReadsWithItsSpeakersAndCalendar() {
        String event = TestEvents.published(owner.api(), "Agenda night " + UUID.randomUUID(), 50);
        var start = startOf(event);

        var added = owner.api().withHeader("Idempotency-Key", UUID.randomUUID().toString()).postJson(agendaOf(event),
                talk("Storing the sun", start.plusMinutes(30), start.plusMinutes(75), "Hall A",
                        List.of(speaker.id()), List.of("Greta Guest")));

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        var talk = added.object();
        assertThat(added.header("Location")).isEqualTo(agendaOf(event) + "/" + talk.get("id"));
        assertThat(talk).containsEntry("title", "Storing the sun").containsEntry("room", "Hall A")
                .containsEntry("abstract", "Why batteries matter.")
                .containsEntry("startsAt", ISO.format(start.plusMinutes(30)));
        var speakers = added.list("speakers");
        assertThat(speakers.get(0)).isEqualTo(Map.of("accountId", speaker.id(), "name", "Sam Speaker",
                "guest", false));
        assertThat(speakers.get(1)).containsEntry("name", "Greta Guest").containsEntry("guest", true)
                .containsEntry("accountId", null);

        var read = anonymous.get(agendaOf(event));
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.object()).containsEntry("total", 1).containsEntry("page", 0);
        assertThat(read.list("items")).extracting(item -> item.get("id")).containsExactly(talk.get("id"));

        var calendar = anonymous.get((String) talk.get("calendarUrl"));
        assertThat(calendar.status()).isEqualTo(200);
        assertThat(calendar.header("Content-Type")).startsWith("text/calendar");
        assertThat(calendar.body()).contains("SUMMARY:Storing the sun", "TZID=Europe/Berlin");
    }

    @Test
    void aRetryWithTheSameKeyAddsNothingNew() {
        String event = TestEvents.published(owner.api(), "Retry night " + UUID.randomUUID(), 50);
        var start = startOf(event);
        var client = owner.api().withHeader("Idempotency-Key", UUID.randomUUID().toString());
        String body = talk("Once", start, start.plusMinutes(20), null, List.of(), List.of());

        var first = client.postJson(agendaOf(event), body);
        var again = client.postJson(agendaOf(event), body);

        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.object().get("id")).isEqualTo(first.object().get("id"));
        assertThat(anonymous.get(agendaOf(event)).object()).containsEntry("total", 1);
    }

    @Test
    void organizersChangeAndRemoveATalkAndOthersGet403() {
        String event = TestEvents.published(owner.api(), "Change night " + UUID.randomUUID(), 50);
        var start = startOf(event);
        String id = (String) owner.api().postJson(agendaOf(event),
                talk("First title", start, start.plusMinutes(20), null, List.of(), List.of())).object().get("id");

        var changed = owner.api().putJson(agendaOf(event) + "/" + id,
                talk("Better title", start.plusMinutes(10), start.plusMinutes(40), "Loft", List.of(), List.of()));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.object()).containsEntry("title", "Better title").containsEntry("room", "Loft");

        stranger.api().putJson(agendaOf(event) + "/" + id,
                talk("Mine", start, start.plusMinutes(20), null, List.of(), List.of())).problem(403);
        stranger.api().delete(agendaOf(event) + "/" + id).problem(403);
        anonymous.postJson(agendaOf(event), talk("Anon", start, start.plusMinutes(5), null, List.of(), List.of()))
                .problem(401);

        assertThat(owner.api().delete(agendaOf(event) + "/" + id).status()).isEqualTo(204);
        anonymous.get(agendaOf(event) + "/" + id).problem(404);
        owner.api().delete(agendaOf(event) + "/" + id).problem(404);
    }

    @Test
    void aDraftsAgendaIs404ToOutsidersAndAnUnknownTalkIs404() {
        String draft = TestEvents.create(owner.api(), TestEvents.json("Draft agenda " + UUID.randomUUID(), 20));

        assertThat(owner.api().get(agendaOf(draft)).status()).isEqualTo(200);
        anonymous.get(agendaOf(draft)).problem(404);
        stranger.api().get(agendaOf(draft)).problem(404);
        stranger.api().get(agendaOf(draft) + "/not-a-talk/calendar.ics").problem(404);
        anonymous.get("/api/events/" + UUID.randomUUID() + "/agenda").problem(404);
    }

    @Test
    void everyRefusedFieldIsNamed() {
        String event = TestEvents.published(owner.api(), "Invalid night " + UUID.randomUUID(), 50);
        var start = startOf(event);

        owner.api().postJson(agendaOf(event), talk(" ", start.minusHours(1), start.plusHours(5), "Hall",
                List.of(UUID.randomUUID().toString()), List.of(""))).fieldErrors(INVALID_INPUT, "title",
                "startsAt", "endsAt", "guestSpeakers");
        var unknownSpeaker = owner.api().postJson(agendaOf(event), talk("Ghost", start, start.plusMinutes(5), null,
                List.of(UUID.randomUUID().toString()), List.of()));
        assertThat(unknownSpeaker.fieldErrors(INVALID_INPUT, "speakerIds").get(0).get("message").toString())
                .startsWith("no Mingle account has the id");
        var wrongTypes = owner.api().postJson(agendaOf(event),
                "{\"title\": 7, \"startsAt\": \"soon\", \"endsAt\": null, \"speakerIds\": \"x\"}");
        assertThat(wrongTypes.status()).as(wrongTypes.body()).isEqualTo(400);
        owner.api().postJson(agendaOf(event), "{\"title\": \"T\", \"colour\": \"red\"}").problem(400);
        anonymous.get(agendaOf(event) + "?size=1000").problem(400);
    }

    @Test
    void aRoomHoldsOneTalkAtATime() {
        String event = TestEvents.published(owner.api(), "Room night " + UUID.randomUUID(), 50);
        var start = startOf(event);
        owner.api().postJson(agendaOf(event), talk("Opening", start, start.plusMinutes(30), "Hall A", List.of(),
                List.of()));

        var clash = owner.api().postJson(agendaOf(event), talk("Clash", start.plusMinutes(10), start.plusMinutes(20),
                "Hall A", List.of(), List.of()));

        assertThat(clash.problem(409).get("detail").toString()).contains("Opening");
    }

    private OffsetDateTime startOf(String event) {
        return OffsetDateTime.parse((String) anonymous.get("/api/events/" + event).object().get("startsAt"));
    }

    private static String agendaOf(String event) {
        return "/api/events/" + event + "/agenda";
    }

    private static String talk(String title, OffsetDateTime start, OffsetDateTime end, String room,
                               List<String> speakerIds, List<String> guests) {
        return """
                {"title": "%s", "abstract": "Why batteries matter.", "startsAt": "%s", "endsAt": "%s", %s
                 "speakerIds": [%s], "guestSpeakers": [%s]}
                """.formatted(title, ISO.format(start), ISO.format(end),
                room == null ? "" : "\"room\": \"" + room + "\",", quoted(speakerIds), quoted(guests));
    }

    private static String quoted(List<String> values) {
        return String.join(", ", values.stream().map(v -> "\"" + v + "\"").toList());
    }
}
