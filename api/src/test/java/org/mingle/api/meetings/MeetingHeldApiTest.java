package org.mingle.api.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.api.ApiClient;
import org.mingle.api.Rows;
import org.mingle.api.TestAccounts.Person;
import org.mingle.api.TestAccounts;
import org.mingle.api.TestEvents;
import org.mingle.testsupport.MicronautPostgres;

/**
 * {@code POST /api/events/{id}/meetings/{mid}/held} over HTTP: "we met" from both makes a meeting held, "they did not
 * show" makes it a no-show and lists people free now, the report counts both, and every refusal is problem JSON.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingHeldApiTest implements MicronautPostgres {

    private static final String MALFORMED = "urn:mingle:problem:malformed-request";
    private static final String CONFLICT = "urn:mingle:problem:conflict";
    private static final String NOT_FOUND = "urn:mingle:problem:not-found";

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
    private Person dora;

    @BeforeAll
    void people() {
        rows = Rows.of(context);
        var anonymous = new ApiClient(server, json);
        organizer = TestAccounts.signUpAndLogIn(anonymous, "Olga Organizer");
        ada = TestAccounts.signUpAndLogIn(anonymous, "Ada Held");
        ben = TestAccounts.signUpAndLogIn(anonymous, "Ben Held");
        cleo = TestAccounts.signUpAndLogIn(anonymous, "Cleo Held");
        dora = TestAccounts.signUpAndLogIn(anonymous, "Dora Held");
    }

    /** A published event with a session of 20-minute slots and a long table; these people confirmed. */
    private String event(Person... attendees) {
        Instant start = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.HOURS);
        String id = TestEvents.published(organizer.api(), TestEvents.json("Held meetings", start,
                start.plus(Duration.ofHours(3))));
        for (var person : attendees) {
            TestEvents.registerConfirmed(person.api(), id);
        }
        var session = organizer.api().postJson("/api/events/" + id + "/sessions", """
                {"name": "Meetings", "startsAt": "%s", "endsAt": "%s", "slotMinutes": 20}
                """.formatted(TestEvents.berlin(start), TestEvents.berlin(start.plus(Duration.ofHours(2)))));
        assertThat(session.status()).as(session.body()).isEqualTo(201);
        var table = organizer.api().postJson("/api/events/" + id + "/tables", "{\"name\": \"Long\", \"seats\": 40}");
        assertThat(table.status()).as(table.body()).isEqualTo(201);
        return id;
    }

    private static String match(String event, Person from, Person to) {
        var asked = from.api().postJson("/api/events/" + event + "/meeting-requests",
                "{\"toAccountId\": \"" + to.id() + "\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        var accepted = to.api().postEmpty(asked.header("Location") + "/accept");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        return "/api/events/" + event + "/meetings/" + asked.object().get("id");
    }

    /** Moves the meeting's slot so that it began {@code ago} before now, as if that time had come. */
    private void beganAgo(String meetingPath, Duration ago) {
        String id = meetingPath.substring(meetingPath.lastIndexOf('/') + 1);
        String start = Instant.now().minus(ago).truncatedTo(ChronoUnit.MILLIS).toString();
        rows.update("update meeting_bookings set starts_at = ?::timestamptz,"
                + " ends_at = ?::timestamptz + interval '20 minutes' where request_id = ?::uuid", start, start, id);
        rows.update("update meeting_booking_people set starts_at = ?::timestamptz where request_id = ?::uuid",
                start, id);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> heldOf(Map<String, Object> answer) {
        return (Map<String, Object>) ((Map<String, Object>) answer.get("meeting")).get("held");
    }

    @Test
    void bothSayingWeMetMakeItHeldAndTheReportCountsIt() {
        String event = event(ada, ben);
        String meeting = match(event, ada, ben);
        beganAgo(meeting, Duration.ofMinutes(30));

        var byAda = ada.api().postEmpty(meeting + "/held");
        assertThat(byAda.status()).as(byAda.body()).isEqualTo(200);
        assertThat(heldOf(byAda.object())).isEqualTo(Map.of("state", "SCHEDULED", "yourAnswer", "WE_MET"));
        assertThat(byAda.object()).containsEntry("freeNow", List.of());

        var byBen = ben.api().postJson(meeting + "/held", "{\"met\": true}");
        assertThat(byBen.status()).as(byBen.body()).isEqualTo(200);
        assertThat(heldOf(byBen.object())).isEqualTo(Map.of("state", "HELD", "yourAnswer", "WE_MET"));

        var again = ben.api().postJson(meeting + "/held", "{}");
        assertThat(again.status()).as("the same answer again is harmless").isEqualTo(200);
        assertThat(again.object()).isEqualTo(byBen.object());

        var report = organizer.api().get("/api/events/" + event + "/report");
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.object()).containsEntry("heldMeetings",
                Map.of("held", 1, "noShows", 0, "ended", 1, "heldShare", 1.0));
    }

    @Test
    void aNoShowListsWhoIsFreeNowAndCannotFollowAHeldMeeting() {
        String event = event(ada, ben, cleo, dora);
        String meeting = match(event, ada, ben);
        beganAgo(meeting, Duration.ofMinutes(11));
        String busy = match(event, cleo, dora);
        beganAgo(busy, Duration.ofMinutes(11).plusMillis(7));

        var noShow = ada.api().postJson(meeting + "/held", "{\"met\": false}");

        assertThat(noShow.status()).as(noShow.body()).isEqualTo(200);
        assertThat(heldOf(noShow.object())).isEqualTo(Map.of("state", "NO_SHOW", "yourAnswer", "THEY_DID_NOT_SHOW"));
        // Cleo and Dora are in a meeting now and Ben did not come: nobody else is here.
        assertThat(noShow.list("freeNow")).extracting(person -> person.get("accountId"))
                .doesNotContain(ben.id(), cleo.id(), dora.id());
        assertThat(ben.api().get("/api/events/" + event + "/meetings/me").list("items"))
                .anySatisfy(item -> assertThat(item.get("held")).isEqualTo(Map.of("state", "NO_SHOW")));

        rows.update("update meeting_bookings set ends_at = now() - interval '1 minute' where request_id = ?::uuid",
                busy.substring(busy.lastIndexOf('/') + 1));
        var later = ada.api().postJson(meeting + "/held", "{\"met\": false}");
        assertThat(later.list("freeNow")).extracting(person -> person.get("accountId"))
                .as("Cleo and Dora's meeting is over: both are free now").contains(cleo.id(),
                        dora.id()).doesNotContain(ben.id());

        assertThat(ada.api().postJson(meeting + "/held", "{\"met\": true}").problem(409))
                .containsEntry("type", CONFLICT);

        cleo.api().postEmpty(busy + "/held");
        dora.api().postEmpty(busy + "/held");
        assertThat(dora.api().postJson(busy + "/held", "{\"met\": false}").problem(409))
                .containsEntry("type", CONFLICT);
    }

    @Test
    void everyRefusalIsProblemJson() {
        String event = event(ada, ben, cleo);
        String meeting = match(event, ada, ben);

        assertThat(ada.api().postEmpty(meeting + "/held").problem(409)).as("before the slot begins")
                .containsEntry("type", CONFLICT);
        assertThat(cleo.api().postEmpty(meeting + "/held").problem(404)).as("not one of the two")
                .containsEntry("type", NOT_FOUND);
        assertThat(organizer.api().postEmpty(meeting + "/held").problem(404)).as("not even the organizer")
                .containsEntry("type", NOT_FOUND);
        assertThat(ada.api().postEmpty("/api/events/" + event + "/meetings/not-a-uuid/held").status())
                .isIn(400, 404);
        beganAgo(meeting, Duration.ofMinutes(2));
        assertThat(ada.api().postJson(meeting + "/held", "{\"met\": \"yes\"}").problem(400))
                .containsEntry("type", MALFORMED);
        assertThat(ada.api().postJson(meeting + "/held", "{\"held\": true}").problem(400))
                .as("an unknown field").containsEntry("type", MALFORMED);
        assertThat(ada.api().postJson(meeting + "/held", "[true]").problem(400)).containsEntry("type", MALFORMED);
        assertThat(new ApiClient(server, json).postEmpty(meeting + "/held").status()).isEqualTo(401);

        String unbooked = match(event(ada, cleo), cleo, ada);
        rows.update("delete from meeting_bookings where request_id = ?::uuid",
                unbooked.substring(unbooked.lastIndexOf('/') + 1));
        assertThat(ada.api().postEmpty(unbooked + "/held").problem(409)).as("a meeting without a time")
                .containsEntry("type", CONFLICT).extractingByKey("detail").asString().contains("no time yet");
    }
}
