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

        first = meetup("First meetup", List.of(ana, ben));
        second = meetup("Second meetup", List.of(ana, cleo));
        var rows = Rows.of(context);
        rows.update("update events set starts_at = now() - interval '30 days', ends_at = now() - interval '29 days' "
                + "where id = ?::uuid", first);
        rows.update("update events set starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour' "
                + "where id = ?::uuid", second);
        connect(first, ana, ben);
        connect(second, ben, ana);
        connect(second, ana, cleo);
    }

    private String meetup(String title, List<Person> attendees) {
        String id = TestEvents.published(owner.api(), TestEvents.with(TestEvents.json(title, 3),
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
    void onlyTheGroupsOwnersAndOrganizersSeeIt() {
        ana.api().get("/api/groups/" + group + "/report").problem(403);
        anonymous.get("/api/groups/" + group + "/report").problem(401);
        owner.api().get("/api/groups/" + UUID.randomUUID() + "/report").problem(404);
    }
}
