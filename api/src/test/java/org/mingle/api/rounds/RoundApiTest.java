package org.mingle.api.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.api.ApiClient.Reply;
import org.mingle.api.ApiClient;
import org.mingle.api.Rows;
import org.mingle.api.TestAccounts.Person;
import org.mingle.api.TestAccounts;
import org.mingle.api.TestEvents;
import org.mingle.api.TestProfiles;
import org.mingle.testsupport.MicronautPostgres;

/**
 * Speed-networking rounds over HTTP: planning for the people checked in or confirmed, odd counts, planning again while
 * a round is under way, the team's schedule, each attendee's own rounds with companions and reasons, retries with an
 * idempotency key, and every refusal.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoundApiTest implements MicronautPostgres {

    private static final String INVALID = "urn:mingle:problem:invalid-input";
    private static final String MALFORMED = "urn:mingle:problem:malformed-request";
    private static final String RULE = "urn:mingle:problem:rule-violated";

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    ApplicationContext context;

    private Rows rows;
    private ApiClient anonymous;
    private Person organizer;
    private Person coOrganizer;
    private Person staff;
    private Person stranger;
    private final List<Person> people = new ArrayList<>();

    @BeforeAll
    void accounts() {
        rows = Rows.of(context);
        anonymous = new ApiClient(server, json);
        organizer = TestAccounts.signUpAndLogIn(anonymous, "Olga Organizer");
        coOrganizer = TestAccounts.signUpAndLogIn(anonymous, "Cora Coorganizer");
        staff = TestAccounts.signUpAndLogIn(anonymous, "Stan Staff");
        stranger = TestAccounts.signUpAndLogIn(anonymous, "Sam Stranger");
        for (String name : List.of("Ada Round", "Ben Round", "Cleo Round", "Dan Round", "Eve Round", "Finn Round",
                "Gus Round")) {
            people.add(TestAccounts.signUpAndLogIn(anonymous, name));
        }
        TestProfiles.save(ada().api(), """
                {"headline": "Climate founder", "interests": ["Climate Tech", "Cycling"],
                 "seeking": ["INVESTMENT"], "visibility": {"interests": "ATTENDEES"}}
                """);
        TestProfiles.save(ben().api(), """
                {"headline": "Angel investor", "company": "Secret Capital GmbH", "interests": ["climate tech"],
                 "offering": ["INVESTMENT"], "visibility": {"company": "PRIVATE", "interests": "ATTENDEES"}}
                """);
    }

    private Person ada() {
        return people.get(0);
    }

    private Person ben() {
        return people.get(1);
    }

    /** A published event of the organizer's with co-organizer and staff on the team. */
    private String event() {
        String event = TestEvents.published(organizer.api(), TestEvents.json("Speed networking night", 30, 50, false,
                null));
        TestEvents.addToTeam(organizer.api(), event, coOrganizer.email(), "CO_ORGANIZER");
        TestEvents.addToTeam(organizer.api(), event, staff.email(), "CHECKIN_STAFF");
        return event;
    }

    /** Registers each person (confirmed) and checks them in. */
    private void checkIn(String event, List<Person> attendees) {
        for (var person : attendees) {
            var registered = person.api().postEmpty("/api/events/" + event + "/registrations");
            String code;
            if (registered.status() == 201) {
                code = (String) registered.object().get("checkInCode");
            } else {
                code = (String) person.api().get("/api/events/" + event + "/registrations/me").object()
                        .get("checkInCode");
            }
            var checkedIn = staff.api().postJson("/api/events/" + event + "/check-ins",
                    "{\"checkInCode\": \"" + code + "\"}");
            assertThat(checkedIn.status()).as(checkedIn.body()).isEqualTo(200);
        }
    }

    /** An event where these people are checked in. */
    private String eventWithCheckedIn(int count) {
        String event = event();
        checkIn(event, people.subList(0, count));
        return event;
    }

    private static String rounds(String event) {
        return "/api/events/" + event + "/rounds";
    }

    private static Instant inAnHour() {
        return Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MINUTES);
    }

    private static String body(int rounds, int minutes, Instant startsAt, String extra) {
        return """
                {"rounds": %d, "minutesPerRound": %d, "startsAt": "%s"%s}
                """.formatted(rounds, minutes, TestEvents.berlin(startsAt), extra.isEmpty() ? "" : ", " + extra);
    }

    private Map<String, Object> planned(Person by, String event, String body) {
        var reply = by.api().postJson(rounds(event), body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.object();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> object, String field) {
        return (List<Map<String, Object>>) object.get(field);
    }

    /** The account ids at each table of a round. */
    private static List<List<String>> tables(Map<String, Object> round) {
        return list(round, "tables").stream()
                .map(table -> list(table, "people").stream().map(p -> (String) p.get("accountId")).toList())
                .toList();
    }

    private static List<String> resting(Map<String, Object> round) {
        return list(round, "resting").stream().map(p -> (String) p.get("accountId")).toList();
    }

    /** Every pair that met at a table, asserting none met twice. */
    private static void assertNoPairMeetsTwice(List<Map<String, Object>> rounds) {
        Set<Set<String>> met = new HashSet<>();
        for (var round : rounds) {
            for (var table : tables(round)) {
                for (int i = 0; i < table.size(); i++) {
                    for (int j = i + 1; j < table.size(); j++) {
                        assertThat(met.add(Set.of(table.get(i), table.get(j))))
                                .as("%s and %s meet again in round %s", table.get(i), table.get(j),
                                        round.get("number"))
                                .isTrue();
                    }
                }
            }
        }
    }

    /** Asserts each round seats exactly these people, each once. */
    private static void assertEveryoneSeatedOnce(List<Map<String, Object>> rounds, List<Person> expected) {
        var ids = expected.stream().map(Person::id).toList();
        for (var round : rounds) {
            var seated = new ArrayList<String>();
            tables(round).forEach(seated::addAll);
            seated.addAll(resting(round));
            assertThat(seated).as("round %s", round.get("number")).containsExactlyInAnyOrderElementsOf(ids);
        }
    }

    @Test
    void threeRoundsForSixPeopleSeatEveryonePairwiseWithoutRepeatsInTheEventsTimeZone() {
        String event = eventWithCheckedIn(6);
        Instant start = inAnHour();

        var reply = organizer.api().postJson(rounds(event), body(3, 8, start, "\"breakMinutes\": 2"));

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.header("Location")).isEqualTo(rounds(event));
        var schedule = reply.object();
        assertThat(schedule).containsOnlyKeys("eventId", "timeZone", "rounds")
                .containsEntry("eventId", event).containsEntry("timeZone", "Europe/Berlin");
        var all = list(schedule, "rounds");
        assertThat(all).extracting(r -> r.get("number")).containsExactly(1, 2, 3);
        for (int i = 0; i < 3; i++) {
            var round = all.get(i);
            assertThat(round).containsOnlyKeys("number", "startsAt", "endsAt", "tables", "resting");
            Instant roundStart = start.plus(Duration.ofMinutes(10L * i));
            assertThat(round).containsEntry("startsAt", TestEvents.berlin(roundStart))
                    .containsEntry("endsAt", TestEvents.berlin(roundStart.plus(Duration.ofMinutes(8))));
            assertThat(list(round, "tables")).extracting(t -> t.get("number")).containsExactly(1, 2, 3);
            assertThat(tables(round)).allSatisfy(table -> assertThat(table).hasSize(2));
            assertThat(resting(round)).isEmpty();
        }
        assertThat((String) all.get(0).get("startsAt")).matches(".*\\+0[12]:00");
        assertEveryoneSeatedOnce(all, people.subList(0, 6));
        assertNoPairMeetsTwice(all);
        Map<String, String> names = new HashMap<>();
        all.forEach(round -> list(round, "tables").forEach(table -> list(table, "people")
                .forEach(p -> names.put((String) p.get("accountId"), (String) p.get("displayName")))));
        people.subList(0, 6).forEach(p -> assertThat(names).containsEntry(p.id(), p.displayName()));

        for (var team : List.of(organizer, coOrganizer, staff)) {
            var read = team.api().get(rounds(event));
            assertThat(read.status()).as(read.body()).isEqualTo(200);
            assertThat(read.header("Cache-Control")).isEqualTo("no-store");
            assertThat(read.object()).isEqualTo(schedule);
        }
    }

    @Test
    void beforeAnyPlanTheScheduleIsEmpty() {
        String event = event();

        var read = organizer.api().get(rounds(event));

        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.object()).containsEntry("eventId", event).containsEntry("timeZone", "Europe/Berlin")
                .containsEntry("rounds", List.of());
    }

    @Test
    void anOddCountWithRestSeatsPairsAndRestsADifferentPersonEachRound() {
        String event = eventWithCheckedIn(5);

        var all = list(planned(coOrganizer, event, body(3, 5, inAnHour(), "\"oddCount\": \"rest\"")), "rounds");

        assertThat(all).hasSize(3);
        for (var round : all) {
            assertThat(tables(round)).hasSize(2).allSatisfy(table -> assertThat(table).hasSize(2));
            assertThat(resting(round)).hasSize(1);
            assertThat(list(round, "resting").get(0)).containsOnlyKeys("accountId", "displayName");
        }
        assertThat(all.stream().map(r -> resting(r).get(0)).distinct()).hasSize(3);
        assertEveryoneSeatedOnce(all, people.subList(0, 5));
        assertNoPairMeetsTwice(all);
    }

    @Test
    void anOddCountWithTrioSeatsOneTableOfThreeAndTrioIsTheDefault() {
        String event = eventWithCheckedIn(7);

        for (String extra : List.of("\"oddCount\": \"TRIO\"", "")) {
            var all = list(planned(organizer, event, body(1, 5, inAnHour(), extra)), "rounds");

            assertThat(all).hasSize(1);
            assertThat(tables(all.get(0))).extracting(List::size).containsExactlyInAnyOrder(2, 2, 3);
            assertThat(resting(all.get(0))).isEmpty();
            assertEveryoneSeatedOnce(all, people.subList(0, 7));
        }
    }

    @Test
    void includeConfirmedSeatsConfirmedPeopleWhoAreNotCheckedIn() {
        String event = eventWithCheckedIn(2);
        for (var person : people.subList(2, 4)) {
            TestEvents.registerConfirmed(person.api(), event);
        }

        var checkedInOnly = list(planned(organizer, event, body(1, 5, inAnHour(), "")), "rounds");
        assertEveryoneSeatedOnce(checkedInOnly, people.subList(0, 2));

        var everyone = list(planned(organizer, event, body(1, 5, inAnHour(), "\"includeConfirmed\": true")),
                "rounds");
        assertEveryoneSeatedOnce(everyone, people.subList(0, 4));
        assertThat(tables(everyone.get(0))).hasSize(2);
    }

    @Test
    void planningAgainKeepsTheRoundUnderWayAndNumbersTheNewRoundsAfterIt() {
        String event = eventWithCheckedIn(4);
        Instant oneMinuteAgo = Instant.now().minus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.SECONDS);
        var first = list(planned(organizer, event, body(2, 10, oneMinuteAgo, "\"breakMinutes\": 0")), "rounds");
        assertThat(first).hasSize(2);
        var underWay = first.get(0);
        Instant underWayEnds = oneMinuteAgo.plus(Duration.ofMinutes(10));

        var tooEarly = organizer.api().postJson(rounds(event), body(2, 5, Instant.now().plus(Duration.ofMinutes(2)),
                "")).fieldErrors(INVALID, "startsAt");
        assertThat((String) tooEarly.get(0).get("message")).startsWith("must not be before the end of the round");

        checkIn(event, people.subList(4, 6));
        var again = list(planned(organizer, event, body(3, 5, underWayEnds, "")), "rounds");

        assertThat(again).extracting(r -> r.get("number")).containsExactly(1, 2, 3, 4);
        assertThat(again.get(0)).isEqualTo(underWay);
        assertEveryoneSeatedOnce(again.subList(0, 1), people.subList(0, 4));
        assertEveryoneSeatedOnce(again.subList(1, 4), people.subList(0, 6));
        assertThat(again.get(1)).containsEntry("startsAt", TestEvents.berlin(underWayEnds));
        assertNoPairMeetsTwice(again);
        assertThat(organizer.api().get(rounds(event)).object().get("rounds")).isEqualTo(again);
        assertThat(rows.count("select count(*) from networking_rounds where event_id = ?::uuid", event))
                .isEqualTo(4);
    }

    @Test
    @SuppressWarnings("unchecked")
    void myRoundsShowTheTableTheCompanionAndWhyButNotTheirPrivateFields() {
        String event = eventWithCheckedIn(2);
        Instant start = inAnHour();
        planned(organizer, event, body(1, 6, start, ""));

        var reply = ada().api().get(rounds(event) + "/me");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        var mine = reply.object();
        assertThat(mine).containsOnlyKeys("eventId", "timeZone", "rounds").containsEntry("eventId", event)
                .containsEntry("timeZone", "Europe/Berlin");
        var round = list(mine, "rounds").get(0);
        assertThat(list(mine, "rounds")).hasSize(1);
        assertThat(round).containsOnlyKeys("number", "startsAt", "endsAt", "table", "resting", "with")
                .containsEntry("number", 1).containsEntry("table", 1).containsEntry("resting", false)
                .containsEntry("startsAt", TestEvents.berlin(start))
                .containsEntry("endsAt", TestEvents.berlin(start.plus(Duration.ofMinutes(6))));
        var with = list(round, "with");
        assertThat(with).hasSize(1);
        var companion = with.get(0);
        assertThat(companion).containsEntry("accountId", ben().id()).containsEntry("displayName", "Ben Round")
                .containsEntry("headline", "Angel investor")
                .containsEntry("relationship", "FELLOW_ATTENDEE")
                .containsKeys("interests", "offering", "reasons")
                .doesNotContainKey("company");
        var reasons = (List<Map<String, Object>>) companion.get("reasons");
        assertThat(reasons).isNotEmpty().allSatisfy(r -> assertThat(r).containsOnlyKeys("kind", "detail"));
        assertThat(reasons).extracting(r -> r.get("kind")).contains("SHARED_INTEREST");
        assertThat(reply.body()).doesNotContain("Secret Capital");

        var bens = list(ben().api().get(rounds(event) + "/me").object(), "rounds");
        assertThat(list(bens.get(0), "with").get(0)).containsEntry("accountId", ada().id())
                .containsEntry("headline", "Climate founder");
    }

    @Test
    void whoSitsARoundOutHasNoTableAndNobodyWithThem() {
        String event = eventWithCheckedIn(3);
        planned(organizer, event, body(3, 5, inAnHour(), "\"oddCount\": \"REST\""));

        var restingRounds = new ArrayList<Map<String, Object>>();
        for (var person : people.subList(0, 3)) {
            var mine = list(person.api().get(rounds(event) + "/me").object(), "rounds");
            assertThat(mine).hasSize(3);
            mine.stream().filter(r -> Boolean.TRUE.equals(r.get("resting"))).forEach(restingRounds::add);
        }

        assertThat(restingRounds).hasSize(3).allSatisfy(r -> assertThat(r).doesNotContainKey("table")
                .containsEntry("with", List.of()));
    }

    @Test
    void aConfirmedAttendeeNotSeatedSeesNoRounds() {
        String event = eventWithCheckedIn(2);
        TestEvents.registerConfirmed(people.get(2).api(), event);
        planned(organizer, event, body(1, 5, inAnHour(), ""));

        var mine = people.get(2).api().get(rounds(event) + "/me");

        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        assertThat(mine.object()).containsEntry("rounds", List.of());
    }

    @Test
    void onlyOrganizersPlanOnlyTheTeamSeesTheScheduleAndOnlyAttendeesTheirRounds() {
        String event = eventWithCheckedIn(2);
        String body = body(1, 5, inAnHour(), "");

        assertThat(staff.api().postJson(rounds(event), body).problem(403))
                .containsEntry("type", "urn:mingle:problem:forbidden");
        ada().api().postJson(rounds(event), body).problem(403);
        stranger.api().postJson(rounds(event), body).problem(403);
        ada().api().get(rounds(event)).problem(403);
        stranger.api().get(rounds(event)).problem(403);
        stranger.api().get(rounds(event) + "/me").problem(403);
        organizer.api().get(rounds(event) + "/me").problem(403);
        assertThat(rows.count("select count(*) from networking_rounds where event_id = ?::uuid", event)).isZero();
    }

    @Test
    void signingInComesFirstAndUnknownOrInvisibleEventsAreNotFound() {
        String event = eventWithCheckedIn(2);
        String draft = TestEvents.create(organizer.api(), TestEvents.json("Draft rounds", 30));
        String body = body(1, 5, inAnHour(), "");

        for (String path : List.of(rounds(event), rounds(event) + "/me")) {
            var refused = anonymous.get(path);
            refused.problem(401);
            assertThat(refused.header("WWW-Authenticate")).startsWith("Bearer");
        }
        anonymous.postJson(rounds(event), body).problem(401);

        for (String id : List.of(draft, UUID.randomUUID().toString(), "not-an-id")) {
            stranger.api().postJson(rounds(id), body).problem(404);
            stranger.api().get(rounds(id)).problem(404);
            stranger.api().get(rounds(id) + "/me").problem(404);
        }
        organizer.api().postJson(rounds(UUID.randomUUID().toString()), body).problem(404);
    }

    @Test
    void planningNeedsAPublishedEventAndTwoPeoplePresent() {
        String draft = TestEvents.create(organizer.api(), TestEvents.json("Draft rounds", 30));
        String event = eventWithCheckedIn(1);
        TestEvents.registerConfirmed(people.get(1).api(), event);
        String body = body(1, 5, inAnHour(), "");

        assertThat(organizer.api().postJson(rounds(draft), body).problem(422)).containsEntry("type", RULE);
        assertThat(organizer.api().postJson(rounds(event), body).problem(422)).containsEntry("type", RULE)
                .extractingByKey("detail").asString().contains("checked in");
        String cancelled = eventWithCheckedIn(2);
        assertThat(organizer.api().postEmpty("/api/events/" + cancelled + "/cancel").status()).isEqualTo(200);
        organizer.api().postJson(rounds(cancelled), body).problem(422);
    }

    @Test
    void everyInvalidFieldIsNamed() {
        String event = eventWithCheckedIn(2);

        var missing = organizer.api().postJson(rounds(event), "{}")
                .fieldErrors(INVALID, "rounds", "minutesPerRound", "startsAt");
        assertThat(missing).allSatisfy(e -> assertThat(e).containsEntry("message", "is required"));

        organizer.api().postJson(rounds(event), """
                {"rounds": 0, "minutesPerRound": 61, "startsAt": "%s", "breakMinutes": 31, "oddCount": "PAIRS"}
                """.formatted(TestEvents.berlin(Instant.now().minus(Duration.ofMinutes(5)))))
                .fieldErrors(INVALID, "rounds", "minutesPerRound", "startsAt", "breakMinutes", "oddCount");
        organizer.api().postJson(rounds(event), body(21, 1, inAnHour(), "\"breakMinutes\": -1"))
                .fieldErrors(INVALID, "rounds", "minutesPerRound", "breakMinutes");
        assertThat(organizer.api().postJson(rounds(event), body(20, 60, inAnHour(), "\"breakMinutes\": 30")).status())
                .isEqualTo(201);

        organizer.api().postJson(rounds(event), body(1, 5, inAnHour(), "\"tables\": 3"))
                .fieldErrors(MALFORMED, "tables");
        organizer.api().postJson(rounds(event), "{\"rounds\": 2.5, \"minutesPerRound\": 5}")
                .fieldErrors(MALFORMED, "rounds");
        organizer.api().postJson(rounds(event), "{\"rounds\": 1, \"minutesPerRound\": 5, \"startsAt\": \"soon\"}")
                .fieldErrors(MALFORMED, "startsAt");
        organizer.api().postJson(rounds(event), body(1, 5, inAnHour(), "\"includeConfirmed\": \"yes\""))
                .fieldErrors(MALFORMED, "includeConfirmed");
        assertThat(organizer.api().postJson(rounds(event), "").problem(400))
                .containsEntry("detail", "The request needs a JSON body.");
        assertThat(organizer.api().postJson(rounds(event), "{\"rounds\": ").problem(400))
                .containsEntry("detail", "The request body is not valid JSON.");
    }

    @Test
    void aRetryWithTheSameKeyAnswersTheFirstScheduleAndAnotherBodyIsRefused() {
        String event = eventWithCheckedIn(4);
        var client = organizer.api().withHeader("Idempotency-Key", UUID.randomUUID().toString());
        String body = body(2, 5, inAnHour(), "");

        Reply first = client.postJson(rounds(event), body);
        Reply retry = client.postJson(rounds(event), body);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retry.status()).as(retry.body()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Location")).isEqualTo(rounds(event));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");

        var reused = client.postJson(rounds(event), body(3, 5, inAnHour(), "")).problem(422);
        assertThat(reused).containsEntry("type", "urn:mingle:problem:idempotency-key-reused");
        assertThat(rows.count("select count(*) from networking_rounds where event_id = ?::uuid", event))
                .isEqualTo(2);
    }

    private static String announcements(String event) {
        return rounds(event) + "/announcements";
    }

    @Test
    void announcingCallsTheNextRoundEveryoneSeesWhenAndNoRoundIsLeftAfterTheLast() {
        String event = eventWithCheckedIn(2);
        Instant start = inAnHour();
        planned(organizer, event, body(2, 5, start, "\"breakMinutes\": 0"));
        Instant before = Instant.now().minusSeconds(1);

        var reply = organizer.api().postEmpty(announcements(event));

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.header("Location")).isEqualTo(rounds(event));
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        var first = reply.object();
        assertThat(first).containsOnlyKeys("number", "startsAt", "endsAt", "announcedAt")
                .containsEntry("number", 1)
                .containsEntry("startsAt", TestEvents.berlin(start))
                .containsEntry("endsAt", TestEvents.berlin(start.plus(Duration.ofMinutes(5))));
        String announcedAt = (String) first.get("announcedAt");
        assertThat(announcedAt).matches(".*\\+0[12]:00");
        assertThat(OffsetDateTime.parse(announcedAt).toInstant()).isBetween(before, Instant.now());

        var schedule = list(organizer.api().get(rounds(event)).object(), "rounds");
        assertThat(schedule.get(0)).containsEntry("announcedAt", announcedAt);
        assertThat(schedule.get(1)).doesNotContainKey("announcedAt");
        for (var person : List.of(ada(), ben())) {
            var mine = list(person.api().get(rounds(event) + "/me").object(), "rounds");
            assertThat(mine.get(0)).containsEntry("number", 1).containsEntry("announcedAt", announcedAt);
            assertThat(mine.get(1)).containsEntry("number", 2).doesNotContainKey("announcedAt");
        }

        var second = coOrganizer.api().postEmpty(announcements(event));
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(second.object()).containsEntry("number", 2)
                .containsEntry("startsAt", TestEvents.berlin(start.plus(Duration.ofMinutes(5))));

        assertThat(organizer.api().postEmpty(announcements(event)).problem(422)).containsEntry("type", RULE)
                .containsEntry("detail", "There is no round left to announce.");
        assertThat(rows.count("select count(*) from networking_rounds where event_id = ?::uuid"
                + " and announced_at is not null", event)).isEqualTo(2);
    }

    @Test
    void anAnnouncedRoundIsKeptWhenTheRoundsArePlannedAgain() {
        String event = eventWithCheckedIn(2);
        Instant start = inAnHour();
        planned(organizer, event, body(2, 5, start, "\"breakMinutes\": 0"));
        var announced = organizer.api().postEmpty(announcements(event)).object();

        var again = list(planned(organizer, event, body(1, 8, start.plus(Duration.ofMinutes(5)), "")), "rounds");

        assertThat(again).extracting(r -> r.get("number")).containsExactly(1, 2);
        assertThat(again.get(0)).containsEntry("announcedAt", announced.get("announcedAt"))
                .containsEntry("startsAt", TestEvents.berlin(start));
        assertThat(again.get(1)).doesNotContainKey("announcedAt")
                .containsEntry("endsAt", TestEvents.berlin(start.plus(Duration.ofMinutes(13))));
    }

    @Test
    void onlyOrganizersAnnounceAndOnlyWhileARoundIsLeft() {
        String event = eventWithCheckedIn(2);
        String draft = TestEvents.create(organizer.api(), TestEvents.json("Draft rounds", 30));

        assertThat(organizer.api().postEmpty(announcements(event)).problem(422)).containsEntry("type", RULE);
        planned(organizer, event, body(1, 5, inAnHour(), ""));

        for (var refused : List.of(staff, ada(), stranger)) {
            assertThat(refused.api().postEmpty(announcements(event)).problem(403))
                    .containsEntry("type", "urn:mingle:problem:forbidden");
        }
        var anonymousCall = anonymous.postEmpty(announcements(event));
        anonymousCall.problem(401);
        assertThat(anonymousCall.header("WWW-Authenticate")).startsWith("Bearer");
        for (String id : List.of(draft, UUID.randomUUID().toString(), "not-an-id")) {
            stranger.api().postEmpty(announcements(id)).problem(404);
        }
        organizer.api().postEmpty(announcements(UUID.randomUUID().toString())).problem(404);
        assertThat(rows.count("select count(*) from networking_rounds where event_id = ?::uuid"
                + " and announced_at is not null", event)).isZero();
    }

    @Test
    void aRetriedAnnouncementWithTheSameKeyAnnouncesOneRound() {
        String event = eventWithCheckedIn(2);
        planned(organizer, event, body(2, 5, inAnHour(), ""));
        var client = organizer.api().withHeader("Idempotency-Key", UUID.randomUUID().toString());

        Reply first = client.postEmpty(announcements(event));
        Reply retry = client.postEmpty(announcements(event));

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.object()).containsEntry("number", 1);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(rows.count("select count(*) from networking_rounds where event_id = ?::uuid"
                + " and announced_at is not null", event)).isEqualTo(1);
    }
}
