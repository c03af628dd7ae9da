package org.mingle.api.connections;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
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
 * Connections over HTTP: connect codes, recording who met whom (by code or account), each person's private notes on
 * the same connection, the network with its filters and due follow-ups, removal, the vCard and CSV downloads, and every
 * refusal.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConnectionApiTest implements MicronautPostgres {

    private static final String INVALID = "urn:mingle:problem:invalid-input";
    private static final String MALFORMED = "urn:mingle:problem:malformed-request";
    private static final String RULE = "urn:mingle:problem:rule-violated";
    private static final String FORBIDDEN = "urn:mingle:problem:forbidden";
    private static final String NOT_FOUND = "urn:mingle:problem:not-found";
    private static final String MY_CONNECTIONS = "/api/me/connections";
    private static final String[] CONNECTION_KEYS = {"id", "eventId", "eventTitle", "accountId", "displayName",
        "connectedAt", "source", "person", "note", "tags", "followUp", "remindAt", "outcome"};

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    ApplicationContext context;

    private Rows rows;
    private ApiClient anonymous;
    private Person organizer;
    private Person ada;
    private Person ben;
    private Person cleo;
    private Person stranger;

    @BeforeAll
    void people() {
        rows = Rows.of(context);
        anonymous = new ApiClient(server, json);
        organizer = TestAccounts.signUpAndLogIn(anonymous, "Olga Organizer");
        ada = TestAccounts.signUpAndLogIn(anonymous, "Ada Lovelace");
        ben = TestAccounts.signUpAndLogIn(anonymous, "Ben Brewer");
        cleo = TestAccounts.signUpAndLogIn(anonymous, "Cleo Coder");
        stranger = TestAccounts.signUpAndLogIn(anonymous, "Sam Stranger");
        TestProfiles.save(ben.api(), """
                {"headline": "=SUM(1+1) growth lead", "company": "SecretCo", "industry": "Energy",
                 "links": ["https://ben.example"], "visibility": {"company": "PRIVATE"}}
                """);
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    /** Someone new, for tests that count a whole network. */
    private Person newPerson(String name) {
        return TestAccounts.signUpAndLogIn(anonymous, name);
    }

    /** A published event 30 days ahead where these people hold confirmed seats. */
    private String eventWith(Person... attendees) {
        return eventWith(TestEvents.json("Founders mixer " + UUID.randomUUID().toString().substring(0, 6), 30, 50,
                false, null), attendees);
    }

    private String eventWith(String eventJson, Person... attendees) {
        String event = TestEvents.published(organizer.api(), eventJson);
        for (var person : attendees) {
            TestEvents.registerConfirmed(person.api(), event);
        }
        return event;
    }

    /** A published event that starts in an hour, so that it counts as happening now. */
    private String eventSoonWith(String title, Person... attendees) {
        Instant start = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MINUTES);
        return eventWith(TestEvents.json(title, start, start.plus(Duration.ofHours(3))), attendees);
    }

    private static String connections(String event) {
        return "/api/events/" + event + "/connections";
    }

    private static String codeOf(Person person) {
        var reply = person.api().get("/api/me/connect-code");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return (String) reply.object().get("code");
    }

    private static Reply connectByCode(Person from, String event, String code) {
        return from.api().postJson(connections(event), "{\"code\": \"" + code + "\"}");
    }

    private static Reply connectById(Person from, String event, Person to) {
        return from.api().postJson(connections(event), "{\"accountId\": \"" + to.id() + "\"}");
    }

    /** Connects the two at the event by the other's code, asserting a new connection; returns its id. */
    private static String connected(Person from, String event, Person to) {
        var reply = connectByCode(from, event, codeOf(to));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return (String) reply.object().get("id");
    }

    private static Reply patch(Person person, String connection, String body) {
        return person.api().patchJson(MY_CONNECTIONS + "/" + connection, body);
    }

    private static Map<String, Object> patched(Person person, String connection, String body) {
        var reply = patch(person, connection, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.object();
    }

    private static Map<String, Object> mine(Person person, String connection) {
        var reply = person.api().get(MY_CONNECTIONS + "/" + connection);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.object();
    }

    /** The person's network item for this connection, or null when it is not in their list. */
    private static Map<String, Object> listed(Person person, String connection) {
        var reply = person.api().get(MY_CONNECTIONS + "?size=100");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.list("items").stream().filter(item -> connection.equals(item.get("id"))).findFirst()
                .orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> personOf(Map<String, Object> connection) {
        return (Map<String, Object>) connection.get("person");
    }

    // --- connect codes -------------------------------------------------------------------------------------------

    @Test
    void theConnectCodeIsPersonalStableAndComesWithTheAbsoluteAddressOfItsPage() {
        var first = ada.api().get("/api/me/connect-code");

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.header("Cache-Control")).isEqualTo("no-store");
        assertThat(first.header("Content-Type")).startsWith("application/json");
        var body = first.object();
        assertThat(body).containsOnlyKeys("code", "url");
        String code = (String) body.get("code");
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{8}");
        assertThat(body).containsEntry("url", "http://localhost:" + server.getPort() + "/connect/" + code);

        assertThat(ada.api().get("/api/me/connect-code").object()).isEqualTo(body);
        assertThat(codeOf(ben)).isNotEqualTo(code);
        assertThat(rows.count("select count(*) from connect_codes where account_id = ?::uuid", ada.id()))
                .isEqualTo(1);
    }

    @Test
    void theAddressIgnoresTheHostAProxyHeaderNames() {
        String code = codeOf(ada);

        var reply = ada.api().withHeader("X-Forwarded-Host", "evil.example")
                .withHeader("X-Forwarded-Proto", "https").get("/api/me/connect-code");

        // no public URL is configured here: the default, this machine on the server's port
        assertThat(reply.object()).containsEntry("url", "http://localhost:" + server.getPort() + "/connect/" + code);
    }

    @Test
    void aCodeShowsItsOwnerAndTheEventsInCommonHappeningNowFirst() {
        var dora = newPerson("Dora Doe");
        var eli = newPerson("Eli Eve");
        String later = eventWith(dora, eli);
        String now = eventSoonWith("Happening now mixer", dora, eli);
        eventWith(dora); // only Dora attends: not in common
        String code = codeOf(eli);

        var reply = dora.api().get("/api/connect-codes/" + code);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        var target = reply.object();
        assertThat(target).containsOnlyKeys("person", "events");
        assertThat(personOf(target)).containsEntry("accountId", eli.id()).containsEntry("displayName", "Eli Eve")
                .containsEntry("relationship", "FELLOW_ATTENDEE");
        var events = reply.list("events");
        assertThat(events).extracting(e -> e.get("id")).containsExactly(now, later);
        assertThat(events).extracting(e -> e.get("happeningNow")).containsExactly(true, false);
        var first = events.get(0);
        assertThat(first).containsOnlyKeys("id", "title", "startsAt", "endsAt", "timeZone", "happeningNow")
                .containsEntry("title", "Happening now mixer").containsEntry("timeZone", "Europe/Berlin");
        var nowEvent = dora.api().get("/api/events/" + now).object();
        assertThat(first).containsEntry("startsAt", nowEvent.get("startsAt"))
                .containsEntry("endsAt", nowEvent.get("endsAt"));

        // As typed: lower case, with a dash and a space.
        String typed = code.substring(0, 4).toLowerCase() + "-%20" + code.substring(4).toLowerCase();
        assertThat(dora.api().get("/api/connect-codes/" + typed).object()).isEqualTo(target);
    }

    @Test
    void aCodeOfSomeoneWithoutEventsInCommonShowsThemWithNoEvents() {
        var reply = stranger.api().get("/api/connect-codes/" + codeOf(ada));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(personOf(reply.object())).containsEntry("accountId", ada.id());
        assertThat(reply.list("events")).isEmpty();
    }

    @Test
    void unknownAndOwnCodesAreRefused() {
        String mine = codeOf(ada);
        String other = mine.equals("00000000") ? "11111111" : "00000000";

        assertThat(ada.api().get("/api/connect-codes/" + other).problem(404)).containsEntry("type", NOT_FOUND);
        assertThat(ada.api().get("/api/connect-codes/not-a-code").problem(404)).containsEntry("type", NOT_FOUND);
        assertThat(ada.api().get("/api/connect-codes/" + mine).problem(422)).containsEntry("type", RULE);
        assertThat(anonymous.get("/api/connect-codes/" + mine).problem(401)).isNotNull();
        assertThat(anonymous.get("/api/me/connect-code").problem(401)).isNotNull();
    }

    // --- recording -----------------------------------------------------------------------------------------------

    @Test
    void connectingByCodeAnswers201AndRecordingAgainAnyWayAnswers200WithTheSameConnection() {
        String event = eventWith(ada, ben);
        String title = (String) ada.api().get("/api/events/" + event).object().get("title");
        Instant before = Instant.now().minusSeconds(1);
        String bensCode = codeOf(ben);
        var target = ada.api().get("/api/connect-codes/" + bensCode);
        assertThat(personOf(target.object())).containsEntry("accountId", ben.id())
                .containsEntry("displayName", "Ben Brewer");
        assertThat(target.list("events")).extracting(e -> e.get("id"), e -> e.get("title"))
                .contains(org.assertj.core.groups.Tuple.tuple(event, title));

        var reply = connectByCode(ada, event, bensCode);

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        var connection = reply.object();
        String id = (String) connection.get("id");
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(reply.header("Location")).isEqualTo(MY_CONNECTIONS + "/" + id);
        assertThat(connection).containsOnlyKeys("id", "eventId", "eventTitle", "accountId", "displayName",
                        "connectedAt", "source", "person", "tags", "followUp")
                .containsEntry("eventId", event)
                .containsEntry("eventTitle", title)
                .containsEntry("accountId", ben.id())
                .containsEntry("displayName", "Ben Brewer")
                .containsEntry("source", "CODE")
                .containsEntry("tags", List.of())
                .containsEntry("followUp", "NONE");
        String connectedAt = (String) connection.get("connectedAt");
        assertThat(connectedAt).endsWith("Z");
        assertThat(OffsetDateTime.parse(connectedAt).toInstant()).isBetween(before, Instant.now().plusSeconds(1));
        assertThat(personOf(connection)).containsEntry("accountId", ben.id())
                .containsEntry("relationship", "CONNECTION")
                .containsEntry("headline", "=SUM(1+1) growth lead")
                .containsEntry("links", List.of("https://ben.example"))
                .doesNotContainKey("company");

        var again = connectByCode(ada, event, codeOf(ben));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.header("Location")).isNull();
        assertThat(again.object()).isEqualTo(connection);

        var byId = connectById(ada, event, ben);
        assertThat(byId.status()).as(byId.body()).isEqualTo(200);
        assertThat(byId.object()).containsEntry("id", id).containsEntry("source", "CODE");

        var otherWay = connectByCode(ben, event, codeOf(ada));
        assertThat(otherWay.status()).as(otherWay.body()).isEqualTo(200);
        assertThat(otherWay.object()).containsEntry("id", id).containsEntry("accountId", ada.id())
                .containsEntry("displayName", "Ada Lovelace").containsEntry("connectedAt", connectedAt);

        assertThat(listed(ada, id)).isEqualTo(connection);
        assertThat(listed(ben, id)).containsEntry("accountId", ada.id());
        assertThat(mine(ada, id)).isEqualTo(connection);
        assertThat(rows.count("select count(*) from connections where event_id = ?::uuid", event)).isEqualTo(1);
    }

    @Test
    void connectingByAccountIdTakesTheSourceSearchByDefault() {
        String event = eventWith(ada, ben, cleo);

        var meeting = ada.api().postJson(connections(event),
                "{\"accountId\": \"" + cleo.id() + "\", \"source\": \"meeting\"}");
        var search = connectById(ben, event, cleo);

        assertThat(meeting.status()).as(meeting.body()).isEqualTo(201);
        assertThat(meeting.object()).containsEntry("source", "MEETING").containsEntry("accountId", cleo.id());
        assertThat(search.status()).as(search.body()).isEqualTo(201);
        assertThat(search.object()).containsEntry("source", "SEARCH").containsEntry("accountId", cleo.id());
        var round = ben.api().postJson(connections(event),
                "{\"accountId\": \"" + ada.id() + "\", \"source\": \"ROUND\"}");
        assertThat(round.status()).as(round.body()).isEqualTo(201);
        assertThat(round.object()).containsEntry("source", "ROUND");
    }

    @Test
    void theBodyMustNameExactlyOnePersonWellFormed() {
        String event = eventWith(ada, ben);
        var api = ada.api();

        var neither = api.postJson(connections(event), "{}").fieldErrors(INVALID, "code");
        assertThat(neither.get(0)).containsEntry("message", "is required, unless accountId is sent");
        api.postJson(connections(event), "{\"code\": \" \", \"accountId\": null}").fieldErrors(INVALID, "code");
        api.postJson(connections(event), "{\"code\": \"" + codeOf(ben) + "\", \"accountId\": \"" + ben.id() + "\"}")
                .fieldErrors(INVALID, "accountId");
        var malformed = api.postJson(connections(event), "{\"accountId\": \"ben\"}").fieldErrors(INVALID, "accountId");
        assertThat(malformed.get(0)).containsEntry("message", "must be an account id (a UUID)");
        var source = api.postJson(connections(event), "{\"accountId\": \"" + ben.id() + "\", \"source\": \"CODE\"}")
                .fieldErrors(INVALID, "source");
        assertThat(source.get(0)).containsEntry("message", "must be one of MEETING, ROUND, SEARCH");
        api.postJson(connections(event), "{\"code\": \"" + codeOf(ben) + "\", \"source\": \"SEARCH\"}")
                .fieldErrors(INVALID, "source");
        var unknown = api.postJson(connections(event), "{\"code\": \"" + codeOf(ben) + "\", \"note\": \"hi\"}")
                .fieldErrors(MALFORMED, "note");
        assertThat(unknown.get(0)).containsEntry("message", "is not a known field");
        api.postJson(connections(event), "{\"accountId\": 12}").fieldErrors(MALFORMED, "accountId");
        assertThat(api.postJson(connections(event), "{\"code\": ").problem(400)).containsEntry("type", MALFORMED);
        assertThat(api.postJson(connections(event), "").problem(400)).containsEntry("type", MALFORMED);

        assertThat(rows.count("select count(*) from connections where event_id = ?::uuid", event)).isZero();
    }

    @Test
    void onlyConfirmedAttendeesRecordAndOnlyWithOtherConfirmedAttendeesTheyHaveNotBlocked() {
        var dan = newPerson("Dan Blocked");
        String event = eventWith(ada, ben, dan);
        assertThat(ada.api().putEmpty("/api/me/blocks/" + dan.id()).status()).isEqualTo(204);

        assertThat(connectByCode(stranger, event, codeOf(ben)).problem(403)).containsEntry("type", FORBIDDEN);
        assertThat(connectById(ada, event, stranger).problem(422)).containsEntry("type", RULE);
        assertThat(connectById(ada, event, ada).problem(422)).containsEntry("type", RULE);
        assertThat(connectByCode(ada, event, codeOf(ada)).problem(422)).containsEntry("type", RULE);
        assertThat(connectById(ada, event, dan).problem(422)).containsEntry("type", RULE);
        assertThat(connectByCode(dan, event, codeOf(ada)).problem(422)).containsEntry("type", RULE);
        String other = codeOf(ben).equals("00000000") ? "11111111" : "00000000";
        assertThat(connectByCode(ada, event, other).problem(404)).containsEntry("type", NOT_FOUND);
        assertThat(connectById(ada, UUID.randomUUID().toString(), ben).problem(404)).containsEntry("type", NOT_FOUND);
        assertThat(connectById(ada, "not-an-event", ben).problem(404)).containsEntry("type", NOT_FOUND);
        String draft = TestEvents.create(organizer.api(), TestEvents.json("Secret draft", 20));
        assertThat(connectById(ada, draft, ben).problem(404)).containsEntry("type", NOT_FOUND);
        assertThat(anonymous.postJson(connections(event), "{\"accountId\": \"" + ben.id() + "\"}").problem(401))
                .isNotNull();

        assertThat(rows.count("select count(*) from connections where event_id = ?::uuid", event)).isZero();
    }

    @Test
    void aCancelledEventTakesNoConnections() {
        String event = eventWith(ada, ben);
        assertThat(organizer.api().postEmpty("/api/events/" + event + "/cancel").status()).isEqualTo(200);

        assertThat(connectById(ada, event, ben).problem(422)).containsEntry("type", RULE);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyAnswersTheFirstAnswer() {
        String event = eventWith(ada, cleo);
        var client = ada.api().withHeader("Idempotency-Key", UUID.randomUUID().toString());
        String body = "{\"accountId\": \"" + cleo.id() + "\", \"source\": \"ROUND\"}";

        var first = client.postJson(connections(event), body);
        var retry = client.postJson(connections(event), body);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(retry.status()).as(retry.body()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(client.postJson(connections(event), "{\"accountId\": \"" + cleo.id() + "\"}").problem(422))
                .containsEntry("type", "urn:mingle:problem:idempotency-key-reused");

        var withNewKey = ada.api().withHeader("Idempotency-Key", UUID.randomUUID().toString())
                .postJson(connections(event), body);
        assertThat(withNewKey.status()).as(withNewKey.body()).isEqualTo(200);
        assertThat(withNewKey.object()).containsEntry("id", first.object().get("id"));
    }

    // --- private notes -------------------------------------------------------------------------------------------

    @Test
    void notesArePrivateToTheirOwnerEvenOnTheSameConnection() {
        var fay = newPerson("Fay Fisher");
        var gus = newPerson("Gus Green");
        String event = eventWith(fay, gus);
        String older = connected(fay, event, gus);
        var hal = newPerson("Hal Hill");
        String second = eventWith(fay, hal);
        String newer = connected(fay, second, hal);
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();

        var fays = patched(fay, older, """
                {"note": "Wants an intro to our CTO; fayprivatenote", "tags": ["hiring", "Berlin"],
                 "followUp": "TO_CONTACT", "remindAt": "%s", "outcome": "JOB"}
                """.formatted(yesterday));

        assertThat(fays).containsEntry("id", older)
                .containsEntry("note", "Wants an intro to our CTO; fayprivatenote")
                .containsEntry("tags", List.of("hiring", "Berlin"))
                .containsEntry("followUp", "TO_CONTACT")
                .containsEntry("remindAt", yesterday)
                .containsEntry("outcome", "JOB");
        assertThat(mine(fay, older)).isEqualTo(fays);

        // Gus has the same connection, with his own (empty) notes.
        var gusView = mine(gus, older);
        assertThat(gusView).containsEntry("id", older).containsEntry("accountId", fay.id())
                .containsEntry("tags", List.of()).containsEntry("followUp", "NONE")
                .doesNotContainKeys("note", "remindAt", "outcome");
        assertThat(listed(gus, older)).isEqualTo(gusView);
        var gusList = gus.api().get(MY_CONNECTIONS).object();
        assertThat(gusList).containsEntry("dueFollowUps", 0);
        assertThat(gus.api().get(MY_CONNECTIONS).body()).doesNotContain("fayprivatenote", "hiring", "TO_CONTACT",
                "JOB", yesterday);
        String gusExport = gus.api().get("/api/me/export").body();
        assertThat(gusExport).doesNotContain("fayprivatenote", "hiring", "Berlin\"", "TO_CONTACT", "\"JOB\"");

        // Gus's notes are his, and leave Fay's as they are.
        patched(gus, older, "{\"note\": \"gusprivatenote\", \"outcome\": \"CLIENT\"}");
        assertThat(mine(fay, older)).isEqualTo(fays);
        assertThat(fay.api().get(MY_CONNECTIONS).body()).doesNotContain("gusprivatenote", "CLIENT");

        // Fay's list: the due follow-up first, then the newest; one due across the network.
        var list = fay.api().get(MY_CONNECTIONS);
        assertThat(list.object()).containsEntry("dueFollowUps", 1).containsEntry("total", 2)
                .containsEntry("page", 0).containsEntry("size", 20);
        assertThat(list.list("items")).extracting(item -> item.get("id")).containsExactly(older, newer);
        assertThat(list.list("items").get(0)).isEqualTo(fays);
        assertThat(list.list("items")).allSatisfy(item -> assertThat(CONNECTION_KEYS)
                .contains(item.keySet().toArray(String[]::new)));
    }

    @Test
    void theExportHoldsTheCallersOwnNotesAndNeverTheOtherPersons() {
        var ivy = newPerson("Ivy Ink");
        var jon = newPerson("Jon Jet");
        String event = eventWith(ivy, jon);
        String id = connected(ivy, event, jon);
        patched(ivy, id, "{\"note\": \"ivysecretnote\", \"tags\": [\"ivytag\"], \"outcome\": \"MENTOR\"}");
        patched(jon, id, "{\"note\": \"jonsecretnote\", \"followUp\": \"CONTACTED\"}");

        String ivysCode = codeOf(ivy);

        var ivyExport = ivy.api().get("/api/me/export");
        var jonExport = jon.api().get("/api/me/export");

        assertThat(ivyExport.status()).isEqualTo(200);
        var ivySection = section(ivyExport.object(), "connections");
        assertThat(ivySection).containsEntry("connectCode", ivysCode);
        assertThat(network(ivySection)).singleElement().satisfies(item -> assertThat(item)
                .containsEntry("id", id).containsEntry("otherAccountId", jon.id())
                .containsEntry("note", "ivysecretnote").containsEntry("tags", List.of("ivytag"))
                .containsEntry("outcome", "MENTOR").containsEntry("followUp", "NONE"));
        assertThat(ivyExport.body()).doesNotContain("jonsecretnote", "CONTACTED");

        var jonSection = section(jonExport.object(), "connections");
        assertThat(network(jonSection)).singleElement().satisfies(item -> assertThat(item)
                .containsEntry("id", id).containsEntry("otherAccountId", ivy.id())
                .containsEntry("note", "jonsecretnote").containsEntry("followUp", "CONTACTED")
                .containsEntry("tags", List.of()));
        assertThat(jonExport.body()).doesNotContain("ivysecretnote", "ivytag", "MENTOR");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> export, String name) {
        return (Map<String, Object>) export.get(name);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> network(Map<String, Object> section) {
        return (List<Map<String, Object>>) section.get("network");
    }

    @Test
    void aPatchChangesOnlyTheFieldsSentAndNullClearsThem() {
        String event = eventWith(ada, ben);
        String id = connected(ada, event, ben);
        patched(ada, id, """
                {"note": "  First chat  ", "tags": ["a", "b"], "followUp": "contacted", "remindAt": "2030-01-02",
                 "outcome": "FRIENDSHIP"}
                """);

        var noteOnly = patched(ada, id, "{\"note\": \"Second chat\"}");
        assertThat(noteOnly).containsEntry("note", "Second chat").containsEntry("tags", List.of("a", "b"))
                .containsEntry("followUp", "CONTACTED").containsEntry("remindAt", "2030-01-02")
                .containsEntry("outcome", "FRIENDSHIP");

        assertThat(patched(ada, id, "{}")).isEqualTo(noteOnly);

        var cleared = ada.api().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + server.getPort() + MY_CONNECTIONS + "/" + id))
                .header("Content-Type", "application/merge-patch+json")
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"note\": null, \"tags\": null, \"remindAt\": null, \"outcome\": null}")));
        assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
        assertThat(cleared.object()).containsEntry("tags", List.of()).containsEntry("followUp", "CONTACTED")
                .doesNotContainKeys("note", "remindAt", "outcome");

        assertThat(patched(ada, id, "{\"followUp\": null}")).containsEntry("followUp", "NONE");
        assertThat(patched(ada, id, "{\"tags\": [\" Climate \", \"climate\", \"\", \"AI\"]}"))
                .containsEntry("tags", List.of("Climate", "AI"));
        assertThat(mine(ada, id)).containsEntry("tags", List.of("Climate", "AI"));
    }

    @Test
    void aPatchRefusesInvalidValuesNamingEveryField() {
        String event = eventWith(ada, ben);
        String id = connected(ada, event, ben);
        patched(ada, id, "{\"note\": \"keep me\"}");

        var errors = patch(ada, id, """
                {"note": "%s", "tags": ["%s"], "followUp": "LATER", "remindAt": "tomorrow", "outcome": "LOVE"}
                """.formatted("x".repeat(2001), "t".repeat(41)))
                .fieldErrors(INVALID, "note", "tags", "followUp", "remindAt", "outcome");
        assertThat(errors).extracting(e -> e.get("message")).contains(
                "must be one of NONE, TO_CONTACT, CONTACTED, MEETING_BOOKED, DONE",
                "must be one of JOB, CLIENT, MENTOR, COLLABORATION, INVESTMENT, FRIENDSHIP, OTHER",
                "must be a date such as 2026-12-24");
        patch(ada, id, "{\"remindAt\": \"1999-12-31\"}").fieldErrors(INVALID, "remindAt");
        String manyTags = String.join(", ", java.util.stream.IntStream.range(0, 21).mapToObj(i -> "\"t" + i + "\"")
                .toList());
        patch(ada, id, "{\"tags\": [" + manyTags + "]}").fieldErrors(INVALID, "tags");
        patch(ada, id, "{\"note\": \"bell\\u0007\"}").fieldErrors(INVALID, "note");

        assertThat(mine(ada, id)).containsEntry("note", "keep me").containsEntry("tags", List.of());
    }

    @Test
    void aPatchRefusesWrongJsonTypesAndUnknownFields() {
        String event = eventWith(ada, ben);
        String id = connected(ada, event, ben);

        var unknown = patch(ada, id, "{\"note\": \"x\", \"colour\": \"red\"}").fieldErrors(MALFORMED, "colour");
        assertThat(unknown.get(0)).containsEntry("message", "is not a known field");
        patch(ada, id, "{\"tags\": \"hiring\"}").fieldErrors(MALFORMED, "tags");
        patch(ada, id, "{\"tags\": {\"a\": 1}}").fieldErrors(MALFORMED, "tags");
        patch(ada, id, "{\"note\": {\"text\": \"x\"}}").fieldErrors(MALFORMED, "note");
        patch(ada, id, "{\"note\": [\"x\"]}").fieldErrors(MALFORMED, "note");
        var number = patch(ada, id, "{\"note\": 5}").fieldErrors(MALFORMED, "note");
        assertThat(number.get(0)).containsEntry("message", "must be a string");
        patch(ada, id, "{\"note\": true}").fieldErrors(MALFORMED, "note");
        var tags = patch(ada, id, "{\"tags\": [1, 2]}").fieldErrors(MALFORMED, "tags");
        assertThat(tags.get(0)).containsEntry("message", "must be an array of strings");
        patch(ada, id, "{\"tags\": [\"ok\", null]}").fieldErrors(MALFORMED, "tags");
        patch(ada, id, "{\"followUp\": 1, \"remindAt\": 20261224, \"outcome\": {\"a\": \"JOB\"}}")
                .fieldErrors(MALFORMED, "followUp", "remindAt", "outcome");
        assertThat(patch(ada, id, "{\"note\": ").problem(400)).containsEntry("type", MALFORMED);
        assertThat(patch(ada, id, "[]").problem(400)).containsEntry("type", MALFORMED);
        assertThat(patch(ada, id, "null").problem(400)).containsEntry("type", MALFORMED);
        var text = ada.api().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + server.getPort() + MY_CONNECTIONS + "/" + id))
                .header("Content-Type", "text/plain")
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString("{\"note\": \"x\"}")));
        assertThat(text.problem(415)).isNotNull();

        assertThat(mine(ada, id)).doesNotContainKey("note").containsEntry("tags", List.of());
    }

    // --- reading, filtering, removing ----------------------------------------------------------------------------

    @Test
    void aConnectionOutsideTheCallersNetworkIsNotFound() {
        String event = eventWith(ben, cleo);
        String theirs = connected(ben, event, cleo);

        for (String id : List.of(theirs, UUID.randomUUID().toString(), "not-an-id")) {
            String path = MY_CONNECTIONS + "/" + id;
            assertThat(ada.api().get(path).problem(404)).containsEntry("type", NOT_FOUND);
            assertThat(ada.api().patchJson(path, "{\"note\": \"mine now\"}").problem(404))
                    .containsEntry("type", NOT_FOUND);
            assertThat(ada.api().delete(path).problem(404)).containsEntry("type", NOT_FOUND);
        }
        assertThat(mine(ben, theirs)).doesNotContainKey("note");
        assertThat(mine(cleo, theirs)).containsEntry("accountId", ben.id());
        assertThat(anonymous.get(MY_CONNECTIONS + "/" + theirs).problem(401)).isNotNull();
        assertThat(anonymous.patchJson(MY_CONNECTIONS + "/" + theirs, "{}").problem(401)).isNotNull();
        assertThat(anonymous.delete(MY_CONNECTIONS + "/" + theirs).problem(401)).isNotNull();
        assertThat(anonymous.get(MY_CONNECTIONS).problem(401)).isNotNull();
    }

    @Test
    void theNetworkFiltersByEventWordsTagFollowUpAndDueAndPages() {
        var kim = newPerson("Kim Keen");
        var lou = newPerson("Lou Lark");
        var max = newPerson("Max Moss");
        TestProfiles.save(lou.api(), "{\"headline\": \"Solar installer\", \"company\": \"Sunny GmbH\"}");
        String first = eventWith(kim, lou, max);
        String second = eventWith(kim, max);
        String withLou = connected(kim, first, lou);
        String withMax = connected(kim, first, max);
        String withMaxAgain = connected(kim, second, max);
        patched(kim, withLou, "{\"tags\": [\"Investor\"], \"followUp\": \"TO_CONTACT\", \"remindAt\": \""
                + LocalDate.now(ZoneOffset.UTC) + "\"}");
        patched(kim, withMax, "{\"note\": \"talked about rowing\", \"followUp\": \"DONE\", \"remindAt\": \"2001-01-01\"}");
        patched(kim, withMaxAgain, "{\"followUp\": \"TO_CONTACT\", \"remindAt\": \"2099-01-01\"}");

        var all = kim.api().get(MY_CONNECTIONS);
        assertThat(all.object()).containsEntry("total", 3).containsEntry("dueFollowUps", 1);
        assertThat(all.list("items")).extracting(i -> i.get("id")).containsExactly(withLou, withMaxAgain, withMax);

        assertThat(ids(kim, "?event=" + first)).containsExactly(withLou, withMax);
        assertThat(ids(kim, "?event=" + UUID.randomUUID())).isEmpty();
        assertThat(ids(kim, "?q=solar")).containsExactly(withLou);
        assertThat(ids(kim, "?q=sunny")).containsExactly(withLou);
        assertThat(ids(kim, "?q=ROWING")).containsExactly(withMax);
        assertThat(ids(kim, "?q=moss")).containsExactly(withMaxAgain, withMax);
        assertThat(ids(kim, "?tag=investor")).containsExactly(withLou);
        assertThat(ids(kim, "?followUp=to_contact")).containsExactly(withLou, withMaxAgain);
        assertThat(ids(kim, "?followUp=DONE")).containsExactly(withMax);
        assertThat(ids(kim, "?due=true")).containsExactly(withLou);
        assertThat(ids(kim, "?due=false")).hasSize(3);
        assertThat(ids(kim, "?due=true&followUp=DONE")).isEmpty();
        var filtered = kim.api().get(MY_CONNECTIONS + "?followUp=DONE").object();
        assertThat(filtered).containsEntry("total", 1).containsEntry("dueFollowUps", 1);

        var page = kim.api().get(MY_CONNECTIONS + "?size=2&page=1").object();
        assertThat(page).containsEntry("total", 3).containsEntry("page", 1).containsEntry("size", 2);
        assertThat((List<?>) page.get("items")).hasSize(1);
    }

    private static List<Object> ids(Person person, String query) {
        var reply = person.api().get(MY_CONNECTIONS + query);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.list("items").stream().map(item -> item.get("id")).toList();
    }

    @Test
    void theNetworkRefusesUnknownFiltersAndBadPaging() {
        var followUp = ada.api().get(MY_CONNECTIONS + "?followUp=LATER").fieldErrors(INVALID, "followUp");
        assertThat(followUp.get(0)).containsEntry("message",
                "must be one of NONE, TO_CONTACT, CONTACTED, MEETING_BOOKED, DONE");
        ada.api().get(MY_CONNECTIONS + "?event=not-an-id").fieldErrors(INVALID, "event");
        ada.api().get(MY_CONNECTIONS + "?due=yes").fieldErrors(INVALID, "due");
        ada.api().get(MY_CONNECTIONS + "?size=101").fieldErrors(INVALID, "size");
        ada.api().get(MY_CONNECTIONS + "?page=-1").fieldErrors(INVALID, "page");
        ada.api().get(MY_CONNECTIONS + "?page=abc").fieldErrors(INVALID, "page");
    }

    @Test
    void removingTakesTheConnectionOutOfTheCallersNetworkOnly() {
        var nia = newPerson("Nia North");
        var oli = newPerson("Oli Oak");
        String event = eventWith(nia, oli);
        String id = connected(nia, event, oli);
        patched(nia, id, "{\"note\": \"nianote\"}");
        patched(oli, id, "{\"note\": \"olinote\"}");

        var removed = nia.api().delete(MY_CONNECTIONS + "/" + id);

        assertThat(removed.status()).as(removed.body()).isEqualTo(204);
        assertThat(removed.body()).isEmpty();
        assertThat(nia.api().get(MY_CONNECTIONS + "/" + id).problem(404)).containsEntry("type", NOT_FOUND);
        assertThat(nia.api().get(MY_CONNECTIONS).object()).containsEntry("total", 0);
        assertThat(nia.api().delete(MY_CONNECTIONS + "/" + id).problem(404)).containsEntry("type", NOT_FOUND);
        assertThat(mine(oli, id)).containsEntry("note", "olinote")
                .satisfies(item -> assertThat(personOf(item)).containsEntry("relationship", "FELLOW_ATTENDEE"));
        assertThat(listed(oli, id)).isNotNull();

        // Recording it again brings it back, with fresh notes.
        var again = connectByCode(nia, event, codeOf(oli));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.object()).containsEntry("id", id).doesNotContainKey("note");
        assertThat(mine(oli, id)).containsEntry("note", "olinote");
    }

    // --- downloads -----------------------------------------------------------------------------------------------

    @Test
    void theVCardsShowOnlyWhatEachContactLetsTheCallerSee() {
        var pia = newPerson("Pia Page");
        String event = eventWith(pia, ben, cleo);
        String withBen = connected(pia, event, ben);
        connected(pia, event, cleo);
        patched(pia, withBen, "{\"note\": \"piaprivatenote\", \"tags\": [\"piatag\"]}");

        var reply = pia.api().get("/api/me/connections.vcf");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).isEqualTo("text/vcard; charset=utf-8");
        assertThat(reply.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"mingle-connections.vcf\"");
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        String cards = reply.body();
        assertThat(cards).startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n").endsWith("END:VCARD\r\n");
        assertThat(cards.replace("\r\n", "")).doesNotContain("\n", "\r");
        assertThat(cards.split("BEGIN:VCARD", -1)).hasSize(3);
        assertThat(cards).contains("FN:Ben Brewer\r\n", "UID:urn:uuid:" + ben.id() + "\r\n",
                "TITLE:=SUM(1+1) growth lead\r\n", "URL:https://ben.example\r\n", "FN:Cleo Coder\r\n");
        assertThat(cards).doesNotContain("SecretCo", "ORG:", "piaprivatenote", "piatag");
        assertThat(anonymous.get("/api/me/connections.vcf").problem(401)).isNotNull();
    }

    @Test
    void theCsvIsTheCallersNetworkWithTheirNotesAndSafeForSpreadsheets() {
        var quinn = newPerson("Quinn Quill");
        String event = eventWith(quinn, ben);
        String id = connected(quinn, event, ben);
        patched(quinn, id, "{\"note\": \"=cmd|' /C calc'!A0\", \"tags\": [\"lead\", \"energy\"], \"outcome\": \"CLIENT\"}");

        var reply = quinn.api().get("/api/me/connections.csv");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("text/csv; charset=utf-8");
        assertThat(reply.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"mingle-connections.csv\"");
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        var lines = reply.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFFName,Headline,Company,Industry,Interests,Links,Event,"
                + "Connected at (UTC),My note,My tags,Follow-up,Remind me on,Outcome,Connection ID,Account ID");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).startsWith("Ben Brewer,'=SUM(1+1) growth lead,,Energy,")
                .contains(",https://ben.example,", ",'=cmd|' /C calc'!A0,lead; energy,NONE,,CLIENT," + id + ","
                        + ben.id())
                .doesNotContain("SecretCo");
        assertThat(anonymous.get("/api/me/connections.csv").problem(401)).isNotNull();
    }

    @Test
    void theDownloadsAreNotTakenForAConnectionId() {
        var ray = newPerson("Ray Rain");

        assertThat(ray.api().get("/api/me/connections.vcf").status()).isEqualTo(200);
        assertThat(ray.api().get("/api/me/connections.vcf").body()).isEmpty();
        var csv = ray.api().get("/api/me/connections.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFFName,").hasLineCount(1);
        assertThat(ray.api().get(MY_CONNECTIONS + "/connections.vcf").problem(404)).containsEntry("type", NOT_FOUND);
        assertThat(ray.api().get(MY_CONNECTIONS + "/x.csv").problem(404)).containsEntry("type", NOT_FOUND);
    }
}
