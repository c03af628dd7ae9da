package org.mingle.api.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

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
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mingle.api.ApiClient.Reply;
import org.mingle.api.ApiClient;
import org.mingle.api.Rows;
import org.mingle.api.TestAccounts.Person;
import org.mingle.api.TestAccounts;
import org.mingle.api.TestEvents;
import org.mingle.testsupport.MicronautPostgres;

/**
 * One-to-one meeting scheduling over HTTP: networking sessions and tables set out by organizers, the slot and table
 * each mutual match gets, the team's agenda, placing the matches that waited, proposing another time and answering
 * it, and every refusal.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingScheduleApiTest implements MicronautPostgres {

    private static final String INVALID = "urn:mingle:problem:invalid-input";
    private static final String MALFORMED = "urn:mingle:problem:malformed-request";
    private static final String RULE = "urn:mingle:problem:rule-violated";
    private static final String CONFLICT = "urn:mingle:problem:conflict";
    private static final String FORBIDDEN = "urn:mingle:problem:forbidden";
    private static final String NOT_FOUND = "urn:mingle:problem:not-found";
    private static final Duration SLOT = Duration.ofMinutes(15);

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
    private Person ada;
    private Person ben;
    private Person cleo;

    /** A published event, from {@code start} for three hours, with a team and these confirmed attendees. */
    private record Event(String id, Instant start) {

        String path(String rest) {
            return "/api/events/" + id + rest;
        }

        Instant at(Duration fromStart) {
            return start.plus(fromStart);
        }
    }

    @BeforeAll
    void people() {
        rows = Rows.of(context);
        anonymous = new ApiClient(server, json);
        organizer = TestAccounts.signUpAndLogIn(anonymous, "Olga Organizer");
        coOrganizer = TestAccounts.signUpAndLogIn(anonymous, "Cora Coorganizer");
        staff = TestAccounts.signUpAndLogIn(anonymous, "Stan Staff");
        stranger = TestAccounts.signUpAndLogIn(anonymous, "Sam Stranger");
        ada = TestAccounts.signUpAndLogIn(anonymous, "Ada Meeter");
        ben = TestAccounts.signUpAndLogIn(anonymous, "Ben Meeter");
        cleo = TestAccounts.signUpAndLogIn(anonymous, "Cleo Meeter");
    }

    private Event event(Person... attendees) {
        Instant start = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.HOURS);
        String id = TestEvents.published(organizer.api(), TestEvents.json("Founders meet investors", start,
                start.plus(Duration.ofHours(3))));
        TestEvents.addToTeam(organizer.api(), id, coOrganizer.email(), "CO_ORGANIZER");
        TestEvents.addToTeam(organizer.api(), id, staff.email(), "CHECKIN_STAFF");
        for (var person : attendees) {
            TestEvents.registerConfirmed(person.api(), id);
        }
        return new Event(id, start);
    }

    private static String sessionJson(String name, Instant startsAt, Instant endsAt, int slotMinutes) {
        return """
                {"name": "%s", "startsAt": "%s", "endsAt": "%s", "slotMinutes": %d}
                """.formatted(name, TestEvents.berlin(startsAt), TestEvents.berlin(endsAt), slotMinutes);
    }

    /** Adds a session as this person, asserting success; returns it. */
    private static Map<String, Object> session(Person by, Event event, String name, Instant startsAt, Instant endsAt,
                                               int slotMinutes) {
        var reply = by.api().postJson(event.path("/sessions"), sessionJson(name, startsAt, endsAt, slotMinutes));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.object();
    }

    /** Adds a table as this person, asserting success; returns it. */
    private static Map<String, Object> table(Person by, Event event, String name, int seats) {
        var reply = by.api().postJson(event.path("/tables"), "{\"name\": \"" + name + "\", \"seats\": " + seats + "}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.object();
    }

    /** {@code from} asks {@code to}, who accepts; returns the meeting's path under {@code /meetings}. */
    private static String match(Event event, Person from, Person to) {
        var asked = from.api().postJson(event.path("/meeting-requests"), "{\"toAccountId\": \"" + to.id() + "\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        var accepted = to.api().postEmpty(asked.header("Location") + "/accept");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        return event.path("/meetings/" + asked.object().get("id"));
    }

    /** The caller's meeting with this id, as {@code /meetings/me} lists it. */
    private static Map<String, Object> mine(Person person, Event event, String meetingPath) {
        var reply = person.api().get(event.path("/meetings/me"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.object()).containsEntry("timeZone", "Europe/Berlin");
        String id = meetingPath.substring(meetingPath.lastIndexOf('/') + 1);
        return reply.list("items").stream().filter(item -> id.equals(item.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no meeting " + id + " in " + reply.body()));
    }

    private static Map<String, Object> slot(Instant startsAt) {
        return Map.of("startsAt", TestEvents.berlin(startsAt), "endsAt", TestEvents.berlin(startsAt.plus(SLOT)));
    }

    private static Reply propose(Person by, String meetingPath, Instant startsAt) {
        return by.api().postJson(meetingPath + "/proposal", "{\"startsAt\": \"" + TestEvents.berlin(startsAt) + "\"}");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> object, String field) {
        return (List<Map<String, Object>>) object.get(field);
    }

    @Test
    @SuppressWarnings("unchecked")
    void matchesGetASlotAndTableNobodyIsBookedTwiceAndAProposedTimeMovesTheMeetingOnceAccepted() {
        Event event = event(ada, ben, cleo);
        Instant first = event.at(Duration.ofHours(1));
        Instant second = first.plus(SLOT);
        Instant third = second.plus(SLOT);

        var addedSession = organizer.api().postJson(event.path("/sessions"),
                sessionJson("  Coffee meetings ", first, first.plus(Duration.ofMinutes(45)), 15));
        assertThat(addedSession.status()).as(addedSession.body()).isEqualTo(201);
        var session = addedSession.object();
        assertThat(session).containsOnlyKeys("id", "name", "startsAt", "endsAt", "slotMinutes", "slots")
                .containsEntry("name", "Coffee meetings")
                .containsEntry("startsAt", TestEvents.berlin(first))
                .containsEntry("endsAt", TestEvents.berlin(first.plus(Duration.ofMinutes(45))))
                .containsEntry("slotMinutes", 15).containsEntry("slots", 3);
        assertThat((String) session.get("startsAt")).matches(".*\\+0[12]:00");
        assertThat(addedSession.header("Location")).isEqualTo(event.path("/sessions/" + session.get("id")));
        var addedTable = coOrganizer.api().postJson(event.path("/tables"), "{\"name\": \"Table 1\", \"seats\": 2}");
        assertThat(addedTable.status()).as(addedTable.body()).isEqualTo(201);
        var table = addedTable.object();
        assertThat(table).containsOnlyKeys("id", "name", "seats").containsEntry("name", "Table 1")
                .containsEntry("seats", 2);
        assertThat(addedTable.header("Location")).isEqualTo(event.path("/tables/" + table.get("id")));
        var tableRef = Map.of("id", table.get("id"), "name", "Table 1");

        String adaAndBen = match(event, ada, ben);

        for (var person : List.of(ada, ben)) {
            var meeting = mine(person, event, adaAndBen);
            assertThat(meeting).containsEntry("slot", slot(first)).containsEntry("table", tableRef)
                    .doesNotContainKey("proposal");
        }
        assertThat(mine(ada, event, adaAndBen)).containsEntry("direction", "OUTGOING");

        String adaAndCleo = match(event, cleo, ada);

        assertThat(mine(ada, event, adaAndCleo)).containsEntry("slot", slot(second)).containsEntry("table", tableRef);
        assertThat(mine(cleo, event, adaAndCleo)).containsEntry("slot", slot(second));
        assertThat(mine(ada, event, adaAndBen)).containsEntry("slot", slot(first));

        var agenda = staff.api().get(event.path("/meetings"));
        assertThat(agenda.status()).as(agenda.body()).isEqualTo(200);
        assertThat(agenda.header("Cache-Control")).isEqualTo("no-store");
        assertThat(agenda.object()).containsOnlyKeys("timeZone", "sessions", "tables", "meetings", "waiting")
                .containsEntry("timeZone", "Europe/Berlin")
                .containsEntry("sessions", List.of(session))
                .containsEntry("tables", List.of(table))
                .containsEntry("waiting", List.of());
        assertThat(agenda.list("meetings")).containsExactly(
                Map.of("id", id(adaAndBen), "firstName", "Ada Meeter", "secondName", "Ben Meeter",
                        "startsAt", TestEvents.berlin(first), "endsAt", TestEvents.berlin(second),
                        "table", tableRef),
                Map.of("id", id(adaAndCleo), "firstName", "Cleo Meeter", "secondName", "Ada Meeter",
                        "startsAt", TestEvents.berlin(second), "endsAt", TestEvents.berlin(third),
                        "table", tableRef));

        var free = ben.api().get(adaAndBen + "/free-slots");
        assertThat(free.status()).as(free.body()).isEqualTo(200);
        assertThat(free.header("Cache-Control")).isEqualTo("no-store");
        assertThat(free.object()).isEqualTo(Map.of("timeZone", "Europe/Berlin", "slots", List.of(slot(third))));
        assertThat(ada.api().get(adaAndBen + "/free-slots").object()).isEqualTo(free.object());

        var proposed = propose(ben, adaAndBen, third);
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        assertThat(proposed.header("Location")).isEqualTo(adaAndBen + "/proposal");
        assertThat(proposed.object()).containsEntry("id", id(adaAndBen)).containsEntry("slot", slot(first))
                .containsEntry("proposal", Map.of("startsAt", TestEvents.berlin(third),
                        "endsAt", TestEvents.berlin(third.plus(SLOT)), "proposedBy", "ME"));
        assertThat((Map<String, Object>) mine(ada, event, adaAndBen).get("proposal"))
                .containsEntry("proposedBy", "OTHER").containsEntry("startsAt", TestEvents.berlin(third));
        assertThat(mine(ben, event, adaAndBen)).isEqualTo(proposed.object());

        var accepted = ada.api().postEmpty(adaAndBen + "/proposal/accept");

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.object()).containsEntry("slot", slot(third)).containsEntry("table", tableRef)
                .doesNotContainKey("proposal").containsEntry("direction", "OUTGOING");
        assertThat(mine(ada, event, adaAndBen)).isEqualTo(accepted.object());
        assertThat(mine(ben, event, adaAndBen)).containsEntry("slot", slot(third)).doesNotContainKey("proposal");
        assertThat(mine(ada, event, adaAndCleo)).containsEntry("slot", slot(second));
        assertThat(organizer.api().get(event.path("/meetings")).list("meetings"))
                .extracting(m -> m.get("id"), m -> m.get("startsAt"))
                .containsExactly(tuple(id(adaAndCleo), TestEvents.berlin(second)),
                        tuple(id(adaAndBen), TestEvents.berlin(third)));
        assertThat(ben.api().get(adaAndBen + "/free-slots").object().get("slots")).isEqualTo(List.of(slot(first)));
    }

    private static String id(String meetingPath) {
        return meetingPath.substring(meetingPath.lastIndexOf('/') + 1);
    }

    @Test
    void aMatchWithoutRoomWaitsAndPlacementsGiveItATimeOncePeopleAreFreeAgain() {
        Event event = event(ada, ben);
        Instant first = event.at(Duration.ofMinutes(30));
        session(organizer, event, "Quick meetings", first, first.plus(SLOT), 15);
        table(organizer, event, "Window", 4);
        // A speed-networking round at the same time keeps both busy.
        var planned = organizer.api().postJson(event.path("/rounds"), """
                {"rounds": 1, "minutesPerRound": 5, "startsAt": "%s", "includeConfirmed": true}
                """.formatted(TestEvents.berlin(first)));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);

        String meeting = match(event, ada, ben);

        assertThat(mine(ada, event, meeting)).doesNotContainKeys("slot", "table", "proposal");
        var agenda = organizer.api().get(event.path("/meetings")).object();
        assertThat(agenda).containsEntry("meetings", List.of()).containsEntry("waiting",
                List.of(Map.of("id", id(meeting), "firstName", "Ada Meeter", "secondName", "Ben Meeter")));
        var nothingYet = organizer.api().postEmpty(event.path("/meetings/placements"));
        assertThat(nothingYet.status()).as(nothingYet.body()).isEqualTo(200);
        assertThat(nothingYet.object()).isEqualTo(Map.of("placed", 0, "waiting", 1));
        assertThat(ben.api().get(meeting + "/free-slots").object().get("slots")).isEqualTo(List.of());

        var replanned = organizer.api().postJson(event.path("/rounds"), """
                {"rounds": 1, "minutesPerRound": 5, "startsAt": "%s", "includeConfirmed": true}
                """.formatted(TestEvents.berlin(event.at(Duration.ofHours(2)))));
        assertThat(replanned.status()).as(replanned.body()).isEqualTo(201);
        var placed = coOrganizer.api().postEmpty(event.path("/meetings/placements"));

        assertThat(placed.status()).as(placed.body()).isEqualTo(200);
        assertThat(placed.object()).isEqualTo(Map.of("placed", 1, "waiting", 0));
        assertThat(mine(ben, event, meeting)).containsEntry("slot", slot(first)).extractingByKey("table")
                .isInstanceOf(Map.class);
        var after = organizer.api().get(event.path("/meetings")).object();
        assertThat(after).containsEntry("waiting", List.of());
        assertThat(list(after, "meetings")).singleElement()
                .satisfies(m -> assertThat(m).containsEntry("id", id(meeting))
                        .containsEntry("startsAt", TestEvents.berlin(first)));
    }

    @Test
    void aMeetingWithoutATimeCannotMoveAndAnswersNeedAProposal() {
        Event event = event(ada, ben);
        String meeting = match(event, ada, ben);

        assertThat(propose(ada, meeting, event.at(Duration.ofHours(1))).problem(409))
                .containsEntry("type", CONFLICT);
        assertThat(ada.api().get(meeting + "/free-slots").object())
                .isEqualTo(Map.of("timeZone", "Europe/Berlin", "slots", List.of()));

        Instant first = event.at(Duration.ofHours(1));
        session(organizer, event, "Coffee meetings", first, first.plus(Duration.ofMinutes(30)), 15);
        table(organizer, event, "Table 1", 2);
        assertThat(mine(ada, event, meeting)).containsEntry("slot", slot(first));

        assertThat(ben.api().postEmpty(meeting + "/proposal/accept").problem(409)).containsEntry("type", CONFLICT);
        assertThat(ben.api().delete(meeting + "/proposal").problem(409)).containsEntry("type", CONFLICT);
    }

    @Test
    void theProposerCannotAcceptTheirOwnProposalButMayWithdrawItAndTheOtherMayDeclineIt() {
        Event event = event(ada, ben);
        Instant first = event.at(Duration.ofHours(1));
        Instant second = first.plus(SLOT);
        session(organizer, event, "Coffee meetings", first, first.plus(Duration.ofMinutes(30)), 15);
        table(organizer, event, "Table 1", 2);
        String meeting = match(event, ada, ben);
        assertThat(propose(ada, meeting, second).status()).isEqualTo(201);

        assertThat(ada.api().postEmpty(meeting + "/proposal/accept").problem(403)).containsEntry("type", FORBIDDEN);

        var withdrawn = ada.api().delete(meeting + "/proposal");
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.object()).containsEntry("slot", slot(first)).doesNotContainKey("proposal");
        assertThat(mine(ben, event, meeting)).doesNotContainKey("proposal");

        assertThat(propose(ada, meeting, second).status()).isEqualTo(201);
        var declined = ben.api().delete(meeting + "/proposal");
        assertThat(declined.status()).as(declined.body()).isEqualTo(200);
        assertThat(declined.object()).containsEntry("slot", slot(first)).doesNotContainKey("proposal");
        assertThat(mine(ada, event, meeting)).containsEntry("slot", slot(first)).doesNotContainKey("proposal");

        // A newer proposal, by either, replaces the one waiting.
        assertThat(propose(ada, meeting, second).status()).isEqualTo(201);
        var counter = propose(ben, meeting, second);
        assertThat(counter.status()).as(counter.body()).isEqualTo(201);
        assertThat(mine(ada, event, meeting)).extractingByKey("proposal")
                .isEqualTo(Map.of("startsAt", TestEvents.berlin(second), "endsAt", TestEvents.berlin(second.plus(SLOT)),
                        "proposedBy", "OTHER"));
    }

    @Test
    void aProposalNamesItsRefusedField() {
        Event event = event(ada, ben);
        Instant first = event.at(Duration.ofHours(1));
        session(organizer, event, "Coffee meetings", first, first.plus(Duration.ofMinutes(30)), 15);
        table(organizer, event, "Table 1", 2);
        String meeting = match(event, ada, ben);

        ada.api().postJson(meeting + "/proposal", "{}").fieldErrors(INVALID, "startsAt");
        ada.api().postJson(meeting + "/proposal", "{\"startsAt\": \"tomorrow at ten\"}")
                .fieldErrors(MALFORMED, "startsAt");
        ada.api().postJson(meeting + "/proposal", "{\"startsAt\": \"" + TestEvents.berlin(first.plus(SLOT))
                + "\", \"table\": \"Table 1\"}").fieldErrors(MALFORMED, "table");
        assertThat(propose(ada, meeting, first).fieldErrors(INVALID, "startsAt").get(0))
                .containsEntry("message", "is already this meeting's time");
        assertThat(propose(ada, meeting, first.plus(Duration.ofMinutes(5))).fieldErrors(INVALID, "startsAt")
                .get(0)).containsEntry("message", "is not a free slot for both of you");
        propose(ada, meeting, event.at(Duration.ofHours(2))).fieldErrors(INVALID, "startsAt");
        assertThat(ada.api().postJson(meeting + "/proposal", "").problem(400))
                .containsEntry("detail", "The request needs a JSON body.");
        assertThat(mine(ben, event, meeting)).doesNotContainKey("proposal");
    }

    @Test
    void onlyTheTwoPeopleOfAMeetingSeeOrMoveIt() {
        Event event = event(ada, ben, cleo);
        Instant first = event.at(Duration.ofHours(1));
        session(organizer, event, "Coffee meetings", first, first.plus(Duration.ofMinutes(30)), 15);
        table(organizer, event, "Table 1", 2);
        String meeting = match(event, ada, ben);
        assertThat(propose(ada, meeting, first.plus(SLOT)).status()).isEqualTo(201);

        for (var outsider : List.of(cleo, organizer, stranger)) {
            outsider.api().get(meeting + "/free-slots").problem(404);
            propose(outsider, meeting, first.plus(SLOT)).problem(404);
            outsider.api().postEmpty(meeting + "/proposal/accept").problem(404);
            assertThat(outsider.api().delete(meeting + "/proposal").problem(404)).containsEntry("type", NOT_FOUND);
        }
        assertThat(mine(ben, event, meeting)).extractingByKey("proposal").isNotNull();
        assertThat(cleo.api().get(event.path("/meetings/me")).object()).containsEntry("total", 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-an-id", "00000000-0000-0000-0000-000000000000"})
    void unknownMeetingsSessionsAndTablesAreNotFound(String unknown) {
        Event event = event(ada);
        String meeting = event.path("/meetings/" + unknown);

        ada.api().get(meeting + "/free-slots").problem(404);
        propose(ada, meeting, event.at(Duration.ofHours(1))).problem(404);
        ada.api().postEmpty(meeting + "/proposal/accept").problem(404);
        ada.api().delete(meeting + "/proposal").problem(404);
        assertThat(organizer.api().delete(event.path("/sessions/" + unknown)).problem(404))
                .containsEntry("type", NOT_FOUND);
        assertThat(organizer.api().delete(event.path("/tables/" + unknown)).problem(404))
                .containsEntry("type", NOT_FOUND);
    }

    @Test
    void theTeamListsSessionsEarliestFirstAndTablesAsAddedAndOrganizersRemoveThem() {
        Event event = event(ada, ben);
        Instant late = event.at(Duration.ofHours(2));
        Instant early = event.at(Duration.ofMinutes(30));
        var lateSession = session(organizer, event, "Late meetings", late, late.plus(Duration.ofMinutes(50)), 20);
        var earlySession = session(coOrganizer, event, "Early meetings", early, early.plus(SLOT), 15);
        var round = table(organizer, event, "Round table", 6);
        var bar = table(organizer, event, "Bar", 2);
        assertThat(lateSession).containsEntry("slots", 2);

        for (var team : List.of(organizer, coOrganizer, staff)) {
            var sessions = team.api().get(event.path("/sessions"));
            assertThat(sessions.status()).as(sessions.body()).isEqualTo(200);
            assertThat(sessions.header("Cache-Control")).isEqualTo("no-store");
            assertThat(sessions.object()).isEqualTo(Map.of("timeZone", "Europe/Berlin",
                    "sessions", List.of(earlySession, lateSession)));
            var tables = team.api().get(event.path("/tables"));
            assertThat(tables.status()).as(tables.body()).isEqualTo(200);
            assertThat(tables.object()).isEqualTo(Map.of("tables", List.of(round, bar)));
        }

        String meeting = match(event, ada, ben);
        assertThat(mine(ada, event, meeting)).containsEntry("slot", slot(early))
                .containsEntry("table", Map.of("id", round.get("id"), "name", "Round table"));

        var removed = organizer.api().delete(event.path("/sessions/" + earlySession.get("id")));
        assertThat(removed.status()).as(removed.body()).isEqualTo(204);
        assertThat(removed.body()).isEmpty();
        assertThat(mine(ada, event, meeting)).containsEntry("slot", Map.of("startsAt", TestEvents.berlin(late),
                "endsAt", TestEvents.berlin(late.plus(Duration.ofMinutes(20)))));
        assertThat(organizer.api().get(event.path("/sessions")).list("sessions")).containsExactly(lateSession);
        organizer.api().delete(event.path("/sessions/" + earlySession.get("id"))).problem(404);

        assertThat(coOrganizer.api().delete(event.path("/tables/" + round.get("id"))).status()).isEqualTo(204);
        assertThat(mine(ada, event, meeting)).containsEntry("table", Map.of("id", bar.get("id"), "name", "Bar"));
        assertThat(organizer.api().delete(event.path("/tables/" + bar.get("id"))).status()).isEqualTo(204);
        assertThat(mine(ada, event, meeting)).doesNotContainKeys("slot", "table");
        assertThat(organizer.api().get(event.path("/tables")).object()).isEqualTo(Map.of("tables", List.of()));
        assertThat(organizer.api().get(event.path("/meetings")).list("waiting")).extracting(w -> w.get("id"))
                .containsExactly(id(meeting));
    }

    @Test
    void everyInvalidSessionFieldIsNamed() {
        Event event = event();
        String sessions = event.path("/sessions");
        Instant start = event.at(Duration.ofHours(1));

        var missing = organizer.api().postJson(sessions, "{}")
                .fieldErrors(INVALID, "name", "startsAt", "endsAt", "slotMinutes");
        assertThat(missing).allSatisfy(e -> assertThat(e).containsEntry("message", "is required"));
        organizer.api().postJson(sessions, """
                {"startsAt": "%s", "endsAt": "%s", "slotMinutes": 15}
                """.formatted(TestEvents.berlin(start), TestEvents.berlin(start.plus(Duration.ofHours(1)))))
                .fieldErrors(INVALID, "name");
        assertThat(organizer.api().postJson(sessions, sessionJson("Coffee", start, start.plus(Duration.ofHours(1)),
                3)).fieldErrors(INVALID, "slotMinutes").get(0)).containsEntry("message", "must be between 5 and 240");
        assertThat(organizer.api().postJson(sessions, sessionJson("Coffee", start, start.minus(SLOT), 15))
                .fieldErrors(INVALID, "endsAt").get(0)).containsEntry("message", "must be after the start");
        organizer.api().postJson(sessions, sessionJson("Coffee", event.start().minus(Duration.ofHours(1)),
                event.start().plus(SLOT), 15)).fieldErrors(INVALID, "startsAt");
        assertThat(organizer.api().postJson(sessions, sessionJson("Coffee", event.at(Duration.ofHours(2)),
                event.at(Duration.ofHours(4)), 15)).fieldErrors(INVALID, "endsAt").get(0))
                .containsEntry("message", "must be within the event");
        organizer.api().postJson(sessions, sessionJson("Coffee", start, start.plus(Duration.ofMinutes(10)), 15))
                .fieldErrors(INVALID, "endsAt");

        session(organizer, event, "Coffee", start, start.plus(Duration.ofHours(1)), 15);
        var overlap = organizer.api().postJson(sessions, sessionJson("Lunch", start.plus(Duration.ofMinutes(30)),
                start.plus(Duration.ofMinutes(90)), 15)).fieldErrors(INVALID, "startsAt");
        assertThat((String) overlap.get(0).get("message")).contains("overlaps", "Coffee");

        organizer.api().postJson(sessions, """
                {"name": "Coffee", "startsAt": "half past seven", "endsAt": "%s", "slotMinutes": 15}
                """.formatted(TestEvents.berlin(start))).fieldErrors(MALFORMED, "startsAt");
        organizer.api().postJson(sessions, """
                {"name": "Coffee", "startsAt": "%s", "endsAt": "%s", "slotMinutes": 7.5}
                """.formatted(TestEvents.berlin(start), TestEvents.berlin(start))).fieldErrors(MALFORMED, "slotMinutes");
        organizer.api().postJson(sessions, sessionJson("Dinner", event.at(Duration.ofHours(2)),
                        event.at(Duration.ofMinutes(150)), 15).replace("}", ", \"room\": \"Hall B\"}"))
                .fieldErrors(MALFORMED, "room");
        assertThat(organizer.api().postJson(sessions, "").problem(400))
                .containsEntry("detail", "The request needs a JSON body.");
        assertThat(organizer.api().postJson(sessions, "{\"name\": ").problem(400))
                .containsEntry("detail", "The request body is not valid JSON.");
        assertThat(rows.count("select count(*) from networking_sessions where event_id = ?::uuid", event.id()))
                .isEqualTo(1);
    }

    @Test
    void everyInvalidTableFieldIsNamed() {
        Event event = event();
        String tables = event.path("/tables");

        organizer.api().postJson(tables, "{}").fieldErrors(INVALID, "name", "seats");
        assertThat(organizer.api().postJson(tables, "{\"name\": \"Solo\", \"seats\": 1}")
                .fieldErrors(INVALID, "seats").get(0)).containsEntry("message", "must be between 2 and 200");
        organizer.api().postJson(tables, "{\"name\": \"Huge\", \"seats\": 201}").fieldErrors(INVALID, "seats");
        organizer.api().postJson(tables, "{\"name\": \"   \", \"seats\": 4}").fieldErrors(INVALID, "name");
        organizer.api().postJson(tables, "{\"name\": \"" + "x".repeat(81) + "\", \"seats\": 4}")
                .fieldErrors(INVALID, "name");

        table(organizer, event, "Table 1", 4);
        assertThat(organizer.api().postJson(tables, "{\"name\": \" TABLE 1 \", \"seats\": 2}")
                .fieldErrors(INVALID, "name").get(0)).containsEntry("message", "another table is called this");

        organizer.api().postJson(tables, "{\"name\": \"Table 2\", \"seats\": \"4\"}").fieldErrors(MALFORMED, "seats");
        organizer.api().postJson(tables, "{\"name\": \"Table 2\", \"seats\": 4, \"shape\": \"round\"}")
                .fieldErrors(MALFORMED, "shape");
        assertThat(rows.count("select count(*) from meeting_tables where event_id = ?::uuid", event.id()))
                .isEqualTo(1);
    }

    @Test
    void onlyOrganizersSetOutSessionsAndTablesAndOnlyTheTeamSeesTheAgenda() {
        Event event = event(ada, ben);
        Instant start = event.at(Duration.ofHours(1));
        String sessionBody = sessionJson("Coffee", start, start.plus(Duration.ofHours(1)), 15);
        var session = session(organizer, event, "Existing", event.at(Duration.ofHours(2)),
                event.at(Duration.ofMinutes(150)), 15);
        var table = table(organizer, event, "Existing", 2);

        for (var refused : List.of(ada, staff, stranger)) {
            assertThat(refused.api().postJson(event.path("/sessions"), sessionBody).problem(403))
                    .containsEntry("type", FORBIDDEN);
            refused.api().postJson(event.path("/tables"), "{\"name\": \"T\", \"seats\": 2}").problem(403);
            refused.api().delete(event.path("/sessions/" + session.get("id"))).problem(403);
            refused.api().delete(event.path("/tables/" + table.get("id"))).problem(403);
            refused.api().postEmpty(event.path("/meetings/placements")).problem(403);
        }
        for (var outsider : List.of(ada, stranger)) {
            outsider.api().get(event.path("/meetings")).problem(403);
            outsider.api().get(event.path("/sessions")).problem(403);
            outsider.api().get(event.path("/tables")).problem(403);
        }
        assertThat(rows.count("select count(*) from networking_sessions where event_id = ?::uuid", event.id()))
                .isEqualTo(1);
        assertThat(rows.count("select count(*) from meeting_tables where event_id = ?::uuid", event.id()))
                .isEqualTo(1);
    }

    @Test
    void aCancelledEventTakesNoMoreSessionsTablesPlacementsOrProposals() {
        Event event = event(ada, ben);
        Instant first = event.at(Duration.ofHours(1));
        session(organizer, event, "Coffee", first, first.plus(Duration.ofMinutes(30)), 15);
        table(organizer, event, "Table 1", 2);
        String meeting = match(event, ada, ben);
        assertThat(organizer.api().postEmpty(event.path("/cancel")).status()).isEqualTo(200);

        assertThat(organizer.api().postJson(event.path("/sessions"), sessionJson("Late", event.at(Duration.ofHours(2)),
                event.at(Duration.ofMinutes(150)), 15)).problem(422)).containsEntry("type", RULE);
        organizer.api().postJson(event.path("/tables"), "{\"name\": \"Table 2\", \"seats\": 2}").problem(422);
        organizer.api().postEmpty(event.path("/meetings/placements")).problem(422);
        assertThat(propose(ada, meeting, first.plus(SLOT)).problem(422)).containsEntry("type", RULE);
    }

    @Test
    void signingInComesFirstAndUnknownOrInvisibleEventsAreNotFound() {
        Event event = event(ada, ben);
        String meeting = match(event, ada, ben);
        String draft = TestEvents.create(organizer.api(), TestEvents.json("Draft meetings", 30));
        String sessionBody = sessionJson("Coffee", event.at(Duration.ofHours(1)), event.at(Duration.ofHours(2)), 15);

        for (var refused : List.of(anonymous.get(event.path("/meetings")),
                anonymous.postEmpty(event.path("/meetings/placements")),
                anonymous.get(meeting + "/free-slots"),
                anonymous.postJson(meeting + "/proposal", "{\"startsAt\": \"2030-01-01T10:00:00+01:00\"}"),
                anonymous.postEmpty(meeting + "/proposal/accept"),
                anonymous.delete(meeting + "/proposal"),
                anonymous.get(event.path("/sessions")),
                anonymous.postJson(event.path("/sessions"), sessionBody),
                anonymous.delete(event.path("/sessions/" + UUID.randomUUID())),
                anonymous.get(event.path("/tables")),
                anonymous.postJson(event.path("/tables"), "{\"name\": \"T\", \"seats\": 2}"),
                anonymous.delete(event.path("/tables/" + UUID.randomUUID())))) {
            refused.problem(401);
            assertThat(refused.header("WWW-Authenticate")).startsWith("Bearer");
        }

        for (String id : List.of(draft, UUID.randomUUID().toString(), "not-an-id")) {
            String base = "/api/events/" + id;
            stranger.api().get(base + "/meetings").problem(404);
            stranger.api().postEmpty(base + "/meetings/placements").problem(404);
            stranger.api().get(base + "/meetings/" + id(meeting) + "/free-slots").problem(404);
            stranger.api().get(base + "/sessions").problem(404);
            stranger.api().postJson(base + "/sessions", sessionBody).problem(404);
            stranger.api().get(base + "/tables").problem(404);
            stranger.api().postJson(base + "/tables", "{\"name\": \"T\", \"seats\": 2}").problem(404);
        }
        // The meeting exists only under its own event.
        String other = event(ada, ben).id();
        ada.api().get("/api/events/" + other + "/meetings/" + id(meeting) + "/free-slots").problem(404);
        assertThat(organizer.api().get("/api/events/" + draft + "/sessions").object())
                .isEqualTo(Map.of("timeZone", "Europe/Berlin", "sessions", List.of()));
    }

    @Test
    void aRetryWithTheSameKeyAddsOneSessionAndOneTable() {
        Event event = event();
        var client = organizer.api().withHeader("Idempotency-Key", UUID.randomUUID().toString());
        String body = sessionJson("Coffee", event.at(Duration.ofHours(1)), event.at(Duration.ofHours(2)), 15);

        Reply first = client.postJson(event.path("/sessions"), body);
        Reply retry = client.postJson(event.path("/sessions"), body);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(retry.status()).as(retry.body()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(client.postJson(event.path("/sessions"), body.replace("Coffee", "Tea")).problem(422))
                .containsEntry("type", "urn:mingle:problem:idempotency-key-reused");
        assertThat(rows.count("select count(*) from networking_sessions where event_id = ?::uuid", event.id()))
                .isEqualTo(1);

        var tableClient = organizer.api().withHeader("Idempotency-Key", UUID.randomUUID().toString());
        Reply table = tableClient.postJson(event.path("/tables"), "{\"name\": \"T\", \"seats\": 2}");
        Reply tableRetry = tableClient.postJson(event.path("/tables"), "{\"name\": \"T\", \"seats\": 2}");
        assertThat(table.status()).isEqualTo(201);
        assertThat(tableRetry.body()).isEqualTo(table.body());
        assertThat(tableRetry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(rows.count("select count(*) from meeting_tables where event_id = ?::uuid", event.id()))
                .isEqualTo(1);
    }
}
