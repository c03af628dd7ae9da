package org.mingle.api.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
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
import org.mingle.api.TestProfiles;
import org.mingle.testsupport.MicronautPostgres;

/**
 * Meeting requests over HTTP: sending, answering, withdrawing, the lists each of the two sees, every refusal, retries
 * with an idempotency key, and two people asking each other at the same moment.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingRequestApiTest implements MicronautPostgres {

    private static final String INVALID = "urn:mingle:problem:invalid-input";
    private static final String MALFORMED = "urn:mingle:problem:malformed-request";
    private static final String RULE = "urn:mingle:problem:rule-violated";
    private static final String CONFLICT = "urn:mingle:problem:conflict";
    private static final String[] REQUEST_KEYS = {"id", "eventId", "fromAccountId", "toAccountId", "message",
        "status", "createdAt", "respondedAt", "expiresAt", "direction", "other", "reasons", "senderResponseRate",
        "suggestion", "meetsNow"};

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
    private Person dan;
    private Person stranger;

    @BeforeAll
    void people() {
        rows = Rows.of(context);
        anonymous = new ApiClient(server, json);
        organizer = TestAccounts.signUpAndLogIn(anonymous, "Olga Organizer");
        ada = TestAccounts.signUpAndLogIn(anonymous, "Ada Asker");
        ben = TestAccounts.signUpAndLogIn(anonymous, "Ben Asked");
        cleo = TestAccounts.signUpAndLogIn(anonymous, "Cleo Third");
        dan = TestAccounts.signUpAndLogIn(anonymous, "Dan Fourth");
        stranger = TestAccounts.signUpAndLogIn(anonymous, "Sam Stranger");
        TestProfiles.save(ben.api(), """
                {"headline": "Heat pump installer", "company": "Warm Ltd", "industry": "Energy",
                 "links": ["https://ben.example"], "visibility": {"industry": "PRIVATE"}}
                """);
        TestProfiles.save(ada.api(), """
                {"headline": "Secret headline", "visibility": {"headline": "PRIVATE"}}
                """);
    }

    /** A published event where these people hold confirmed seats. */
    private String eventWith(Person... attendees) {
        return eventWith(TestEvents.json("Speed dating for founders", 30, 20, false, null), attendees);
    }

    private String eventWith(String eventJson, Person... attendees) {
        String event = TestEvents.published(organizer.api(), eventJson);
        for (var person : attendees) {
            TestEvents.registerConfirmed(person.api(), event);
        }
        return event;
    }

    private static String requests(String event) {
        return "/api/events/" + event + "/meeting-requests";
    }

    private static Reply ask(Person from, String event, Person to) {
        return from.api().postJson(requests(event), "{\"toAccountId\": \"" + to.id() + "\"}");
    }

    /** Sends a request, asserting success; returns its path. */
    private static String asked(Person from, String event, Person to) {
        var reply = ask(from, event, to);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.header("Location");
    }

    @Test
    void sendingAnswers201PendingWithLocationAndTheRequestAsTheSenderSeesIt() {
        String event = eventWith(ada, ben);

        var reply = ada.api().postJson(requests(event), """
                {"toAccountId": "%s", "message": "  Coffee at the break?  "}
                """.formatted(ben.id()));

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        var request = reply.object();
        String id = (String) request.get("id");
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(reply.header("Location")).isEqualTo(requests(event) + "/" + id);
        assertThat(request).containsOnlyKeys("id", "eventId", "fromAccountId", "toAccountId", "message", "status",
                        "createdAt", "expiresAt", "direction", "other", "meetsNow")
                .containsEntry("eventId", event).containsEntry("meetsNow", false)
                .containsEntry("fromAccountId", ada.id())
                .containsEntry("toAccountId", ben.id())
                .containsEntry("message", "Coffee at the break?")
                .containsEntry("status", "PENDING")
                .containsEntry("direction", "OUTGOING")
                .containsEntry("other", Map.of("accountId", ben.id(), "displayName", "Ben Asked",
                        "headline", "Heat pump installer"));

        var atLocation = ada.api().get(reply.header("Location"));
        assertThat(atLocation.status()).isEqualTo(200);
        assertThat(atLocation.header("Cache-Control")).isEqualTo("no-store");
        assertThat(atLocation.object()).isEqualTo(request);

        var asBen = ben.api().get(reply.header("Location")).object();
        assertThat(asBen).containsEntry("direction", "INCOMING").containsEntry("id", id)
                .containsEntry("other", Map.of("accountId", ada.id(), "displayName", "Ada Asker"));
    }

    @Test
    void aMessageIsOptional() {
        String event = eventWith(ada, ben);

        var reply = ada.api().postJson(requests(event), "{\"toAccountId\": \"" + ben.id() + "\", \"message\": null}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.object()).doesNotContainKey("message");
    }

    @Test
    void theListShowsBothDirectionsNewestFirstAndFiltersAndPages() {
        String event = eventWith(ada, ben, cleo, dan);
        String toBen = asked(ada, event, ben);
        String fromCleo = asked(cleo, event, ada);
        String toDan = asked(ada, event, dan);
        assertThat(dan.api().postEmpty(toDan + "/decline").status()).isEqualTo(200);

        var reply = ada.api().get(requests(event));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        assertThat(reply.object()).containsEntry("page", 0).containsEntry("size", 20).containsEntry("total", 3);
        var items = reply.list("items");
        assertThat(items).extracting(r -> "/api/events/" + event + "/meeting-requests/" + r.get("id"))
                .containsExactly(toDan, fromCleo, toBen);
        assertThat(items).extracting(r -> r.get("direction")).containsExactly("OUTGOING", "INCOMING", "OUTGOING");
        assertThat(items).extracting(r -> r.get("status")).containsExactly("DECLINED", "PENDING", "PENDING");
        assertThat(items).allSatisfy(r -> assertThat(REQUEST_KEYS).contains(r.keySet().toArray(String[]::new)));

        assertThat(ada.api().get(requests(event) + "?direction=incoming").list("items"))
                .extracting(r -> r.get("fromAccountId")).containsExactly(cleo.id());
        assertThat(ada.api().get(requests(event) + "?direction=OUTGOING&status=PENDING").list("items"))
                .extracting(r -> r.get("toAccountId")).containsExactly(ben.id());
        assertThat(ada.api().get(requests(event) + "?status=DECLINED").object()).containsEntry("total", 1);
        var second = ada.api().get(requests(event) + "?size=2&page=1").object();
        assertThat(second).containsEntry("total", 3).containsEntry("page", 1).containsEntry("size", 2);
        assertThat((List<?>) second.get("items")).hasSize(1);

        assertThat(ben.api().get(requests(event)).list("items")).extracting(r -> r.get("direction"))
                .containsExactly("INCOMING");
        assertThat(stranger.api().get(requests(event)).object()).containsEntry("total", 0);
    }

    @Test
    void theListRefusesUnknownFiltersAndBadPaging() {
        String event = eventWith(ada);

        var direction = ada.api().get(requests(event) + "?direction=SIDEWAYS").fieldErrors(INVALID, "direction");
        assertThat(direction.get(0)).containsEntry("message", "must be one of INCOMING, OUTGOING");
        var status = ada.api().get(requests(event) + "?status=MAYBE").fieldErrors(INVALID, "status");
        assertThat(status.get(0)).containsEntry("message", "must be one of PENDING, ACCEPTED, DECLINED, CANCELLED, EXPIRED");
        ada.api().get(requests(event) + "?size=101").fieldErrors(INVALID, "size");
        ada.api().get(requests(event) + "?page=-1").fieldErrors(INVALID, "page");
        ada.api().get(requests(event) + "?page=x").fieldErrors(INVALID, "page");
    }

    @Test
    void acceptingMakesAMutualMatchThatBothSeeAsMeetings() {
        String event = eventWith(ada, ben);
        String request = asked(ada, event, ben);

        var accepted = ben.api().postEmpty(request + "/accept");

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.object()).containsEntry("status", "ACCEPTED").containsEntry("direction", "INCOMING")
                .containsKey("respondedAt");
        assertThat(ada.api().get(request).object()).containsEntry("status", "ACCEPTED")
                .containsEntry("respondedAt", accepted.object().get("respondedAt"));

        var adasMeetings = ada.api().get("/api/events/" + event + "/meetings/me");
        assertThat(adasMeetings.status()).as(adasMeetings.body()).isEqualTo(200);
        assertThat(adasMeetings.header("Cache-Control")).isEqualTo("no-store");
        assertThat(adasMeetings.object()).containsEntry("total", 1).containsEntry("page", 0);
        var meeting = adasMeetings.list("items").get(0);
        assertThat(meeting).containsOnlyKeys("id", "eventId", "with", "matchedAt", "direction")
                .containsEntry("id", accepted.object().get("id"))
                .containsEntry("eventId", event)
                .containsEntry("matchedAt", accepted.object().get("respondedAt"))
                .containsEntry("direction", "OUTGOING");
        @SuppressWarnings("unchecked")
        var with = (Map<String, Object>) meeting.get("with");
        assertThat(with).containsEntry("accountId", ben.id()).containsEntry("displayName", "Ben Asked")
                .containsEntry("relationship", "CONNECTION")
                .containsEntry("company", "Warm Ltd")
                .containsEntry("links", List.of("https://ben.example"))
                .doesNotContainKey("industry");
        assertThat(adasMeetings.body()).doesNotContain("Energy", "slot", "table");

        var bensMeetings = ben.api().get("/api/events/" + event + "/meetings/me").list("items");
        assertThat(bensMeetings).hasSize(1);
        assertThat(bensMeetings.get(0)).containsEntry("direction", "INCOMING");
        assertThat(bensMeetings.get(0).toString()).doesNotContain("Secret headline");
    }

    @Test
    void meetingsCarryTheMessageAndOnlyAcceptedRequests() {
        String event = eventWith(ada, ben, cleo, dan);
        var withMessage = ada.api().postJson(requests(event), "{\"toAccountId\": \"" + ben.id()
                + "\", \"message\": \"See you at table 4\"}");
        assertThat(withMessage.status()).isEqualTo(201);
        ben.api().postEmpty(withMessage.header("Location") + "/accept");
        asked(ada, event, cleo);
        String declined = asked(dan, event, ada);
        ada.api().postEmpty(declined + "/decline");

        var meetings = ada.api().get("/api/events/" + event + "/meetings/me").object();

        assertThat(meetings).containsEntry("total", 1);
        @SuppressWarnings("unchecked")
        var only = ((List<Map<String, Object>>) meetings.get("items")).get(0);
        assertThat(only).containsEntry("message", "See you at table 4");
        assertThat(ada.api().get("/api/events/" + event + "/meetings/me?size=1&page=1").list("items")).isEmpty();
        assertThat(cleo.api().get("/api/events/" + event + "/meetings/me").object()).containsEntry("total", 0);
        ada.api().get("/api/events/" + event + "/meetings/me?size=0").fieldErrors(INVALID, "size");
    }

    @Test
    void meetingsNeedASignedInCallerAndAVisibleEvent() {
        String draft = TestEvents.create(organizer.api(), TestEvents.json("Draft meetings", 20));

        anonymous.get("/api/events/" + draft + "/meetings/me").problem(401);
        ada.api().get("/api/events/" + draft + "/meetings/me").problem(404);
        ada.api().get("/api/events/not-an-id/meetings/me").problem(404);
        ada.api().get("/api/events/" + UUID.randomUUID() + "/meetings/me").problem(404);
        assertThat(organizer.api().get("/api/events/" + draft + "/meetings/me").status()).isEqualTo(200);
    }

    @Test
    void decliningAndCancellingCloseTheRequestAndAllowANewOne() {
        String event = eventWith(ada, ben);
        String first = asked(ada, event, ben);

        var declined = ben.api().postEmpty(first + "/decline");
        assertThat(declined.status()).as(declined.body()).isEqualTo(200);
        assertThat(declined.object()).containsEntry("status", "DECLINED").containsKey("respondedAt");

        String second = asked(ada, event, ben);
        var cancelled = ada.api().postEmpty(second + "/cancel");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.object()).containsEntry("status", "CANCELLED").containsEntry("direction", "OUTGOING");
        assertThat(ben.api().get(second).object()).containsEntry("status", "CANCELLED");
    }

    @Test
    void onlyTheAddresseeAnswersAndOnlyTheSenderWithdraws() {
        String event = eventWith(ada, ben, cleo);
        String request = asked(ada, event, ben);

        assertThat(ada.api().postEmpty(request + "/accept").problem(403))
                .containsEntry("type", "urn:mingle:problem:forbidden")
                .containsEntry("detail", "Only the person asked can accept a request.");
        ada.api().postEmpty(request + "/decline").problem(403);
        assertThat(ben.api().postEmpty(request + "/cancel").problem(403))
                .containsEntry("detail", "Only the person who sent a request can cancel it.");

        for (String action : List.of("", "/accept", "/decline", "/cancel")) {
            var notAParty = action.isEmpty() ? cleo.api().get(request) : cleo.api().postEmpty(request + action);
            assertThat(notAParty.problem(404)).containsEntry("detail", "No such meeting request.");
        }
        organizer.api().get(request).problem(404);
        organizer.api().postEmpty(request + "/accept").problem(404);
        assertThat(ada.api().get(request).object()).containsEntry("status", "PENDING");
    }

    @Test
    void answeringARequestThatIsNoLongerPendingConflicts() {
        String event = eventWith(ada, ben);
        String request = asked(ada, event, ben);
        ben.api().postEmpty(request + "/accept");

        assertThat(ben.api().postEmpty(request + "/accept").problem(409))
                .containsEntry("type", CONFLICT).containsEntry("detail", "This request was already accepted.");
        ben.api().postEmpty(request + "/decline").problem(409);
        ada.api().postEmpty(request + "/cancel").problem(409);

        String cancelled = asked(ben, eventWith(ada, ben), ada);
        ben.api().postEmpty(cancelled + "/cancel");
        assertThat(ada.api().postEmpty(cancelled + "/accept").problem(409))
                .containsEntry("detail", "This request was already cancelled.");
    }

    @Test
    void acceptingIsRefusedWhenTheSenderIsNoLongerConfirmed() {
        String event = eventWith(ada, ben);
        String request = asked(ada, event, ben);
        assertThat(ada.api().delete("/api/events/" + event + "/registrations/me").status()).isEqualTo(204);

        assertThat(ben.api().postEmpty(request + "/accept").problem(422))
                .containsEntry("type", RULE)
                .containsEntry("detail", "This person is no longer a confirmed attendee of this event.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-an-id", "3f1c2b1e-0000-4000-8000-000000000000"})
    void anUnknownRequestIsNotFound(String mid) {
        String event = eventWith(ada);

        ada.api().get(requests(event) + "/" + mid).problem(404);
        for (String action : List.of("/accept", "/decline", "/cancel")) {
            ada.api().postEmpty(requests(event) + "/" + mid + action).problem(404);
        }
    }

    @Test
    void aRequestIsFoundOnlyUnderItsOwnEvent() {
        String event = eventWith(ada, ben);
        String other = eventWith(ada, ben);
        String request = asked(ada, event, ben);
        String id = request.substring(request.lastIndexOf('/') + 1);

        ada.api().get(requests(other) + "/" + id).problem(404);
        ben.api().postEmpty(requests(other) + "/" + id + "/accept").problem(404);
    }

    @Test
    void aMissingOrMalformedAddresseeIsNamed() {
        String event = eventWith(ada);

        var missing = ada.api().postJson(requests(event), "{\"message\": \"Hi\"}").fieldErrors(INVALID, "toAccountId");
        assertThat(missing.get(0)).containsEntry("message", "is required");
        var malformed = ada.api().postJson(requests(event), "{\"toAccountId\": \"ben\"}")
                .fieldErrors(INVALID, "toAccountId");
        assertThat(malformed.get(0)).containsEntry("message", "must be an account id (a UUID)");
        ada.api().postJson(requests(event), "{\"toAccountId\": \"\"}").fieldErrors(INVALID, "toAccountId");
        ada.api().postJson(requests(event), "{\"toAccountId\": 42}").fieldErrors(INVALID, "toAccountId");
        ada.api().postJson(requests(event), "{\"toAccountId\": {\"id\": \"" + ben.id() + "\"}}")
                .fieldErrors(MALFORMED, "toAccountId");
        ada.api().postJson(requests(event), "{\"toAccountId\": \"" + ben.id() + "\", \"note\": \"x\"}")
                .fieldErrors(MALFORMED, "note");
        assertThat(ada.api().postJson(requests(event), "").problem(400))
                .containsEntry("detail", "The request needs a JSON body.");
        assertThat(ada.api().postJson(requests(event), "{\"toAccountId\": ").problem(400))
                .containsEntry("detail", "The request body is not valid JSON.");
    }

    @Test
    void aMessageOverFiveHundredCharactersIsInvalid() {
        String event = eventWith(ada, ben);
        String body = "{\"toAccountId\": \"%s\", \"message\": \"%s\"}";

        var errors = ada.api().postJson(requests(event), body.formatted(ben.id(), "m".repeat(501)))
                .fieldErrors(INVALID, "message");

        assertThat(errors.get(0)).containsEntry("message", "must be at most 500 characters");
        assertThat(ada.api().postJson(requests(event), body.formatted(ben.id(), "m".repeat(500))).status())
                .isEqualTo(201);
    }

    @Test
    void onlyConfirmedAttendeesMaySend() {
        String event = eventWith(TestEvents.json("Tiny", 30, 1, false, null), ben);
        ada.api().postEmpty("/api/events/" + event + "/registrations");

        assertThat(ask(stranger, event, ben).problem(403))
                .containsEntry("detail", "Only confirmed attendees of this event can request meetings.");
        ask(ada, event, ben).problem(403);
        ask(organizer, event, ben).problem(403);
    }

    @Test
    void askingYourselfOrSomeoneNotAttendingIsRefused() {
        String event = eventWith(TestEvents.json("Refusals", 30, 1, false, null), ada);
        ben.api().postEmpty("/api/events/" + event + "/registrations");

        assertThat(ask(ada, event, ada).problem(422)).containsEntry("type", RULE)
                .containsEntry("detail", "You cannot request a meeting with yourself.");
        assertThat(ask(ada, event, ben).problem(422))
                .containsEntry("detail", "This person is not a confirmed attendee of this event.");
        ask(ada, event, stranger).problem(422);
        ada.api().postJson(requests(event), "{\"toAccountId\": \"" + UUID.randomUUID() + "\"}").problem(422);
    }

    @Test
    void blockingEitherWayStopsRequestsBothWays() {
        String event = eventWith(ada, ben, cleo);
        assertThat(ben.api().putEmpty("/api/me/blocks/" + cleo.id()).status()).isEqualTo(204);

        assertThat(ask(ben, event, cleo).problem(422))
                .containsEntry("detail", "You cannot send a meeting request to this person.");
        ask(cleo, event, ben).problem(422);
        assertThat(ask(ada, event, ben).status()).isEqualTo(201);

        ben.api().delete("/api/me/blocks/" + cleo.id());
        assertThat(ask(cleo, event, ben).status()).isEqualTo(201);
    }

    @Test
    void requestsNeedAnOpenEvent() {
        String cancelled = eventWith(ada, ben);
        String completed = eventWith(ada, ben);
        String request = asked(ada, completed, ben);
        organizer.api().postEmpty("/api/events/" + cancelled + "/cancel");
        organizer.api().postEmpty("/api/events/" + completed + "/complete");

        assertThat(ask(ada, completed, ben).problem(422))
                .containsEntry("detail", "Meeting requests are only possible while the event is open.");
        assertThat(ben.api().postEmpty(request + "/accept").problem(422))
                .containsEntry("detail", "Meeting requests are only possible while the event is open.");
        assertThat(ask(ada, cancelled, ben).problem(422)).containsEntry("type", RULE);
    }

    @Test
    void askingTwiceOrAskingBackConflicts() {
        String event = eventWith(ada, ben);
        String request = asked(ada, event, ben);

        assertThat(ask(ada, event, ben).problem(409)).containsEntry("type", CONFLICT)
                .containsEntry("detail", "You already asked this person; wait for their answer.");
        assertThat(ask(ben, event, ada).problem(409))
                .containsEntry("detail", "This person already asked you: accept their request instead.");

        ben.api().postEmpty(request + "/accept");
        assertThat(ask(ben, event, ada).problem(409))
                .containsEntry("detail", "You already have a match with this person.");
        assertThat(ada.api().get(requests(event)).object()).containsEntry("total", 1);
    }

    @Test
    void theEventLimitsUnansweredRequestsPerSender() {
        String event = eventWith(TestEvents.with(TestEvents.json("Limited asks", 30, 20, false, null),
                "\"maxPendingRequests\": 2"), ada, ben, cleo, dan, stranger);
        asked(ada, event, ben);
        String toCleo = asked(ada, event, cleo);

        var refused = ask(ada, event, dan).problem(422);

        assertThat(refused).containsEntry("type", "urn:mingle:problem:request-allowance");
        assertThat((String) refused.get("detail")).startsWith("You have 2 unanswered requests at this event")
                .contains("at the latest at");
        assertThat(ask(dan, event, ada).status()).as("others still ask the sender").isEqualTo(201);

        cleo.api().postEmpty(toCleo + "/accept");
        assertThat(ask(ada, event, stranger).status()).as("an answer frees a place").isEqualTo(201);
        ask(ada, event, dan).problem(409);
    }

    @Test
    void cancellingFreesAPlaceUnderTheLimit() {
        String event = eventWith(TestEvents.with(TestEvents.json("One ask", 30, 20, false, null),
                "\"maxPendingRequests\": 1"), ada, ben, cleo);
        String toBen = asked(ada, event, ben);
        ask(ada, event, cleo).problem(422);

        ada.api().postEmpty(toBen + "/cancel");

        assertThat(ask(ada, event, cleo).status()).isEqualTo(201);
    }

    @Test
    void unknownOrInvisibleEventsAreNotFoundAndSigningInComesFirst() {
        String draft = TestEvents.create(organizer.api(), TestEvents.json("Draft asks", 20));

        ask(ada, UUID.randomUUID().toString(), ben).problem(404);
        ask(ada, "not-an-id", ben).problem(404);
        ask(ada, draft, ben).problem(404);
        ask(organizer, draft, ben).problem(403);
        ada.api().get(requests(draft)).problem(404);
        ada.api().get(requests("not-an-id")).problem(404);

        var reply = anonymous.postJson(requests(draft), "{\"toAccountId\": \"" + ben.id() + "\"}");
        reply.problem(401);
        assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer");
        anonymous.postJson(requests(draft), "{}").problem(401);
        anonymous.get(requests(draft)).problem(401);
        anonymous.get(requests(draft) + "/" + UUID.randomUUID()).problem(401);
        for (String action : List.of("/accept", "/decline", "/cancel")) {
            anonymous.postEmpty(requests(draft) + "/" + UUID.randomUUID() + action).problem(401);
        }
    }

    @Test
    void aRetryWithTheSameKeyAnswersTheFirstAnswerAndSendsNothingNew() {
        String event = eventWith(ada, ben);
        var client = ada.api().withHeader("Idempotency-Key", UUID.randomUUID().toString());
        String body = "{\"toAccountId\": \"" + ben.id() + "\", \"message\": \"Once only\"}";

        var first = client.postJson(requests(event), body);
        var retry = client.postJson(requests(event), body);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retry.status()).as(retry.body()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(requestsAt(event)).isEqualTo(1);
        assertThat(ask(ada, event, ben).problem(409)).containsEntry("type", CONFLICT);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndARefusedCallLeavesTheKeyFree() {
        String event = eventWith(ada, ben, cleo);
        var client = ada.api().withHeader("Idempotency-Key", UUID.randomUUID().toString());

        assertThat(client.postJson(requests(event), "{\"toAccountId\": \"" + ada.id() + "\"}").status())
                .as("refused calls are not remembered").isEqualTo(422);
        assertThat(client.postJson(requests(event), "{\"toAccountId\": \"" + ben.id() + "\"}").status())
                .isEqualTo(201);
        var reused = client.postJson(requests(event), "{\"toAccountId\": \"" + cleo.id() + "\"}").problem(422);

        assertThat(reused).containsEntry("type", "urn:mingle:problem:idempotency-key-reused");
        assertThat(requestsAt(event)).isEqualTo(1);
    }

    @RepeatedTest(3)
    void twoPeopleAskingEachOtherAtOnceEndWithOneRequest() throws Exception {
        String event = eventWith(ada, ben);
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (var pair : List.of(List.of(ada, ben), List.of(ben, ada))) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return ask(pair.get(0), event, pair.get(1));
                }));
            }
            start.countDown();
            List<Reply> answers = new ArrayList<>();
            for (var reply : replies) {
                answers.add(reply.get(30, TimeUnit.SECONDS));
            }

            assertThat(answers).extracting(Reply::status).containsExactlyInAnyOrder(201, 409);
            var refused = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
            assertThat(refused.problem(409)).containsEntry("type", CONFLICT);
            assertThat(requestsAt(event)).isEqualTo(1);
            var created = answers.stream().filter(a -> a.status() == 201).findFirst().orElseThrow().object();
            assertThat(ada.api().get(requests(event)).list("items")).extracting(r -> r.get("id"))
                    .containsExactly(created.get("id"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void manyParallelRequestsNeverExceedTheLimit() throws Exception {
        var others = new ArrayList<Person>();
        for (int i = 0; i < 5; i++) {
            others.add(TestAccounts.signUpAndLogIn(anonymous, "Parallel Person"));
        }
        var attendees = new ArrayList<>(others);
        attendees.add(ada);
        String event = eventWith(TestEvents.with(TestEvents.json("Parallel asks", 30, 20, false, null),
                "\"maxPendingRequests\": 3"), attendees.toArray(Person[]::new));
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(others.size());
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (var other : others) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return ask(ada, event, other);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var reply : replies) {
                statuses.add(reply.get(30, TimeUnit.SECONDS).status());
            }

            assertThat(statuses).filteredOn(s -> s == 201).hasSize(3);
            assertThat(statuses).filteredOn(s -> s == 422).hasSize(2);
            assertThat(requestsAt(event)).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
    }

    private long requestsAt(String event) {
        return rows.count("select count(*) from meeting_requests where event_id = ?::uuid", event);
    }
}
