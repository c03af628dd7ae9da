package org.mingle.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mingle.api.ApiClient;
import org.mingle.api.TestAccounts.Person;
import org.mingle.api.TestAccounts;
import org.mingle.api.TestEvents;
import org.mingle.testsupport.MicronautPostgres;

/** Sign-up, log-in, the caller's own account, its export and its erasure, over HTTP. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthApiTest implements MicronautPostgres {

    private static final String INVALID = "urn:mingle:problem:invalid-input";
    private static final String UNAUTHENTICATED = "urn:mingle:problem:unauthenticated";

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    private ApiClient api;
    /** Shared by the tests that only read. */
    private Person grace;

    @BeforeAll
    void accounts() {
        api = new ApiClient(server, json);
        grace = TestAccounts.signUpAndLogIn(api, "Grace Hopper");
    }

    @Test
    void signUpAnswers201WithTheAccountAndItsLocation() {
        String email = TestAccounts.uniqueEmail("katherine");

        var reply = api.postJson("/api/auth/signup", TestAccounts.signUpJson(email, TestAccounts.PASSWORD,
                "  Katherine   Johnson "));

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.header("Location")).isEqualTo("/api/me");
        var account = reply.object();
        assertThat(account).containsOnlyKeys("id", "email", "displayName", "administrator")
                .containsEntry("email", email)
                .containsEntry("displayName", "Katherine Johnson");
        assertThat(UUID.fromString((String) account.get("id"))).isNotNull();
        assertThat(reply.body()).doesNotContain(TestAccounts.PASSWORD);
    }

    @Test
    void emailsAreStoredTrimmedAndInLowerCaseAndLogInWorksWithAnyCase() {
        var reply = api.postJson("/api/auth/signup", TestAccounts.signUpJson(" Ada@Example.COM ",
                TestAccounts.PASSWORD, "Ada Lovelace"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.object()).containsEntry("email", "ada@example.com");

        String token = TestAccounts.logIn(api, "ada@example.com", TestAccounts.PASSWORD);
        TestAccounts.logIn(api, "  ADA@example.Com", TestAccounts.PASSWORD);

        var me = api.withToken(token).get("/api/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.object()).containsEntry("id", reply.object().get("id"))
                .containsEntry("email", "ada@example.com").containsEntry("displayName", "Ada Lovelace");
    }

    @Test
    void aTakenEmailIsAConflictWhateverItsCase() {
        var problem = api.postJson("/api/auth/signup", TestAccounts.signUpJson(" " + grace.email().toUpperCase(),
                "another fine passphrase 9", "Someone Else")).problem(409);

        assertThat(problem).containsEntry("type", "urn:mingle:problem:conflict");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            too short             | margaret-{id}@example.test | Short pw 1             | must have at least 12 characters
            common                | margaret-{id}@example.test | qwerty123456           | is too common; choose one that is harder to guess
            contains email name   | margaret-{id}@example.test | margaret-{id} rocks 26 | must not contain your email address or name
            contains display name | margaret-{id}@example.test | MargaretHamilton 1969! | must not contain your email address or name
            """)
    void passwordsThatBreakThePolicyAreRefusedByField(String rule, String email, String password, String message) {
        String id = UUID.randomUUID().toString().substring(0, 6);

        var errors = api.postJson("/api/auth/signup", TestAccounts.signUpJson(email.replace("{id}", id),
                password.replace("{id}", id), "Margaret Hamilton")).fieldErrors(INVALID, "password");

        assertThat(errors.get(0)).containsEntry("message", message);
    }

    @Test
    void longPassphrasesAreWelcome() {
        String passphrase = "a long passphrase is easier to remember than Tr0ub4dor&3, and far harder to guess!";
        assertThat(passphrase.length()).isGreaterThan(64);
        String email = TestAccounts.uniqueEmail("radia");

        assertThat(api.postJson("/api/auth/signup", TestAccounts.signUpJson(email, passphrase, "Radia Perlman"))
                .status()).isEqualTo(201);
        TestAccounts.logIn(api, email, passphrase);
    }

    @Test
    void everyMissingOrInvalidFieldIsNamed() {
        api.postJson("/api/auth/signup", "{}").fieldErrors(INVALID, "email", "password", "displayName");

        var errors = api.postJson("/api/auth/signup", TestAccounts.signUpJson("not-an-email", TestAccounts.PASSWORD,
                "Valid Name")).fieldErrors(INVALID, "email");
        assertThat(errors.get(0)).containsEntry("message", "must be a valid email address");
    }

    @Test
    void signUpRefusesUnknownFields() {
        api.postJson("/api/auth/signup", """
                {"email": "x@example.test", "password": "long enough pass 1", "displayName": "X", "admin": true}
                """).fieldErrors("urn:mingle:problem:malformed-request", "admin");
    }

    @Test
    void logInAnswersABearerTokenThatIsNotCached() {
        var reply = api.postJson("/api/auth/login", TestAccounts.logInJson(grace.email(), TestAccounts.PASSWORD));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        var body = reply.object();
        assertThat(body).containsOnlyKeys("access_token", "token_type", "expires_in")
                .containsEntry("token_type", "Bearer")
                .containsEntry("expires_in", 3600);
        String token = (String) body.get("access_token");
        assertThat(token.split("\\.")).hasSize(3);

        var me = api.withToken(token).get("/api/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.header("Cache-Control")).isEqualTo("no-store");
        assertThat(me.object()).isEqualTo(Map.of("id", grace.id(), "email", grace.email(),
                "displayName", "Grace Hopper", "administrator", false));
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() {
        var wrongPassword = api.postJson("/api/auth/login", TestAccounts.logInJson(grace.email(),
                "not the password at all"));
        var unknownEmail = api.postJson("/api/auth/login", TestAccounts.logInJson(
                TestAccounts.uniqueEmail("nobody"), TestAccounts.PASSWORD));

        var first = wrongPassword.problem(401);
        assertThat(first).containsEntry("type", UNAUTHENTICATED)
                .containsEntry("detail", "The email address or password is not correct.");
        var unknown = new HashMap<>(unknownEmail.problem(401));
        var wrong = new HashMap<>(first);
        assertThat(unknown.remove("requestId")).as("each answer has its own request id")
                .isNotEqualTo(wrong.remove("requestId"));
        assertThat(unknown).isEqualTo(wrong);
        assertThat(wrongPassword.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(unknownEmail.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void theAccountNeedsAToken() {
        var anonymous = api.get("/api/me");
        assertThat(anonymous.problem(401)).containsEntry("type", UNAUTHENTICATED);
        assertThat(anonymous.header("WWW-Authenticate")).isEqualTo("Bearer");

        var badToken = api.withToken("not-a-token").get("/api/me");
        assertThat(badToken.problem(401)).containsEntry("type", UNAUTHENTICATED)
                .containsEntry("detail", "The access token is invalid or has expired. Log in again.");
        assertThat(badToken.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
    }

    @Test
    void theExportHoldsTheCallersAccountAndEventsAndNothingOfAnyoneElse() {
        var hedy = TestAccounts.signUpAndLogIn(api, "Hedy Lamarr");
        String hedysEvent = "Frequency hopping night " + UUID.randomUUID();
        String gracesEvent = "Compiler club " + UUID.randomUUID();
        assertThat(hedy.api().postJson("/api/events", TestEvents.json(hedysEvent, 20)).status()).isEqualTo(201);
        assertThat(grace.api().postJson("/api/events", TestEvents.json(gracesEvent, 21)).status()).isEqualTo(201);

        var reply = hedy.api().get("/api/me/export");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.header("Content-Disposition")).isEqualTo("attachment; filename=\"mingle-export.json\"");
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        var export = reply.object();
        assertThat(export).containsKeys("account", "organizedEvents");
        assertThat(section(export, "account")).containsEntry("id", hedy.id()).containsEntry("email", hedy.email())
                .containsEntry("displayName", "Hedy Lamarr").containsKeys("createdAt", "securityLog");
        assertThat(sectionList(section(export, "account"), "securityLog")).extracting(e -> e.get("kind"))
                .contains("SIGNED_UP", "LOGIN_SUCCEEDED");
        assertThat(sectionList(export, "organizedEvents")).singleElement().satisfies(event -> assertThat(event)
                .containsEntry("title", hedysEvent).containsEntry("role", "OWNER")
                .containsEntry("status", "DRAFT"));
        assertThat(reply.body()).doesNotContain(grace.id(), grace.email(), "Grace Hopper", gracesEvent,
                TestAccounts.PASSWORD, "$argon2");
    }

    @Test
    void theExportNeedsAToken() {
        assertThat(api.get("/api/me/export").problem(401)).containsEntry("type", UNAUTHENTICATED);
    }

    @Test
    void erasureEndsTheAccountAndFreesItsEmailForANewOne() {
        var alan = TestAccounts.signUpAndLogIn(api, "Alan Turing");
        assertThat(alan.api().postJson("/api/events", TestEvents.json("Imitation game night", 25)).status())
                .isEqualTo(201);

        var erased = alan.api().delete("/api/me");

        assertThat(erased.status()).as(erased.body()).isEqualTo(204);
        assertThat(erased.body()).isEmpty();
        assertThat(alan.api().get("/api/me").problem(401)).containsEntry("type", UNAUTHENTICATED);
        assertThat(alan.api().delete("/api/me").problem(401)).containsEntry("type", UNAUTHENTICATED);
        assertThat(api.postJson("/api/auth/login", TestAccounts.logInJson(alan.email(), TestAccounts.PASSWORD))
                .problem(401)).containsEntry("type", UNAUTHENTICATED);

        var again = TestAccounts.signUpAndLogIn(api, alan.email(), "Alan Turing");
        assertThat(again.id()).isNotEqualTo(alan.id());
        assertThat(again.api().get("/api/me").object()).containsEntry("id", again.id());
        var export = again.api().get("/api/me/export").object();
        assertThat(sectionList(export, "organizedEvents")).isEmpty();
        assertThat(alan.api().get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void logOutEndsEveryTokenOfTheAccountAndIsRecorded() {
        var barbara = TestAccounts.signUpAndLogIn(api, "Barbara Liskov");
        var otherDevice = api.withToken(TestAccounts.logIn(api, barbara.email(), TestAccounts.PASSWORD));

        var reply = barbara.api().postEmpty("/api/auth/logout");

        assertThat(reply.status()).isEqualTo(204);
        assertThat(barbara.api().get("/api/me").problem(401)).containsEntry("type", UNAUTHENTICATED);
        assertThat(otherDevice.get("/api/me").status()).isEqualTo(401);
        var again = api.withToken(TestAccounts.logIn(api, barbara.email(), TestAccounts.PASSWORD));
        assertThat(again.get("/api/me").status()).isEqualTo(200);
        var log = sectionList(section(again.get("/api/me/export").object(), "account"), "securityLog");
        assertThat(log).extracting(e -> e.get("kind")).contains("LOGGED_OUT");
        assertThat(api.postEmpty("/api/auth/logout").problem(401)).containsEntry("type", UNAUTHENTICATED);
    }

    @Test
    void aForwardedForHeaderIsIgnoredUnlessConfigured() {
        TestAccounts.logIn(api.withHeader("X-Forwarded-For", "203.0.113.77"), grace.email(), TestAccounts.PASSWORD);

        var log = sectionList(section(grace.api().get("/api/me/export").object(), "account"), "securityLog");

        assertThat(log).extracting(e -> e.get("clientAddress")).isNotEmpty().doesNotContain("203.0.113.77")
                .allSatisfy(address -> assertThat((String) address).isIn("127.0.0.1", "0:0:0:0:0:0:0:1"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> export, String name) {
        return (Map<String, Object>) export.get(name);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> sectionList(Map<String, Object> export, String name) {
        return (List<Map<String, Object>>) export.get(name);
    }
}
