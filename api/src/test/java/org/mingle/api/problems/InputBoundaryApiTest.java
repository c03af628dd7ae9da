package org.mingle.api.problems;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mingle.api.ApiClient;
import org.mingle.api.TestAccounts;
import org.mingle.api.TestEvents;
import org.mingle.domain.events.EventRules;
import org.mingle.domain.shared.SupportedInstants;
import org.mingle.domain.shared.TextRules.Lines;
import org.mingle.domain.shared.TextRules;
import org.mingle.testsupport.MicronautPostgres;

/**
 * Bad input never reaches the application as a 500: every string that comes in over HTTP (path, query, the headers
 * the API reads, JSON bodies) is well-formed UTF-8 text without control characters or unpaired surrogates, every
 * instant lies within the supported years, and every error, Jetty's own included, is a problem document. Bytes that
 * HTTP clients would re-encode go over a raw socket.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InputBoundaryApiTest implements MicronautPostgres {

    private static final String INVALID = ProblemTypes.INVALID_INPUT;
    private static final String MALFORMED = ProblemTypes.MALFORMED_REQUEST;
    private static final String CONTROL = TextRules.CONTROL_CHARACTERS;
    private static final String ROCKET = "\uD83D\uDE80";

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    private ApiClient api;
    private TestAccounts.Person organizer;
    private String eventId;

    @BeforeAll
    void organizerWithAnEvent() {
        api = new ApiClient(server, json);
        organizer = TestAccounts.signUpAndLogIn(api, "Nora Nul");
        eventId = TestEvents.published(organizer.api(), TestEvents.json("Boundary night", 5));
    }

    // --- query strings, before authentication -------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
            "/api/events?q=%00,                                   q,   must not contain control characters",
            "/api/interests?q=%00,                                q,   must not contain control characters",
            "/api/industries?q=%00,                               q,   must not contain control characters",
            "/api/events/{event}/registrations?q=%00,             q,   must not contain control characters",
            "/api/events?q=a%7Fb,                                 q,   must not contain control characters",
            "/api/events?q=%C2%85,                                q,   must not contain control characters",
            "/api/events?q=tab%09,                                q,   must not contain control characters",
            "/api/events?q=%FF,                                   q,   must be percent-encoded UTF-8",
            "/api/me/connections?tag=%ED%A0%80,                   tag, must be percent-encoded UTF-8",
            "/api/events?q=%,                                     q,   must be percent-encoded UTF-8",
            "/api/events?q=%4,                                    q,   must be percent-encoded UTF-8",
            "/api/events?q=%G0,                                   q,   must be percent-encoded UTF-8",
            "/api/events?%00=1,                                   query, must not have parameter names that contain control characters"})
    void refusedQueryTextIsNamedBeforeAnythingElseRuns(String path, String field, String message) throws IOException {
        var reply = raw("GET " + path.replace("{event}", eventId) + " HTTP/1.1\r\n", new byte[0]);

        assertThat(reply.fieldErrors(INVALID)).containsExactly(Map.of("field", field, "message", message));
    }

    @Test
    void rawBytesOutsideAsciiInTheQueryAreRefused() throws IOException {
        byte[] head = "GET /api/events?q=caf\u00e9 HTTP/1.1\r\n".getBytes(StandardCharsets.ISO_8859_1);

        var reply = raw(head, new byte[0], "");

        assertThat(reply.fieldErrors(INVALID)).extracting(e -> e.get("field")).containsExactly("q");
    }

    @Test
    void wellEncodedTextIncludingEmojiIsSearchedAsUsual() {
        var reply = api.get("/api/events?q=caf%C3%A9+%F0%9F%9A%80&size=5");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    // --- instants --------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"from, %2B294277-01-01T00:00:00Z", "to, -999999999-01-01T00:00:00Z", "from, %2B10000-01-01T00:00:00Z",
            "to, 1969-12-31T23:59:59Z"})
    void instantFiltersOutsideTheSupportedYearsAreRefused(String parameter, String value) {
        var errors = api.get("/api/events?" + parameter + "=" + value).fieldErrors(INVALID, parameter);

        assertThat(errors.get(0)).containsEntry("message", SupportedInstants.MESSAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"startsAt", "endsAt", "registrationClosesAt"})
    void bodyInstantsOutsideTheSupportedYearsAreRefused(String field) {
        var fine = Map.of("startsAt", "2030-05-01T18:00:00Z", "endsAt", "2030-05-01T21:00:00Z",
                "registrationClosesAt", "2030-05-01T12:00:00Z");
        String body = """
                {"title": "Far away", "startsAt": "%s", "endsAt": "%s", "registrationClosesAt": "%s",
                 "timeZone": "Europe/Berlin", "capacity": 10}
                """.formatted(Stream.of("startsAt", "endsAt", "registrationClosesAt")
                .map(name -> name.equals(field) ? "+294277-01-01T00:00:00Z" : fine.get(name)).toArray());

        var created = organizer.api().postJson("/api/events", body).fieldErrors(MALFORMED, field);
        var patched = organizer.api().patchJson("/api/events/" + eventId,
                "{\"" + field + "\": \"-999999999-01-01T00:00:00Z\"}").fieldErrors(MALFORMED, field);

        assertThat(created.get(0)).containsEntry("message", SupportedInstants.MESSAGE);
        assertThat(patched.get(0)).containsEntry("message", SupportedInstants.MESSAGE);
    }

    @Test
    void theLastSupportedSecondIsAccepted() {
        var reply = organizer.api().postJson("/api/events", """
                {"title": "Last party", "startsAt": "9999-12-31T20:00:00Z", "endsAt": "9999-12-31T23:59:59Z",
                 "timeZone": "Etc/UTC", "capacity": 10}
                """);

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.object()).containsEntry("endsAt", "9999-12-31T23:59:59Z");
    }

    // --- JSON bodies -------------------------------------------------------------------------------------------------

    static Stream<Arguments> bodiesWithANul() {
        String nul = "a\\u0000b";
        return Stream.of(
                Arguments.of("POST", "/api/auth/signup",
                        "{\"email\": \"nul@example.test\", \"password\": \"" + TestAccounts.PASSWORD
                                + "\", \"displayName\": \"" + nul + "\"}", "displayName", false),
                Arguments.of("POST", "/api/auth/signup",
                        "{\"email\": \"n" + nul + "@example.test\", \"password\": \"" + TestAccounts.PASSWORD
                                + "\", \"displayName\": \"Nul\"}", "email", false),
                Arguments.of("POST", "/api/auth/login",
                        "{\"email\": \"" + nul + "@example.test\", \"password\": \"x\"}", "email", false),
                Arguments.of("POST", "/api/events", TestEvents.json(nul, 5), "title", true),
                Arguments.of("POST", "/api/events",
                        TestEvents.json("Fine", 5).replace("Talks and drinks", nul), "description", true),
                Arguments.of("POST", "/api/events",
                        TestEvents.json("Fine", 5).replace("Factory Berlin", nul), "venue", true),
                Arguments.of("PATCH", "/api/events/{event}", "{\"title\": \"" + nul + "\"}", "title", true),
                Arguments.of("PATCH", "/api/events/{event}", "{\"description\": \"" + nul + "\"}", "description",
                        true),
                Arguments.of("PATCH", "/api/events/{event}", "{\"venue\": \"" + nul + "\"}", "venue", true),
                Arguments.of("PUT", "/api/me/profile", "{\"displayName\": \"" + nul + "\"}", "displayName", true),
                Arguments.of("PUT", "/api/me/profile", "{\"interests\": [\"climate\", \"tech\", \"" + nul + "\"]}",
                        "interests[2]", true),
                Arguments.of("POST", "/api/events/{event}/team",
                        "{\"email\": \"" + nul + "@example.test\", \"role\": \"CO_ORGANIZER\"}", "email", true),
                Arguments.of("POST", "/api/events/{event}/check-ins", "{\"checkInCode\": \"" + nul + "\"}",
                        "checkInCode", true));
    }

    @ParameterizedTest
    @MethodSource("bodiesWithANul")
    void aNulInAnyJsonStringIsRefusedNamingTheField(String method, String path, String body, String field,
                                                    boolean signedIn) {
        var client = signedIn ? organizer.api() : api;
        var request = HttpRequest.newBuilder(uri(path.replace("{event}", eventId)))
                .header("Content-Type", "application/json")
                .method(method, BodyPublishers.ofString(body));

        var errors = client.send(request).fieldErrors(INVALID, field);

        assertThat(errors.get(0)).containsEntry("message", CONTROL);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"title\": \"a\\ud800b\"}                 | title           | must not contain unpaired surrogates",
            "{\"title\": \"\\udc00\"}                   | title           | must not contain unpaired surrogates",
            "{\"title\": \"bell\\u0007\"}               | title           | must not contain control characters",
            "{\"title\": \"next line\\u0085\"}          | title           | must not contain control characters",
            "{\"visibility\": {\"bio\": \"\\u0000\"}}   | visibility.bio  | must not contain control characters",
            "{\"ti\\u0000tle\": \"x\"}                  | body            | must not have field names that contain control characters"})
    void escapedCharactersAreCheckedLikeRawOnes(String body, String field, String message) {
        var errors = organizer.api().patchJson("/api/events/" + eventId, body).fieldErrors(INVALID, field);

        assertThat(errors.get(0)).containsEntry("message", message);
    }

    @Test
    void tabsAndLineBreaksAreFineInJsonTextAndLeftToTheFieldsRule() {
        var reply = organizer.api().patchJson("/api/events/" + eventId,
                "{\"description\": \"Line one\\nline two\\tindented\\r\\n\"}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.object()).containsEntry("description", "Line one\nline two\tindented");
    }

    @ParameterizedTest
    @ValueSource(strings = {"C3", "FF", "C0AF", "EDA080", "F4908080", "E282"})
    void invalidUtf8InABodyIsRefusedNeverStoredAsReplacementCharacters(String hex) throws IOException {
        byte[] body = concat("{\"title\": \"Caf".getBytes(StandardCharsets.UTF_8),
                java.util.HexFormat.of().parseHex(hex), "\"}".getBytes(StandardCharsets.UTF_8));

        var reply = raw("PATCH /api/events/" + eventId + " HTTP/1.1\r\nContent-Type: application/json\r\n"
                + "Authorization: Bearer " + organizer.token() + "\r\n", body);

        assertThat(reply.problem(400)).containsEntry("type", MALFORMED)
                .containsEntry("detail", "The request body is not valid UTF-8.");
        assertThat(organizer.api().get("/api/events/" + eventId).object().get("title")).isEqualTo("Boundary night");
    }

    @Test
    void aBodyWithoutContentTypeIsReadAsJsonAndCheckedToo() throws IOException {
        var reply = raw("POST /api/auth/login HTTP/1.1\r\n",
                "{\"email\": \"\\u0000\", \"password\": \"x\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(reply.fieldErrors(INVALID)).extracting(e -> e.get("field")).containsExactly("email");
    }

    @Test
    void jsonDeclaredInAnotherCharsetIsUnsupported() {
        var problem = api.post("/api/auth/login", "application/json; charset=ISO-8859-1", "{}").problem(415);

        assertThat(problem).containsEntry("type", ProblemTypes.ABOUT_BLANK);
    }

    @Test
    void anEmojiTitleOfTheMaximumLengthIsAcceptedAndStoredExactly() {
        String title = ROCKET.repeat(EventRules.TITLE_MAX - 3) + "\u00e9e\u0301"; // 200 characters

        var created = organizer.api().postJson("/api/events", TestEvents.json(title, 6));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = (String) created.object().get("id");
        assertThat(organizer.api().get("/api/events/" + id).object()).containsEntry("title", title);
        organizer.api().patchJson("/api/events/" + id, "{\"title\": \"" + title + "x\"}")
                .fieldErrors(INVALID, "title");
    }

    // --- headers ---------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"Authorization: Bearer caf\u00e9", "Idempotency-Key: key-\u00ff", "Accept: text/\u0080"})
    void readHeadersMustBePrintableAscii(String header) throws IOException {
        byte[] head = ("GET /api/events HTTP/1.1\r\n" + header + "\r\n").getBytes(StandardCharsets.ISO_8859_1);

        var reply = raw(head, new byte[0], "");

        assertThat(reply.fieldErrors(INVALID)).extracting(e -> e.get("field"))
                .containsExactly(header.substring(0, header.indexOf(':')));
    }

    // --- errors that Jetty or a filter answers -----------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"/api/events/%zz", "/api/%ff", "/api/events/%00", "/api/events/%C0%AF"})
    void pathsThatCannotBeDecodedAreProblems(String path) throws IOException {
        assertThat(raw("GET " + path + " HTTP/1.1\r\n", new byte[0]).problem(400)).containsKey("type");
    }

    @Test
    void aUriTooLongIsAProblem() throws IOException {
        var reply = raw("GET /api/events?q=" + "a".repeat(20_000) + " HTTP/1.1\r\n", new byte[0]);

        assertThat(reply.problem(414)).containsEntry("title", "URI Too Long");
    }

    @Test
    void headersTooLargeAreAProblem() throws IOException {
        var reply = raw("GET /api/events HTTP/1.1\r\nX-Padding: " + "a".repeat(20_000) + "\r\n", new byte[0]);

        assertThat(reply.problem(431)).containsEntry("type", ProblemTypes.ABOUT_BLANK);
    }

    @Test
    void aBodyAboveTheLimitIsAProblem() throws IOException {
        byte[] head = "POST /api/events HTTP/1.1\r\nContent-Type: application/json\r\n".getBytes(StandardCharsets.UTF_8);

        var reply = raw(head, new byte[0], "Content-Length: 2000000\r\n");

        assertThat(reply.problem(413)).containsEntry("title", "Content Too Large");
    }

    @Test
    void anUnsupportedMediaTypeIsAProblem() {
        assertThat(api.post("/api/auth/login", "text/plain", "{}").problem(415)).containsEntry("type", "about:blank");
    }

    @Test
    void aCrossOriginRequestToLocalhostIsRefusedWithAProblem() {
        var reply = api.withHeader("Origin", "http://evil.example").postJson("/api/auth/login",
                TestAccounts.logInJson(organizer.email(), TestAccounts.PASSWORD));

        assertThat(reply.problem(403)).containsEntry("type", ProblemTypes.FORBIDDEN)
                .containsEntry("detail", "Requests from pages of other origins are not allowed.");
    }

    // --- the boundary and the domain apply one rule -------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(ints = {0x00, 0x09, 0x0A, 0x0D, 0x1F, 0x20, 0x7E, 0x7F, 0x80, 0x9F, 0xA0, 0xAD, 0x200B, 0x2028, 0xFEFF,
            0xFFFD, 0xD800, 0xDFFF, 0x1F680})
    void theHttpBoundaryRefusesExactlyWhatTheDomainTextRuleRefuses(int codePoint) {
        String character = new String(Character.toChars(codePoint));
        String escaped = "\\u%04x".formatted((int) character.charAt(0))
                + (character.length() == 2 ? "\\u%04x".formatted((int) character.charAt(1)) : "");
        boolean multiLineRefused = TextRules.characterProblem(character, Lines.MULTIPLE).isPresent();
        boolean singleLineRefused = TextRules.characterProblem(character, Lines.SINGLE).isPresent();

        var body = organizer.api().patchJson("/api/events/" + eventId, "{\"description\": \"x" + escaped + "\"}");
        var query = api.get("/api/events?size=1&q=x"
                + java.net.URLEncoder.encode(character, StandardCharsets.UTF_8));

        assertThat(body.status() == 400).as("JSON text %s", body.body()).isEqualTo(multiLineRefused);
        boolean percentEncodable = !Character.isSurrogate(character.charAt(0));
        if (percentEncodable) {
            assertThat(query.status() == 400).as("query %s", query.body()).isEqualTo(singleLineRefused);
        }
    }

    // --- helpers -------------------------------------------------------------------------------------------------------

    private URI uri(String path) {
        return URI.create("http://localhost:" + server.getPort() + path);
    }

    /** Sends the request line and headers (each line ending in CRLF) and the body over a raw socket. */
    private RawReply raw(String head, byte[] body) throws IOException {
        return raw(head.getBytes(StandardCharsets.UTF_8), body, "Content-Length: " + body.length + "\r\n");
    }

    private RawReply raw(byte[] head, byte[] body, String moreHeaders) throws IOException {
        try (var socket = new Socket("localhost", server.getPort())) {
            var out = socket.getOutputStream();
            out.write(head);
            out.write(("Host: localhost\r\nConnection: close\r\n" + moreHeaders + "\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return RawReply.parse(socket.getInputStream().readAllBytes(), json);
        }
    }

    private static byte[] concat(byte[]... parts) {
        var all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    /** A response read off the socket; these answers have a Content-Length, never chunks. */
    private record RawReply(int status, String contentType, String body, JsonMapper json) {

        static RawReply parse(byte[] response, JsonMapper json) {
            String text = new String(response, StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = text.substring(0, split);
            int status = Integer.parseInt(head.substring(9, 12));
            String contentType = head.lines().filter(line -> line.regionMatches(true, 0, "Content-Type:", 0, 13))
                    .map(line -> line.substring(13).strip()).findFirst().orElse("");
            return new RawReply(status, contentType, text.substring(split + 4), json);
        }

        Map<String, Object> problem(int expected) throws IOException {
            assertThat(status).as("status of %s", body).isEqualTo(expected);
            assertThat(contentType).startsWith("application/problem+json");
            Map<String, Object> problem = json.readValue(body, Argument.mapOf(String.class, Object.class));
            assertThat(problem).containsEntry("status", expected).containsKeys("type", "title", "detail");
            assertThat(body).doesNotContain("Exception", ".java:");
            return problem;
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> fieldErrors(String type) throws IOException {
            var problem = problem(400);
            assertThat(problem).containsEntry("type", type);
            return (List<Map<String, Object>>) problem.get("errors");
        }
    }
}
