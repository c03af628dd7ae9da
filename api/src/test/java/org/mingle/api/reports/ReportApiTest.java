package org.mingle.api.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.api.ApiClient;
import org.mingle.api.Rows;
import org.mingle.api.TestAccounts.Person;
import org.mingle.api.TestAccounts;
import org.mingle.api.TestEvents;
import org.mingle.domain.connections.ConnectionId;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.connections.ConnectionSource;
import org.mingle.domain.connections.NotesPatch;
import org.mingle.domain.events.EventId;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.registration.Registration;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.registration.RegistrationStatus;
import org.mingle.domain.reports.ReportCsv;
import org.mingle.domain.shared.AccountId;
import org.mingle.testsupport.MicronautPostgres;

/**
 * Reports over HTTP, on a small event built through the domain services whose every figure is worked out by hand:
 *
 * <pre>
 *          industry   company  interests        registration          checked in  connections
 *   Ada    Software   Acme     AI, Climate      confirmed             yes         Ben, Cleo, Eve
 *   Ben    =Finance   -        AI, Fintech      confirmed             yes         Ada, Cleo
 *   Cleo   software   Acme     AI, Climate      confirmed             yes         Ada, Ben
 *   Dan    Health     -        Climate          confirmed             yes         -
 *   Eve    Health     Clinic   AI               confirmed             yes         Ada, Hal
 *   Hal    Finance    Clinic   Fintech          confirmed (veteran)   no          Eve
 *   Finn   -          -        Fintech          waitlisted, cancelled
 *   Gus    -          -        -                waitlisted
 * </pre>
 *
 * Capacity 6, colleagues never recommended to each other: with six attendees everyone else is among each one's ten
 * recommendations except colleagues, so Ada–Cleo and Eve–Hal are the two connections not from a recommendation. Hal
 * was confirmed for an earlier event, so he is no first-timer. Ada asked Dan to meet (accepted), Ben asked Cleo
 * (pending). Notes: Ada, Ben (on Ada–Ben) and Cleo (on Ada–Cleo) report CLIENT, Ada reports MENTOR on Ada–Eve.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportApiTest implements MicronautPostgres {

    private static final String INVALID = "urn:mingle:problem:invalid-input";
    private static final String FORBIDDEN = "urn:mingle:problem:forbidden";
    private static final String NOT_FOUND = "urn:mingle:problem:not-found";
    private static final String TITLE = "Réport Night: Founders & Friends";

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    ApplicationContext context;

    @Inject
    ProfileService profiles;

    @Inject
    RegistrationService registrations;

    @Inject
    ConnectionService connections;

    @Inject
    MeetingRequestService meetingRequests;

    private ApiClient anonymous;
    private Person organizer;
    private Person ada;
    private Person ben;
    private Person cleo;
    private Person dan;
    private Person eve;
    private Person hal;
    private Person gus;
    private Person stranger;
    private String event;
    private EventId eventId;
    private String adaBen;
    private String adaCleo;
    private String benCleo;
    private String adaEve;
    private String eveHal;

    @BeforeAll
    void world() {
        anonymous = new ApiClient(server, json);
        organizer = TestAccounts.signUpAndLogIn(anonymous, "Olga Organizer");
        ada = TestAccounts.signUpAndLogIn(anonymous, "Ada Lovelace");
        ben = TestAccounts.signUpAndLogIn(anonymous, "Ben Brewer");
        cleo = TestAccounts.signUpAndLogIn(anonymous, "Cleo Coder");
        dan = TestAccounts.signUpAndLogIn(anonymous, "Dan Doctor");
        eve = TestAccounts.signUpAndLogIn(anonymous, "Eve Nurse");
        hal = TestAccounts.signUpAndLogIn(anonymous, "Hal Banker");
        Person finn = TestAccounts.signUpAndLogIn(anonymous, "Finn Fickle");
        gus = TestAccounts.signUpAndLogIn(anonymous, "Gus Waiting");
        stranger = TestAccounts.signUpAndLogIn(anonymous, "Sam Stranger");

        profile(ada, "Software", "Acme", "AI", "Climate");
        profile(ben, "=Finance", "", "AI", "Fintech");
        profile(cleo, "software", "Acme", "AI", "Climate");
        profile(dan, "Health", "", "Climate");
        profile(eve, "Health", "Clinic", "AI");
        profile(hal, "Finance", "Clinic", "Fintech");
        profile(finn, "", "", "Fintech");

        String earlier = TestEvents.published(organizer.api(),
                TestEvents.json("Warm-up breakfast", 10, 50, false, null));
        registrations.register(id(hal), EventId.fromString(earlier));

        event = TestEvents.published(organizer.api(), TestEvents.with(TestEvents.json(TITLE, 30, 6, false, null),
                "\"excludeSameCompany\": true"));
        eventId = EventId.fromString(event);
        for (var person : List.of(ada, ben, cleo, dan, eve, hal)) {
            Registration registration = registrations.register(id(person), eventId);
            assertThat(registration.status()).isEqualTo(RegistrationStatus.CONFIRMED);
            if (person != hal) {
                registrations.checkIn(id(organizer), eventId, registration.checkInCode());
            }
        }
        for (var person : List.of(finn, gus)) {
            assertThat(registrations.register(id(person), eventId).status()).isEqualTo(RegistrationStatus.WAITLISTED);
        }
        registrations.cancel(id(finn), eventId);

        adaBen = connect(ada, ben);
        adaCleo = connect(cleo, ada);
        benCleo = connect(ben, cleo);
        adaEve = connect(ada, eve);
        eveHal = connect(hal, eve);

        notes(ada, adaBen, "TO_CONTACT", "CLIENT");
        notes(ben, adaBen, null, "CLIENT");
        notes(cleo, adaCleo, null, "CLIENT");
        notes(ada, adaCleo, "MEETING_BOOKED", null);
        notes(ada, adaEve, "DONE", "MENTOR");

        var asked = meetingRequests.request(id(ada), eventId, id(dan), "Coffee after the talks?");
        meetingRequests.accept(id(dan), eventId, asked.id());
        meetingRequests.request(id(ben), eventId, id(cleo), null);
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private static AccountId id(Person person) {
        return new AccountId(UUID.fromString(person.id()));
    }

    private void profile(Person person, String industry, String company, String... interests) {
        profiles.update(id(person), new ProfileInput(null, "", "", company, industry, null, List.of(interests),
                List.of(), List.of(), List.of(), Map.of()));
    }

    /** Records that the two met, as the first; returns the connection's id. */
    private String connect(Person from, Person to) {
        var recorded = connections.record(id(from), eventId, id(to), ConnectionSource.SEARCH);
        assertThat(recorded.created()).isTrue();
        return recorded.connection().id().toString();
    }

    private void notes(Person owner, String connection, String followUp, String outcome) {
        connections.update(id(owner), ConnectionId.fromString(connection), new NotesPatch(null, null,
                followUp == null ? null : Optional.of(followUp), null, outcome == null ? null : Optional.of(outcome)));
    }

    private static String report(String event) {
        return "/api/events/" + event + "/report";
    }

    private static Map<String, Object> ok(ApiClient.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        return reply.object();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> objects(Map<String, Object> body, String field) {
        return (List<Map<String, Object>>) body.get(field);
    }

    private static String withoutByteOrderMark(String csv) {
        assertThat(csv).startsWith("\uFEFF");
        return csv.substring(1);
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().get().parse(new StringReader(withoutByteOrderMark(csv))).getRecords();
    }

    // --- the organizers' report ----------------------------------------------------------------------------------

    @Test
    void theReportGivesTheFiguresOfTheEvent() {
        var body = ok(organizer.api().get(report(event)));

        assertThat(body).containsOnlyKeys("registered", "confirmed", "waitlisted", "checkedIn", "noShows",
                "connections", "attendeesWithConnection", "avgConnectionsPerAttendee", "crossIndustryShare",
                "meetingRequests", "recommendationConversion", "topInterests", "degreeDistribution",
                "pendingApproval", "cancelled", "attendees", "shareWithConnection", "crossIndustry", "firstTimers",
                "recommendedConnections", "speedNetworking", "connectingInterests", "outcomes", "requestFigures",
                "heldMeetings");
        // Funnel: eight ever registered, six confirmed, Gus waiting, Finn cancelled, five checked in; the event is
        // still ahead, so nobody is a no-show yet.
        assertThat(body).containsEntry("registered", 8).containsEntry("confirmed", 6).containsEntry("waitlisted", 1)
                .containsEntry("pendingApproval", 0).containsEntry("cancelled", 1).containsEntry("checkedIn", 5)
                .containsEntry("noShows", 0);
        // Out of the five checked in: Ada 3, Ben 2, Cleo 2, Eve 2 (Hal, not checked in, is not counted), Dan 0.
        assertThat(body).containsEntry("attendees", 5).containsEntry("connections", 5)
                .containsEntry("attendeesWithConnection", 4).containsEntry("shareWithConnection", 0.8)
                .containsEntry("avgConnectionsPerAttendee", 1.8);
        assertThat(objects(body, "degreeDistribution")).containsExactly(
                Map.of("connections", 0, "attendees", 1),
                Map.of("connections", 2, "attendees", 3),
                Map.of("connections", 3, "attendees", 1));
        // Ada–Cleo are both in software (whatever the case): the other four are across industries.
        assertThat(body).containsEntry("crossIndustry", 4).containsEntry("crossIndustryShare", 0.8);
        // Colleagues are never recommended: Ada–Cleo (Acme) and Eve–Hal (Clinic) are the two not recommended.
        assertThat(body).containsEntry("recommendedConnections", 3).containsEntry("recommendationConversion", 0.6);
        // Dan accepted Ada's request at once; Cleo has not answered Ben's.
        assertThat(body).hasEntrySatisfying("requestFigures", figures -> assertThat((Map<String, Object>) figures)
                .containsOnlyKeys("sent", "answered", "accepted", "declined", "expired", "acceptanceRate",
                        "medianTimeToAnswer")
                .containsEntry("sent", 2).containsEntry("answered", 1).containsEntry("accepted", 1)
                .containsEntry("declined", 0).containsEntry("expired", 0).containsEntry("acceptanceRate", 1.0)
                .hasEntrySatisfying("medianTimeToAnswer", median -> assertThat((String) median).matches("PT\\d+S")));
        assertThat(body).containsEntry("meetingRequests", Map.of("sent", 2, "accepted", 1))
                .containsEntry("firstTimers", Map.of("count", 5, "withConnection", 4))
                .containsEntry("speedNetworking", Map.of("pairs", 0, "connected", 0));
        // Confirmed attendees only: Finn's Fintech does not count.
        assertThat(objects(body, "topInterests")).containsExactly(
                Map.of("interest", "AI", "count", 4),
                Map.of("interest", "Climate", "count", 3),
                Map.of("interest", "Fintech", "count", 2));
        assertThat(objects(body, "connectingInterests")).containsExactly(
                Map.of("interest", "AI", "count", 4),
                Map.of("interest", "Climate", "count", 1));
    }

    @Test
    void outcomesAreCountsWithThoseUnderThreeHidden() {
        var outcomes = objects(ok(organizer.api().get(report(event))), "outcomes");

        assertThat(outcomes).containsExactly(
                Map.of("outcome", "JOB", "count", 0, "fewerThan3", false),
                Map.of("outcome", "CLIENT", "count", 3, "fewerThan3", false),
                Map.of("outcome", "MENTOR", "fewerThan3", true),
                Map.of("outcome", "COLLABORATION", "count", 0, "fewerThan3", false),
                Map.of("outcome", "INVESTMENT", "count", 0, "fewerThan3", false),
                Map.of("outcome", "FRIENDSHIP", "count", 0, "fewerThan3", false),
                Map.of("outcome", "OTHER", "count", 0, "fewerThan3", false));
    }

    @Test
    void coOrganizersSeeTheReportToo() {
        var coOrganizer = TestAccounts.signUpAndLogIn(anonymous, "Cora Coorganizer");
        var staff = TestAccounts.signUpAndLogIn(anonymous, "Stan Staff");
        String small = TestEvents.published(organizer.api(), "Team check", 10);
        TestEvents.addToTeam(organizer.api(), small, coOrganizer.email(), "CO_ORGANIZER");
        TestEvents.addToTeam(organizer.api(), small, staff.email(), "CHECKIN_STAFF");

        var body = ok(coOrganizer.api().get(report(small)));

        assertThat(body).containsEntry("registered", 0).containsEntry("connections", 0)
                .containsEntry("recommendationConversion", 0.0).containsEntry("crossIndustryShare", 0.0)
                .containsEntry("avgConnectionsPerAttendee", 0.0);
        assertThat(objects(body, "degreeDistribution")).containsExactly(Map.of("connections", 0, "attendees", 0));
        assertThat(staff.api().get(report(small)).problem(403)).containsEntry("type", FORBIDDEN);
    }

    @Test
    void noShowsCountOnceTheEventHasStarted() {
        var here = TestAccounts.signUpAndLogIn(anonymous, "Hana Here");
        var away = TestAccounts.signUpAndLogIn(anonymous, "Alex Away");
        String started = TestEvents.published(organizer.api(), "Started already", 5);
        var herId = EventId.fromString(started);
        var registration = registrations.register(id(here), herId);
        registrations.register(id(away), herId);
        registrations.checkIn(id(organizer), herId, registration.checkInCode());
        assertThat(ok(organizer.api().get(report(started)))).containsEntry("noShows", 0);

        Rows.of(context).update("update events set starts_at = now() - interval '1 hour' where id = ?::uuid",
                started);

        assertThat(ok(organizer.api().get(report(started)))).containsEntry("confirmed", 2)
                .containsEntry("checkedIn", 1).containsEntry("noShows", 1);
    }

    // --- the network picture -------------------------------------------------------------------------------------

    @Test
    void theNetworkPictureShowsTheConnectedPeopleAndTheirConnections() {
        var body = ok(organizer.api().get(report(event) + "/network"));

        assertThat(body).containsOnlyKeys("shownOf", "people", "connections").containsEntry("shownOf", 5);
        var people = objects(body, "people");
        assertThat(people).hasSize(5);
        assertThat(people).allSatisfy(person -> {
            assertThat(person).containsKeys("accountId", "name", "industry", "connections", "x", "y");
            assertThat(((Number) person.get("x")).doubleValue()).isBetween(0.0, 1.0);
            assertThat(((Number) person.get("y")).doubleValue()).isBetween(0.0, 1.0);
        });
        assertThat(people.get(0)).containsEntry("accountId", ada.id()).containsEntry("name", "Ada Lovelace")
                .containsEntry("industry", "Software").containsEntry("connections", 3);
        assertThat(people).extracting(person -> person.get("accountId"))
                .containsExactlyInAnyOrder(ada.id(), ben.id(), cleo.id(), eve.id(), hal.id());
        assertThat(people).filteredOn(person -> ben.id().equals(person.get("accountId")))
                .singleElement().satisfies(person -> assertThat(person).containsEntry("industry", "=Finance")
                        .containsEntry("connections", 2));

        @SuppressWarnings("unchecked")
        var lines = (List<List<Integer>>) body.get("connections");
        assertThat(lines).hasSize(5).allSatisfy(pair -> {
            assertThat(pair).hasSize(2);
            assertThat(pair).allSatisfy(index -> assertThat(index).isBetween(0, people.size() - 1));
            assertThat(pair.get(0)).isNotEqualTo(pair.get(1));
        });
        Set<Set<String>> drawn = lines.stream()
                .map(pair -> Set.of((String) people.get(pair.get(0)).get("accountId"),
                        (String) people.get(pair.get(1)).get("accountId")))
                .collect(Collectors.toSet());
        assertThat(drawn).containsExactlyInAnyOrder(Set.of(ada.id(), ben.id()), Set.of(ada.id(), cleo.id()),
                Set.of(ben.id(), cleo.id()), Set.of(ada.id(), eve.id()), Set.of(eve.id(), hal.id()));
    }

    @Test
    void aLimitedPictureShowsTheMostConnectedAndSaysOfHowMany() {
        var body = ok(organizer.api().get(report(event) + "/network?people=2"));

        assertThat(body).containsEntry("shownOf", 5);
        var people = objects(body, "people");
        assertThat(people).hasSize(2);
        assertThat(people.get(0)).containsEntry("accountId", ada.id());
        assertThat(people.get(1)).containsEntry("connections", 2);
        @SuppressWarnings("unchecked")
        var lines = (List<List<Integer>>) body.get("connections");
        assertThat(lines).singleElement().satisfies(pair -> assertThat(pair).containsExactlyInAnyOrder(0, 1));
    }

    @Test
    void thePictureSizeIsChecked() {
        for (String people : List.of("0", "501", "-1", "abc", "1.5", "99999999999")) {
            organizer.api().get(report(event) + "/network?people=" + people).fieldErrors(INVALID, "people");
        }
        ok(organizer.api().get(report(event) + "/network?people=500"));
        ok(organizer.api().get(report(event) + "/network?people=1"));
    }

    // --- the connections CSV -------------------------------------------------------------------------------------

    @Test
    void theCsvHasAHeaderAndOneRowPerConnectionWithFormulasDefused() throws IOException {
        var reply = organizer.api().get(report(event) + "/connections.csv");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).isEqualToIgnoringCase("text/csv; charset=utf-8; header=present");
        assertThat(reply.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"report-night-founders-friends-connections.csv\"");
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        var header = ReportCsv.header(TestEvents.BERLIN);
        assertThat(reply.body()).as("a byte order mark, so that Excel reads UTF-8")
                .startsWith("\uFEFF" + String.join(",", header) + "\r\n")
                .startsWith("\uFEFFConnected at (Europe/Berlin),First person,");

        var records = parse(reply.body());
        assertThat(records).hasSize(6);
        assertThat(records.get(0).values()).containsExactly(header);
        var rows = records.subList(1, records.size());
        assertThat(rows).extracting(row -> row.get(10))
                .containsExactlyInAnyOrder(adaBen, adaCleo, benCleo, adaEve, eveHal);
        assertThat(rows).allSatisfy(row -> assertThat(row.size()).isEqualTo(header.length));
        assertThat(rows).allSatisfy(row -> assertThat(row.get(0)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d"));
        var withBen = rows.stream().filter(row -> row.get(11).equals(ben.id()) || row.get(12).equals(ben.id()))
                .toList();
        assertThat(withBen).hasSize(2).allSatisfy(row -> {
            String industry = row.get(11).equals(ben.id()) ? row.get(2) : row.get(4);
            assertThat(industry).isEqualTo("'=Finance");
        });
        assertThat(rows).allSatisfy(row -> assertThat(row.values()).noneMatch(cell -> cell.startsWith("=")));
        var adaCleoRow = rows.stream().filter(row -> row.get(10).equals(adaCleo)).findFirst().orElseThrow();
        assertThat(adaCleoRow.get(5)).isEqualTo("AI; Climate");
        assertThat(adaCleoRow.get(6)).isEqualTo("SEARCH");
        assertThat(adaCleoRow.get(7)).isEqualTo("no");
        var adaBenRow = rows.stream().filter(row -> row.get(10).equals(adaBen)).findFirst().orElseThrow();
        assertThat(adaBenRow.get(7)).isEqualTo("yes");
    }

    @Test
    void anEventWithoutConnectionsGivesTheHeaderAlone() throws IOException {
        String quiet = TestEvents.published(organizer.api(), "¡¡!!", 12);
        var reply = organizer.api().get(report(quiet) + "/connections.csv");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.header("Content-Disposition")).isEqualTo("attachment; filename=\"event-connections.csv\"");
        assertThat(parse(reply.body())).hasSize(1);
    }

    @Test
    void theFileNameIsASlugOfTheTitle() {
        assertThat(ConnectionsCsv.fileName("Réport Night: Founders & Friends"))
                .isEqualTo("report-night-founders-friends-connections.csv");
        assertThat(ConnectionsCsv.fileName("  \"Quotes\" / slashes\\ and ünïcödé  "))
                .isEqualTo("quotes-slashes-and-unicode-connections.csv");
        assertThat(ConnectionsCsv.fileName("日本")).isEqualTo("event-connections.csv");
        assertThat(ConnectionsCsv.fileName("a".repeat(70) + " tail")).isEqualTo("a".repeat(60) + "-connections.csv");
    }

    // --- the attendee's own report -------------------------------------------------------------------------------

    @Test
    void anAttendeeSeesWhomTheyMetAndWhatIsLeftToFollowUp() {
        var body = ok(ada.api().get(report(event) + "/me"));

        assertThat(body).containsOnlyKeys("peopleMet", "outsideIndustry", "meetings", "meetingsHeld",
                "followUpsOpen", "connections");
        // Ben (=Finance) and Eve (Health) are outside Ada's software; Cleo is not. Ada's follow-ups: Ben to contact,
        // Cleo meeting booked, Eve done. Her meeting with Dan has no time yet.
        assertThat(body).containsEntry("peopleMet", 3).containsEntry("outsideIndustry", 2)
                .containsEntry("meetings", 1).containsEntry("meetingsHeld", 0).containsEntry("followUpsOpen", 2);
        var met = objects(body, "connections");
        assertThat(met).extracting(connection -> connection.get("id"))
                .containsExactlyInAnyOrder(adaBen, adaCleo, adaEve);
        assertThat(met).allSatisfy(connection -> assertThat(connection)
                .containsKeys("id", "eventId", "eventTitle", "accountId", "displayName", "connectedAt", "source",
                        "person", "tags", "followUp")
                .containsEntry("eventId", event).containsEntry("eventTitle", TITLE));
        assertThat(met).filteredOn(connection -> adaBen.equals(connection.get("id"))).singleElement()
                .satisfies(connection -> assertThat(connection).containsEntry("accountId", ben.id())
                        .containsEntry("followUp", "TO_CONTACT").containsEntry("outcome", "CLIENT"));
    }

    @Test
    void eachAttendeeHasTheirOwn() {
        var body = ok(hal.api().get(report(event) + "/me"));

        assertThat(body).containsEntry("peopleMet", 1).containsEntry("outsideIndustry", 1)
                .containsEntry("meetings", 0).containsEntry("followUpsOpen", 0);
        assertThat(objects(body, "connections")).singleElement()
                .satisfies(connection -> assertThat(connection).containsEntry("id", eveHal)
                        .containsEntry("accountId", eve.id()).doesNotContainKey("outcome"));
    }

    // --- refusals ------------------------------------------------------------------------------------------------

    @Test
    void everyReportNeedsASignedInCaller() {
        for (String path : List.of("", "/network", "/connections.csv", "/me")) {
            var reply = anonymous.get(report(event) + path);
            reply.problem(401);
            assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
        }
    }

    @Test
    void onlyOrganizersSeeTheEventsReportPictureAndCsv() {
        for (var caller : List.of(ada, stranger, gus)) {
            for (String path : List.of("", "/network", "/connections.csv")) {
                var reply = caller.api().get(report(event) + path);
                assertThat(reply.problem(403)).containsEntry("type", FORBIDDEN);
            }
        }
    }

    @Test
    void onlyConfirmedAttendeesHaveAReportOfTheirOwn() {
        for (var caller : List.of(stranger, gus, organizer)) {
            assertThat(caller.api().get(report(event) + "/me").problem(403)).containsEntry("type", FORBIDDEN);
        }
    }

    @Test
    void unknownAndMalformedEventsAreNotFound() {
        for (String id : List.of(UUID.randomUUID().toString(), "not-an-event")) {
            for (String path : List.of("", "/network", "/connections.csv", "/me")) {
                var reply = organizer.api().get(report(id) + path);
                assertThat(reply.problem(404)).containsEntry("type", NOT_FOUND);
            }
        }
    }

    @Test
    void anotherOrganizersDraftIsNotFound() {
        var other = TestAccounts.signUpAndLogIn(anonymous, "Otto Other");
        String draft = TestEvents.create(other.api(), TestEvents.json("Secret board day", 20));

        for (String path : List.of("", "/network", "/connections.csv", "/me")) {
            assertThat(organizer.api().get(report(draft) + path).problem(404)).containsEntry("type", NOT_FOUND);
        }
        ok(other.api().get(report(draft)));
    }

    @Test
    void refusalsComeAsProblemsEvenWhenTheCsvIsAskedFor() {
        var reply = ada.api().get(report(event) + "/connections.csv", "text/csv");

        assertThat(reply.problem(403)).containsEntry("type", FORBIDDEN);
        assertThat(reply.body()).doesNotContain("connectionId,");
    }
}
