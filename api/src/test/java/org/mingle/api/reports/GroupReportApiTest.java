package org.mingle.api.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * {@code GET /api/groups/{id}/report} over HTTP: a group of two meetups that took place, Ana at both, Ben at the first
 * only and Cleo new at the second; Ana and Ben connected at the first and again at the second, Ana and Cleo at the
 * second.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupReportApiTest implements MicronautPostgres {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApplicationContext context;

    private ApiClient anonymous;
    private Person owner;
    private Person ana;
    private String group;
    private String first;
    private String second;

    @BeforeAll
    void twoMeetupsThatTookPlace() {
        anonymous = new ApiClient(server, json);
        owner = TestAccounts.signUpAndLogIn(anonymous, "Gerd Groupowner");
        ana = TestAccounts.signUpAndLogIn(anonymous, "Ana Again");
        var ben = TestAccounts.signUpAndLogIn(anonymous, "Ben Once");
        var cleo = TestAccounts.signUpAndLogIn(anonymous, "Cleo New");
        var created = owner.api().postJson("/api/groups", "{\"name\": \"Report circle " + UUID.randomUUID() + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        group = (String) created.object().get("id");
        assertThat(ana.api().postEmpty("/api/groups/" + group + "/members").status()).isEqualTo(201);

        first = meetup(group, "First meetup", List.of(ana, ben));
        second = meetup(group, "Second meetup", List.of(ana, cleo));
        var rows = Rows.of(context);
        rows.update("update events set starts_at = now() - interval '30 days', ends_at = now() - interval '29 days' "
                + "where id = ?::uuid", first);
        rows.update("update events set starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour' "
                + "where id = ?::uuid", second);
        connect(first, ana, ben);
        connect(second, ben, ana);
        connect(second, ana, cleo);
    }

    private String meetup(String group, String title, List<Person> attendees) {
        String id = TestEvents.published(owner.api(), TestEvents.with(TestEvents.json(title, attendees.size() + 1),
                "\"groupId\": \"" + group + "\""));
        attendees.forEach(person -> TestEvents.registerConfirmed(person.api(), id));
        return id;
    }

    /** A connection recorded straight into the read side's facts, as the connections feature stores them. */
    private void connect(String event, Person one, Person other) {
        Rows.of(context).update("""
                insert into connections (id, event_id, first_account, second_account, recorded_by, source, recommended,
                                         met_in_round, matched_by_request, created_at)
                values (gen_random_uuid(), ?::uuid, least(?::uuid, ?::uuid), greatest(?::uuid, ?::uuid), ?::uuid,
                        'SEARCH', false, false, false, now())""", event, one.id(), other.id(), one.id(), other.id(), one.id());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOwnerSeesNewcomersReturningPeopleAndTheWideningCircle() {
        var answer = owner.api().get("/api/groups/" + group + "/report");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        var report = answer.object();
        assertThat(report).containsEntry("members", 2);
        assertThat((List<Map<String, Object>>) report.get("events"))
                .extracting(e -> e.get("eventId"), e -> e.get("attendees"), e -> e.get("newcomers"),
                        e -> e.get("connections"))
                .containsExactly(tuple(first, 2, 2, 1),
                        tuple(second, 2, 1, 2));
        assertThat(((Number) report.get("returningShare")).doubleValue()).isEqualTo(0.25);
        assertThat((List<Map<String, Object>>) report.get("cumulativeConnections"))
                .extracting(c -> c.get("pairs")).containsExactly(1, 2);
        assertThat((List<Map<String, Object>>) report.get("membersOverTime")).last()
                .isEqualTo(Map.of("month", YearMonth.now(ZoneOffset.UTC).toString(), "members", 2));
    }

    @Test
    @SuppressWarnings("unchecked")
    void meetingRequestsShowHowTheyFaredAtEachEventAndAcrossThem() {
        var people = List.of(TestAccounts.signUpAndLogIn(anonymous, "Rita Requester"),
                TestAccounts.signUpAndLogIn(anonymous, "Rolf Asked"), TestAccounts.signUpAndLogIn(anonymous,
                        "Rosa Asked"), TestAccounts.signUpAndLogIn(anonymous, "Rudi Asked"));
        // At the first meetup: accepted after 30 minutes, declined after 90, one expired; at the second one waiting.
        request(first, people.get(0), people.get(1), "ACCEPTED", "30 minutes");
        request(first, people.get(0), people.get(2), "DECLINED", "90 minutes");
        request(first, people.get(0), people.get(3), "EXPIRED", "2 days");
        request(second, people.get(1), people.get(2), "PENDING", null);

        var report = owner.api().get("/api/groups/" + group + "/report").object();

        assertThat(report).containsEntry("requests", figures(4, 2, 1, 1, 1, 0.5, "PT1H"));
        assertThat((List<Map<String, Object>>) report.get("eventRequests")).containsExactly(
                Map.of("eventId", first, "requests", figures(3, 2, 1, 1, 1, 0.5, "PT1H")),
                Map.of("eventId", second, "requests", figures(1, 0, 0, 0, 0, 0.0, null)));
    }

    /** The figures as the report writes them; the median is null while none is answered. */
    private static Map<String, Object> figures(int sent, int answered, int accepted, int declined, int expired,
                                               double rate, String median) {
        Map<String, Object> figures = new HashMap<>(Map.of("sent", sent, "answered", answered, "accepted", accepted,
                "declined", declined, "expired", expired, "acceptanceRate", rate));
        figures.put("medianTimeToAnswer", median);
        return figures;
    }

    /** A request stored as the meetings feature keeps it, answered (or expired) this long after it was sent. */
    private void request(String event, Person from, Person to, String status, String after) {
        Rows.of(context).update("""
                insert into meeting_requests (id, event_id, from_account, to_account, status, created_at,
                                              responded_at, expires_at)
                values (gen_random_uuid(), ?::uuid, ?::uuid, ?::uuid, ?, now() - interval '3 days',
                        now() - interval '3 days' + ?::interval, now() - interval '1 day')""",
                event, from.id(), to.id(), status, after);
    }

    @Test
    @SuppressWarnings("unchecked")
    void heldMeetingsAndNoShowsAddUpAcrossTheGroupsEventsByTheirEndedMeetings() {
        var created = owner.api().postJson("/api/groups", "{\"name\": \"Held circle " + UUID.randomUUID() + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String heldGroup = (String) created.object().get("id");
        var people = List.of(TestAccounts.signUpAndLogIn(anonymous, "Hana Held"),
                TestAccounts.signUpAndLogIn(anonymous, "Hugo Held"), TestAccounts.signUpAndLogIn(anonymous,
                        "Hedi Held"), TestAccounts.signUpAndLogIn(anonymous, "Henk Held"));
        String early = meetup(heldGroup, "Early meetup", people);
        String late = meetup(heldGroup, "Late meetup", people);
        String quiet = meetup(heldGroup, "Quiet meetup", people);
        var rows = Rows.of(context);
        rows.update("update events set starts_at = now() - interval '30 days', ends_at = now() - interval '29 days' "
                + "where id = ?::uuid", early);
        rows.update("update events set starts_at = now() - interval '3 hours', ends_at = now() + interval '1 hour' "
                + "where id = ?::uuid", late);
        rows.update("update events set starts_at = now() - interval '10 days', ends_at = now() - interval '9 days' "
                + "where id = ?::uuid", quiet);
        // Early: three meetings ended, two held and one no-show. Late: one held and one no-show ended, one held
        // meeting still running. Quiet: no meeting booked.
        booked(early, people.get(0), people.get(1), "HELD", "29 days");
        booked(early, people.get(2), people.get(3), "HELD", "29 days");
        booked(early, people.get(0), people.get(2), "NO_SHOW", "29 days");
        booked(late, people.get(0), people.get(1), "HELD", "2 hours");
        booked(late, people.get(2), people.get(3), "NO_SHOW", "2 hours");
        booked(late, people.get(1), people.get(3), "HELD", "-10 minutes");

        var report = owner.api().get("/api/groups/" + heldGroup + "/report").object();

        assertThat(report).as("3 of 5 ended meetings held, not the mean of 2/3 and 1/2")
                .containsEntry("heldMeetings", held(4, 2, 5, 0.6));
        assertThat((List<Map<String, Object>>) report.get("eventHeldMeetings")).containsExactly(
                Map.of("eventId", early, "heldMeetings", held(2, 1, 3, 0.6667)),
                Map.of("eventId", quiet, "heldMeetings", held(0, 0, 0, 0.0)),
                Map.of("eventId", late, "heldMeetings", held(2, 1, 2, 0.5)));
    }

    private static Map<String, Object> held(int held, int noShows, int ended, double share) {
        return Map.of("held", held, "noShows", noShows, "ended", ended, "heldShare", share);
    }

    /**
     * An accepted request with its booking in a slot that ended this long ago (a negative interval: that ends in the
     * future), in the state the meetings feature gives it once answered.
     */
    private void booked(String event, Person one, Person other, String state, String endedAgo) {
        String request = UUID.randomUUID().toString();
        String session = UUID.randomUUID().toString();
        String table = UUID.randomUUID().toString();
        var rows = Rows.of(context);
        rows.update("""
                insert into meeting_requests (id, event_id, from_account, to_account, status, created_at,
                                              responded_at, expires_at)
                values (?::uuid, ?::uuid, ?::uuid, ?::uuid, 'ACCEPTED', now() - interval '40 days',
                        now() - interval '40 days', now() - interval '39 days')""",
                request, event, one.id(), other.id());
        rows.update("""
                insert into networking_sessions (id, event_id, name, starts_at, ends_at, slot_minutes, created_at)
                values (?::uuid, ?::uuid, 'Meetings', now() - ?::interval - interval '20 minutes',
                        now() - ?::interval, 20, now())""", session, event, endedAgo, endedAgo);
        rows.update("""
                insert into meeting_tables (id, event_id, name, seats, created_at)
                values (?::uuid, ?::uuid, ?, 2, now())""", table, event, "Table " + table);
        rows.update("""
                insert into meeting_bookings (request_id, event_id, session_id, table_id, starts_at, ends_at, place,
                                              state, state_since)
                values (?::uuid, ?::uuid, ?::uuid, ?::uuid, now() - ?::interval - interval '20 minutes',
                        now() - ?::interval, 1, ?, case when ? = 'SCHEDULED' then null else now() end)""",
                request, event, session, table, endedAgo, endedAgo, state, state);
    }

    @Test
    void onlyTheGroupsOwnersAndOrganizersSeeIt() {
        ana.api().get("/api/groups/" + group + "/report").problem(403);
        anonymous.get("/api/groups/" + group + "/report").problem(401);
        owner.api().get("/api/groups/" + UUID.randomUUID() + "/report").problem(404);
    }
}
