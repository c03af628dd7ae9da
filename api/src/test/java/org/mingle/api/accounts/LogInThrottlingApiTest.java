package org.mingle.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.api.TestAccounts;
import org.mingle.domain.accounts.LoginThrottlePolicy;
import org.mingle.testsupport.MicronautPostgres;

/**
 * Log-in throttling and the sign-up limit as clients see them. Each client speaks from a loopback address of its own
 * (127.0.0.2, 127.0.0.3, ...), and the server trusts no forwarded header, as when it faces the internet directly.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LogInThrottlingApiTest implements MicronautPostgres {

    private static final int PAIR_LIMIT = LoginThrottlePolicy.PER_ACCOUNT_AND_CLIENT.maxAttempts();
    private static final int CLIENT_LIMIT = LoginThrottlePolicy.PER_CLIENT.maxAttempts();
    private static final long LOCKOUT_SECONDS = LoginThrottlePolicy.PER_ACCOUNT_AND_CLIENT.lockout().toSeconds();
    private static final int SIGN_UPS_PER_HOUR = 3;

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(MicronautPostgres.super.getProperties());
        properties.put("mingle.server.trust-forwarded-headers", "false");
        properties.put("mingle.accounts.sign-ups-per-client-per-hour", Integer.toString(SIGN_UPS_PER_HOUR));
        return properties;
    }

    @Test
    void anAttackerWhoFailsFiftyTimesAtAnAccountCannotLockItsOwnerOut() {
        var victim = client("127.0.0.2");
        var attacker = client("127.0.0.3");
        var email = signUp(victim, "Victor Victim");

        for (int attempt = 1; attempt <= 50; attempt++) {
            var reply = logIn(attacker, email, "guess number " + attempt + " of many");
            if (attempt <= PAIR_LIMIT) {
                assertThat(reply.status()).as("attempt %d: %s", attempt, reply.body()).isEqualTo(401);
            } else {
                assertThrottled(reply, LOCKOUT_SECONDS);
            }
        }

        long started = System.nanoTime();
        var victimLogsIn = logIn(victim, email, TestAccounts.PASSWORD);
        assertThat(victimLogsIn.status()).as(victimLogsIn.body()).isEqualTo(200);
        assertThat(victimLogsIn.object()).containsKey("access_token");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("at once: slowed down at most")
                .isLessThan(LoginThrottlePolicy.PER_ACCOUNT.maxDelay().plusSeconds(5));
        assertThrottled(logIn(attacker, email, TestAccounts.PASSWORD), LOCKOUT_SECONDS);
    }

    @Test
    void aFloodOfFailuresFromOneClientBlocksThatClientOnly() {
        var flooder = client("127.0.0.4");
        var bystander = client("127.0.0.5");
        var email = signUp(bystander, "Betty Bystander");

        for (int attempt = 1; attempt <= CLIENT_LIMIT; attempt++) {
            var reply = logIn(flooder, TestAccounts.uniqueEmail("guess" + attempt), TestAccounts.PASSWORD);
            assertThat(reply.status()).as("attempt %d: %s", attempt, reply.body()).isEqualTo(401);
        }

        assertThrottled(logIn(flooder, email, TestAccounts.PASSWORD), LOCKOUT_SECONDS);
        assertThat(logIn(bystander, email, TestAccounts.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aForgedForwardedForHeaderDoesNotMakeANewClient() {
        var attacker = client("127.0.0.6");
        var email = signUp(client("127.0.0.7"), "Fred Forged");

        for (int attempt = 1; attempt <= PAIR_LIMIT; attempt++) {
            var reply = attacker.postJson("/api/auth/login", TestAccounts.logInJson(email, "guess " + attempt + "!!!!!!"),
                    Map.of("X-Forwarded-For", "203.0.113." + attempt));
            assertThat(reply.status()).as("attempt %d", attempt).isEqualTo(401);
        }

        var reply = attacker.postJson("/api/auth/login", TestAccounts.logInJson(email, TestAccounts.PASSWORD),
                Map.of("X-Forwarded-For", "203.0.113.99"));
        assertThrottled(reply, LOCKOUT_SECONDS);
    }

    @Test
    void malformedBodiesAreNotCountedAsFailures() {
        var careless = client("127.0.0.8");
        var email = signUp(careless, "Clumsy Client");

        for (int i = 0; i < PAIR_LIMIT; i++) {
            assertThat(careless.postJson("/api/auth/login", "{\"email\": ").status()).isEqualTo(400);
            assertThat(careless.postJson("/api/auth/login", "{\"email\": \"" + email + "\"}").status())
                    .isEqualTo(400);
            assertThat(careless.postJson("/api/auth/login", "{\"email\": \"" + email + "\", \"password\": \"\"}")
                    .status()).isEqualTo(400);
            assertThat(careless.postJson("/api/auth/login", "{\"email\": \"" + email
                    + "\", \"password\": \"a wrong password\", \"remember\": true}").status()).isEqualTo(400);
        }
        for (int attempt = 1; attempt < PAIR_LIMIT; attempt++) {
            assertThat(logIn(careless, email, "a wrong password " + attempt).status()).isEqualTo(401);
        }

        assertThat(logIn(careless, email, TestAccounts.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aSuccessfulLogInClearsThatClientsFailures() {
        var client = client("127.0.0.9");
        var email = signUp(client, "Clara Careful");

        for (int round = 0; round < 2; round++) {
            for (int attempt = 1; attempt < PAIR_LIMIT; attempt++) {
                assertThat(logIn(client, email, "typo typo typo " + attempt).status()).isEqualTo(401);
            }
            assertThat(logIn(client, email, TestAccounts.PASSWORD).status()).isEqualTo(200);
        }
    }

    @Test
    void oneClientMayCreateOnlySoManyAccountsAnHour() {
        var busy = client("127.0.0.10");
        for (int i = 0; i < SIGN_UPS_PER_HOUR; i++) {
            signUp(busy, "Sign Up " + (char) ('A' + i));
        }

        var refused = busy.postJson("/api/auth/signup",
                TestAccounts.signUpJson(TestAccounts.uniqueEmail("one-more"), TestAccounts.PASSWORD, "One More"));

        assertThrottled(refused, LoginThrottlePolicy.SIGN_UP_WINDOW.toSeconds());
        assertThat(refused.object().get("detail").toString()).contains("Too many accounts");
        signUp(client("127.0.0.11"), "Someone Else");
    }

    private void assertThrottled(SourceAddressClient.Response reply, long lockoutSeconds) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(429);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.object()).containsEntry("type", "urn:mingle:problem:too-many-requests")
                .containsEntry("status", 429);
        String retryAfter = reply.header("Retry-After");
        assertThat(retryAfter).as("Retry-After").matches("[1-9][0-9]*");
        assertThat(Long.parseLong(retryAfter)).isBetween(lockoutSeconds - 60, lockoutSeconds);
        assertThat(reply.body()).doesNotContain("access_token");
    }

    private SourceAddressClient client(String source) {
        return new SourceAddressClient(source, server.getPort(), json);
    }

    private static String signUp(SourceAddressClient client, String displayName) {
        var email = TestAccounts.uniqueEmail(displayName.toLowerCase().replaceAll("[^a-z]", ""));
        var reply = client.postJson("/api/auth/signup", TestAccounts.signUpJson(email, TestAccounts.PASSWORD,
                displayName));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return email;
    }

    private static SourceAddressClient.Response logIn(SourceAddressClient client, String email, String password) {
        return client.postJson("/api/auth/login", TestAccounts.logInJson(email, password));
    }
}
