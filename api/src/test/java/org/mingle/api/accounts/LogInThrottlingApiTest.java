package org.mingle.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.api.ApiClient;
import org.mingle.api.ApiClient.Reply;
import org.mingle.api.TestAccounts;
import org.mingle.domain.accounts.LoginThrottlePolicy;
import org.mingle.testsupport.MicronautPostgres;

/**
 * Log-in throttling per account and per client address. The server trusts {@code X-Forwarded-For} here, as behind
 * a reverse proxy, so that each test comes from addresses of its own.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LogInThrottlingApiTest implements MicronautPostgres {

    private static final int ACCOUNT_LIMIT = LoginThrottlePolicy.PER_ACCOUNT.maxFailures();
    private static final int ADDRESS_LIMIT = LoginThrottlePolicy.PER_CLIENT_ADDRESS.maxFailures();
    private static final long LOCKOUT_SECONDS = LoginThrottlePolicy.PER_ACCOUNT.lockout().toSeconds();

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    private ApiClient api;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(MicronautPostgres.super.getProperties());
        properties.put("mingle.server.trust-forwarded-headers", "true");
        return properties;
    }

    @BeforeAll
    void client() {
        api = new ApiClient(server, json);
    }

    @Test
    void afterFiveFailuresForAnAccountEvenTheRightPasswordMustWait() {
        assertThat(ACCOUNT_LIMIT).isEqualTo(5);
        var victim = TestAccounts.signUpAndLogIn(from("198.51.100.1"), "Victor Victim");
        var attacker = from("198.51.100.2");

        for (int attempt = 1; attempt <= ACCOUNT_LIMIT; attempt++) {
            assertThat(logIn(attacker, victim.email(), "guess number " + attempt + " of many").status())
                    .as("attempt %d", attempt).isEqualTo(401);
        }

        assertThrottled(logIn(attacker, victim.email(), TestAccounts.PASSWORD));
        assertThrottled(logIn(from("198.51.100.3"), victim.email(), TestAccounts.PASSWORD));
        assertThat(victim.api().get("/api/me").status()).as("tokens issued before stay valid").isEqualTo(200);
    }

    @Test
    void aFloodOfFailuresFromOneAddressBlocksThatAddressOnly() {
        var bystander = TestAccounts.signUpAndLogIn(from("198.51.100.20"), "Betty Bystander");
        var flooder = from("198.51.100.21");

        for (int attempt = 1; attempt <= ADDRESS_LIMIT; attempt++) {
            var reply = logIn(flooder, TestAccounts.uniqueEmail("guess" + attempt), TestAccounts.PASSWORD);
            assertThat(reply.status()).as("attempt %d: %s", attempt, reply.body()).isEqualTo(401);
        }

        assertThrottled(logIn(flooder, bystander.email(), TestAccounts.PASSWORD));
        assertThat(logIn(from("198.51.100.22"), bystander.email(), TestAccounts.PASSWORD).status())
                .as("the account itself is not locked").isEqualTo(200);
    }

    @Test
    void aSuccessfulLogInClearsTheAccountsFailures() {
        var person = TestAccounts.signUpAndLogIn(from("198.51.100.30"), "Clara Careful");
        var client = from("198.51.100.31");

        for (int round = 0; round < 2; round++) {
            for (int attempt = 1; attempt < ACCOUNT_LIMIT; attempt++) {
                assertThat(logIn(client, person.email(), "typo typo typo " + attempt).status()).isEqualTo(401);
            }
            assertThat(logIn(client, person.email(), TestAccounts.PASSWORD).status()).isEqualTo(200);
        }
    }

    @Test
    void theForwardedClientAddressIsWhatTheSecurityLogRecords() {
        var person = TestAccounts.signUpAndLogIn(from("198.51.100.40"), "Fiona Forwarded");

        var export = person.api().withHeader("X-Forwarded-For", "198.51.100.40").get("/api/me/export").object();

        @SuppressWarnings("unchecked")
        var log = (List<Map<String, Object>>) ((Map<String, Object>) export.get("account")).get("securityLog");
        assertThat(log).extracting(e -> e.get("clientAddress")).containsOnly("198.51.100.40");
    }

    private void assertThrottled(Reply reply) {
        assertThat(reply.problem(429)).containsEntry("type", "urn:mingle:problem:too-many-requests");
        String retryAfter = reply.header("Retry-After");
        assertThat(retryAfter).as("Retry-After").matches("[1-9][0-9]*");
        assertThat(Long.parseLong(retryAfter)).isBetween(LOCKOUT_SECONDS - 60, LOCKOUT_SECONDS);
        assertThat(reply.body()).doesNotContain("access_token");
    }

    private ApiClient from(String address) {
        return api.withHeader("X-Forwarded-For", address + ", 10.0.0.1");
    }

    private static Reply logIn(ApiClient client, String email, String password) {
        return client.postJson("/api/auth/login", TestAccounts.logInJson(email, password));
    }
}
