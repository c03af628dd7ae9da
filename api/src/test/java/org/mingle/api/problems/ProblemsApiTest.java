package org.mingle.api.problems;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.Socket;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mingle.api.ApiClient;
import org.mingle.api.TestAccounts;
import org.mingle.api.TestEvents;
import org.mingle.testsupport.MicronautPostgres;

/** Every way a request can fail answers a problem document of one shape, and never leaks internals. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProblemsApiTest implements MicronautPostgres {

    private static final String MALFORMED = "urn:mingle:problem:malformed-request";
    private static final String INVALID = "urn:mingle:problem:invalid-input";

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    /** Anonymous. */
    private ApiClient api;
    /** Signed in, for the operations that need it: their input problems are the subject here. */
    private ApiClient organizer;

    @BeforeAll
    void client() {
        api = new ApiClient(server, json);
        organizer = TestAccounts.signUpAndLogIn(api, "Petra Problem").api();
    }

    @Test
    void domainValidationNamesEveryRefusedField() {
        var errors = organizer.postJson("/api/events", """
                {"title": " ", "startsAt": "2020-01-01T10:00:00Z", "endsAt": "2019-01-01T10:00:00Z",
                 "timeZone": "Mars/Olympus", "capacity": 0, "perspectiveWeight": 2}
                """).fieldErrors(INVALID, "title", "startsAt", "endsAt", "timeZone", "capacity", "perspectiveWeight");

        assertThat(errors).anySatisfy(e -> assertThat(e).containsEntry("field", "title")
                .containsEntry("message", "is required"));
        assertThat(errors).anySatisfy(e -> assertThat(e).containsEntry("field", "capacity")
                .containsEntry("message", "must be between 1 and 100000"));
    }

    @Test
    void anEmptyObjectNamesTheRequiredFields() {
        organizer.postJson("/api/events", "{}")
                .fieldErrors(INVALID, "title", "startsAt", "endsAt", "timeZone", "capacity");
    }

    @Test
    void oversizedStringsAreRefusedByValidation() {
        String body = TestEvents.json("x".repeat(201), 5);

        var errors = organizer.postJson("/api/events", body).fieldErrors(INVALID, "title");

        assertThat(errors.get(0)).containsEntry("message", "must be at most 200 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"title\": ", "{\"title\": \"a\",}", "not json at all", "{'title': 'single quotes'}"})
    void malformedJsonIsABadRequest(String body) {
        var problem = organizer.postJson("/api/events", body).problem(400);

        assertThat(problem).containsEntry("type", MALFORMED)
                .containsEntry("detail", "The request body is not valid JSON.")
                .doesNotContainKey("errors");
    }

    @Test
    void aFieldOfTheWrongJsonTypeIsNamed() {
        var errors = organizer.postJson("/api/events", """
                {"title": "Fine", "capacity": "many"}
                """).fieldErrors(MALFORMED, "capacity");

        assertThat(errors.get(0)).containsEntry("message", "must be a whole number");
    }

    @Test
    void anUnparseableDateIsNamed() {
        var errors = organizer.postJson("/api/events", """
                {"title": "Fine", "startsAt": "next tuesday"}
                """).fieldErrors(MALFORMED, "startsAt");

        assertThat((String) errors.get(0).get("message")).startsWith("must be a date-time with offset");
    }

    @Test
    void aBooleanFieldGivenAsAnObjectIsNamed() {
        var errors = organizer.postJson("/api/events", """
                {"approvalRequired": {"yes": true}}
                """).fieldErrors(MALFORMED, "approvalRequired");

        assertThat(errors.get(0)).containsEntry("message", "must be true or false");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"approvalRequired\": \"yes\"}     | approvalRequired   | must be true or false",
            "{\"excludeSameCompany\": 1}         | excludeSameCompany | must be true or false",
            "{\"capacity\": 2.5}                 | capacity           | must be a whole number",
            "{\"capacity\": \"12\"}              | capacity           | must be a whole number",
            "{\"maxPendingRequests\": 1e12}      | maxPendingRequests | must be a whole number"})
    void valuesAreNeverCoercedIntoSomethingTheClientDidNotSend(String body, String field, String message) {
        var errors = organizer.postJson("/api/events", body).fieldErrors(MALFORMED, field);

        assertThat(errors.get(0)).containsEntry("message", message);
    }

    @Test
    void unknownFieldsAreRefusedByName() {
        String body = TestEvents.json("Typo", 5).replace("\"capacity\"", "\"capacityy\"");

        var errors = organizer.postJson("/api/events", body).fieldErrors(MALFORMED, "capacityy");

        assertThat(errors.get(0)).containsEntry("message", "is not a known field");
    }

    @Test
    void aJsonArrayInsteadOfAnObjectIsABadRequest() {
        var problem = organizer.postJson("/api/events", "[1, 2]").problem(400);

        assertThat(problem).containsEntry("type", MALFORMED);
    }

    @Test
    void aMissingBodyIsABadRequest() {
        var problem = organizer.send(HttpRequest.newBuilder(java.net.URI.create(server.getURL() + "/api/events"))
                .header("Content-Type", "application/json").POST(BodyPublishers.noBody())).problem(400);

        assertThat(problem).containsEntry("type", MALFORMED).containsEntry("detail", "The request needs a JSON body.");
    }

    @Test
    void aWrongContentTypeIsUnsupported() {
        var problem = organizer.post("/api/events", "text/plain", TestEvents.json("Plain", 5)).problem(415);

        assertThat(problem).containsEntry("type", "about:blank")
                .containsEntry("title", "Unsupported Media Type")
                .containsEntry("detail", "Send the request body as application/json.");
    }

    @Test
    void aWrongMethodIsNotAllowed() {
        var reply = api.method("DELETE", "/api/events");
        var problem = reply.problem(405);

        assertThat(problem).containsEntry("type", "about:blank").containsEntry("title", "Method Not Allowed")
                .containsEntry("detail", "This path does not allow this method. Allowed: GET, HEAD, POST.");
        assertThat(reply.header("Allow")).contains("GET").contains("POST");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/nothing-here", "/api/events/" + "00000000-0000-4000-8000-000000000000" + "/nope",
            "/api/"})
    void unknownRoutesUnderApiAreNotFound(String path) {
        var problem = api.get(path).problem(404);

        assertThat(problem).containsEntry("type", "about:blank").containsEntry("title", "Not Found");
    }

    @Test
    void clientsThatAcceptOnlyJsonStillGetProblems() {
        var reply = api.send(HttpRequest.newBuilder(java.net.URI.create(server.getURL() + "/api/events/" + UUID.randomUUID()))
                .header("Accept", "application/json").GET());

        assertThat(reply.problem(404)).containsEntry("type", "urn:mingle:problem:not-found");
    }

    @Test
    void anUnknownEventIdIsNotFound() {
        var problem = api.get("/api/events/" + UUID.randomUUID()).problem(404);

        assertThat(problem).containsEntry("type", "urn:mingle:problem:not-found").containsEntry("title", "Not found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-uuid", "12345", "00000000-0000-4000-8000-00000000000Z"})
    void aMalformedEventIdIsNotFound(String id) {
        assertThat(api.get("/api/events/" + id).problem(404)).containsEntry("type", "urn:mingle:problem:not-found");
        assertThat(organizer.postEmpty("/api/events/" + id + "/publish").problem(404))
                .containsEntry("type", "urn:mingle:problem:not-found");
    }

    @Test
    void aPageSizeAboveAHundredIsRefused() {
        var errors = api.get("/api/events?size=101").fieldErrors(INVALID, "size");

        assertThat(errors.get(0)).containsEntry("message", "must be between 1 and 100");
    }

    @Test
    void aNegativePageIsRefused() {
        api.get("/api/events?page=-1").fieldErrors(INVALID, "page");
    }

    @Test
    void aPageThatIsNoNumberIsNamedWithoutJavaTypes() {
        var errors = api.get("/api/events?page=abc&size=1.5").fieldErrors(INVALID, "page");

        assertThat(errors.get(0)).containsEntry("message", "must be a whole number");
    }

    @Test
    void anUnparseableTimeFilterIsNamed() {
        var errors = api.get("/api/events?from=yesterday").fieldErrors(INVALID, "from");

        assertThat((String) errors.get(0).get("message")).startsWith("must be a date-time with offset");
    }

    @Test
    void forbiddenIsAProblem() {
        var problem = api.get("/api/test-failures/forbidden").problem(403);

        assertThat(problem).containsEntry("type", "urn:mingle:problem:forbidden")
                .containsEntry("detail", "Only the event's organizers can do this.");
    }

    @Test
    void aRefusalByABusinessRuleIsUnprocessable() {
        var problem = api.get("/api/test-failures/rule").problem(422);

        assertThat(problem).containsEntry("type", "urn:mingle:problem:rule-violated")
                .containsEntry("detail", "Registration for this event has closed.");
    }

    @Test
    void anUnexpectedFailureIsAGenericServerErrorWithACorrelationId() {
        var reply = api.get("/api/test-failures/unexpected");
        var problem = reply.problem(500);

        assertThat(problem).containsEntry("type", "urn:mingle:problem:server-error")
                .containsEntry("title", "Internal Server Error");
        assertThat(UUID.fromString((String) problem.get("correlationId"))).isNotNull();
        assertThat(reply.body()).doesNotContain("secret", "internal_table", "IllegalState");
    }

    @Test
    void builtInServerErrorsKeepTheirStatusAndTellNothing() {
        var reply = api.get("/api/test-failures/unavailable");
        var problem = reply.problem(503);

        assertThat(problem).containsEntry("type", "urn:mingle:problem:server-error")
                .containsEntry("title", "Service Unavailable").containsKey("correlationId");
        assertThat(reply.body()).doesNotContain("jdbc", "10.0.0.5", "pool");
    }

    /**
     * The declared length alone is refused, before any of the body is read. The body is announced with
     * {@code Expect: 100-continue} and never sent, so the answer cannot race an upload the server will not read.
     */
    @Test
    void aBodyAboveTheLimitIsTooLarge() throws Exception {
        String answer;
        try (var socket = new Socket("127.0.0.1", server.getPort())) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(("POST /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + (1024 * 1024 + 16) + "\r\n"
                    + "Expect: 100-continue\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(answer).startsWith("HTTP/1.1 413 ").contains("application/problem+json");
        var problem = json.readValue(answer.substring(answer.indexOf("\r\n\r\n") + 4), Map.class);
        assertThat(problem).containsEntry("type", "about:blank").containsEntry("title", "Content Too Large")
                .containsEntry("status", 413);
    }
}
