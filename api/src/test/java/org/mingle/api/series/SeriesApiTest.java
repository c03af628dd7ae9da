package org.mingle.api.series;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.api.ApiClient;
import org.mingle.api.TestAccounts.Person;
import org.mingle.api.TestAccounts;
import org.mingle.testsupport.MicronautPostgres;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeriesApiTest implements MicronautPostgres {

    private static final String INVALID = "urn:mingle:problem:invalid-input";
    private static final String MALFORMED = "urn:mingle:problem:malformed-request";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    DSLContext sql;

    private ApiClient anonymous;
    private Person owner;
    private Person organizer;
    private Person member;
    private String group;
    private final LocalDate tuesday = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(2)
            .with(TemporalAdjusters.next(DayOfWeek.TUESDAY));

    @BeforeAll
    void world() {
        anonymous = new ApiClient(server, json);
        owner = TestAccounts.signUpAndLogIn(anonymous, "Greta Owner");
        organizer = TestAccounts.signUpAndLogIn(anonymous, "Otto Organizer");
        member = TestAccounts.signUpAndLogIn(anonymous, "Mia Member");
        group = SeriesGroups.create(sql, Map.of(owner.id(), "OWNER", organizer.id(), "ORGANIZER", member.id(),
                "MEMBER"));
    }

    private String series() {
        return "/api/groups/" + group + "/series";
    }

    @Test
    void createsOneEventPerDateAtTheLocalStartTime() {
        var created = organizer.api().postJson(series(), SeriesGroups.weeklyJson(tuesday.toString(), 6, false));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var id = (String) created.object().get("id");
        assertThat(created.header("Location")).isEqualTo("/api/series/" + id);
        var events = created.list("events");
        assertThat(events).hasSize(6).allSatisfy(event -> {
            assertThat(OffsetDateTime.parse((String) event.get("startsAt")).toLocalTime()).hasToString("18:30");
            assertThat(event.get("status")).isEqualTo("DRAFT");
        });
        assertThat(OffsetDateTime.parse((String) events.get(5).get("startsAt")).toLocalDate())
                .isEqualTo(tuesday.plusWeeks(5));
        var event = organizer.api().get("/api/events/" + events.get(0).get("id"));
        assertThat(event.status()).isEqualTo(200);
        assertThat(event.object()).containsEntry("title", "Founders breakfast").containsEntry("capacity", 40);
        assertThat(OffsetDateTime.parse((String) event.object().get("endsAt")).toLocalTime()).hasToString("20:30");
        var read = owner.api().get("/api/series/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.object()).containsEntry("rrule", "FREQ=WEEKLY;BYDAY=TU;COUNT=6")
                .containsEntry("localStartTime", "18:30").containsEntry("occurrenceCount", 6)
                .containsEntry("lastDate", tuesday.plusWeeks(5).toString()).containsEntry("groupId", group);
    }

    @Test
    void publishesWhenAskedAndEveryoneSeesTheEvents() {
        var created = owner.api().postJson(series(), SeriesGroups.weeklyJson(tuesday.toString(), 2, true));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        for (var event : created.list("events")) {
            assertThat(anonymous.get("/api/events/" + event.get("id")).object()).containsEntry("status", "PUBLISHED");
        }
    }

    @Test
    void previewListsTheDatesAndCreatesNothing() {
        var before = sql.fetchCount(sql.selectFrom("event_series").where("group_id = ?::uuid", group));

        var preview = owner.api().postJson(series() + "/preview", SeriesGroups.weeklyJson("2030-03-19", 3, false));

        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.list("dates")).extracting(d -> d.get("startsAt")).containsExactly(
                "2030-03-19T18:30:00+01:00", "2030-03-26T18:30:00+01:00", "2030-04-02T18:30:00+02:00");
        assertThat(sql.fetchCount(sql.selectFrom("event_series").where("group_id = ?::uuid", group)))
                .isEqualTo(before);
    }

    @Test
    void onlyTheGroupsOwnersAndOrganizersMayCreate() {
        member.api().postJson(series(), SeriesGroups.weeklyJson(tuesday.toString(), 2, false)).problem(403);
        anonymous.postJson(series(), SeriesGroups.weeklyJson(tuesday.toString(), 2, false)).problem(401);
        owner.api().postJson("/api/groups/" + UUID.randomUUID() + "/series",
                SeriesGroups.weeklyJson(tuesday.toString(), 2, false)).problem(404);
        owner.api().postJson("/api/groups/not-an-id/series", SeriesGroups.weeklyJson(tuesday.toString(), 2, false))
                .problem(404);
    }

    @Test
    void refusedFieldsAreNamedTogether() {
        var reply = owner.api().postJson(series(), """
                {"title": "", "capacity": 0, "timeZone": "CET", "localStartTime": "6pm", "durationMinutes": 0,
                 "rrule": "FREQ=HOURLY;COUNT=3", "firstDate": "16.03.2027"}
                """);

        var errors = reply.fieldErrors(INVALID, "title", "capacity", "timeZone", "localStartTime", "durationMinutes",
                "firstDate", "rrule");
        assertThat(errors).anySatisfy(e -> assertThat(e).containsEntry("field", "rrule").containsEntry("message",
                "must repeat DAILY, WEEKLY, MONTHLY or YEARLY: the time of day is the start time"));
    }

    @Test
    void tooManyDatesAtOnceSaySoInTheError() {
        var reply = owner.api().postJson(series(), SeriesGroups.weeklyJson(tuesday.toString(), 60, false));

        assertThat(reply.fieldErrors(INVALID, "rrule").get(0).get("message")).asString().contains("at most 52");
    }

    @Test
    void malformedBodiesAnswer400() {
        owner.api().postJson(series(), "{\"title\": 5}").fieldErrors(MALFORMED, "title");
        owner.api().postJson(series(), SeriesGroups.weeklyJson(tuesday.toString(), 2, false)
                .replace("\"publish\"", "\"publsh\"")).problem(400);
        owner.api().postJson(series(), "not json").problem(400);
    }

    @Test
    void eachOccurrenceIsEditedAndCancelledOnItsOwn() {
        var created = owner.api().postJson(series(), SeriesGroups.weeklyJson(tuesday.toString(), 3, true));
        var events = created.list("events");
        var id = (String) created.object().get("id");

        assertThat(owner.api().patchJson("/api/events/" + events.get(0).get("id"), "{\"title\": \"Pitch night\"}")
                .status()).isEqualTo(200);
        assertThat(owner.api().postEmpty("/api/events/" + events.get(1).get("id") + "/cancel").status())
                .isEqualTo(200);

        var now = owner.api().get("/api/series/" + id).list("events");
        assertThat(now).extracting(e -> e.get("title")).containsExactly("Pitch night", "Founders breakfast",
                "Founders breakfast");
        assertThat(now).extracting(e -> e.get("status")).containsExactly("PUBLISHED", "CANCELLED", "PUBLISHED");
    }

    @Test
    void extendingContinuesTheRuleAndOnlyTheGroupsOrganizersSeeTheSeries() {
        var id = (String) owner.api().postJson(series(), SeriesGroups.weeklyJson(tuesday.toString(), 2, false))
                .object().get("id");

        var extended = organizer.api().postJson("/api/series/" + id + "/extend", "{\"count\": 2}");

        assertThat(extended.status()).as(extended.body()).isEqualTo(200);
        assertThat(extended.list("events")).hasSize(4);
        assertThat(extended.object()).containsEntry("lastDate", tuesday.plusWeeks(3).toString());
        var until = owner.api().postJson("/api/series/" + id + "/extend",
                "{\"until\": \"" + tuesday.plusWeeks(5) + "\"}");
        assertThat(until.list("events")).hasSize(6);
        owner.api().postJson("/api/series/" + id + "/extend", "{\"count\": 2, \"until\": \"2031-01-01\"}")
                .fieldErrors(INVALID, "until");
        owner.api().postJson("/api/series/" + id + "/extend", "{}").fieldErrors(INVALID, "count");
        member.api().get("/api/series/" + id).problem(404);
        member.api().postJson("/api/series/" + id + "/extend", "{\"count\": 1}").problem(404);
        owner.api().get("/api/series/" + UUID.randomUUID()).problem(404);
        owner.api().get("/api/series/nonsense").problem(404);
    }

    @Test
    void aRepeatedCreateWithTheSameIdempotencyKeyCreatesOnce() {
        var client = owner.api().withHeader("Idempotency-Key", "series-" + UUID.randomUUID());
        var body = SeriesGroups.weeklyJson(tuesday.toString(), 2, false);

        var first = client.postJson(series(), body);
        var again = client.postJson(series(), body);

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.object().get("id")).isEqualTo(first.object().get("id"));
        assertThat(List.of(first, again)).allSatisfy(reply -> assertThat(reply.list("events")).hasSize(2));
    }
}
