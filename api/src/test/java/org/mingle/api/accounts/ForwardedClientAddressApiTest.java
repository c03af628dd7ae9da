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
import org.mingle.api.TestAccounts;
import org.mingle.domain.accounts.LoginThrottlePolicy;
import org.mingle.testsupport.MicronautPostgres;

/**
 * Behind a reverse proxy ({@code mingle.server.trust-forwarded-headers: true}) every request arrives from the proxy's
 * address; the client is the one the proxy names in {@code X-Forwarded-For}, so throttling tells clients apart.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForwardedClientAddressApiTest implements MicronautPostgres {

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
    void clientsBehindTheProxyAreThrottledApart() {
        var victim = TestAccounts.signUpAndLogIn(from("198.51.100.1"), "Victor Proxied");
        var attacker = from("198.51.100.2");
        for (int attempt = 1; attempt <= LoginThrottlePolicy.PER_ACCOUNT_AND_CLIENT.maxAttempts(); attempt++) {
            assertThat(attacker.postJson("/api/auth/login", TestAccounts.logInJson(victim.email(), "guess " + attempt
                    + " of five")).status()).isEqualTo(401);
        }

        assertThat(attacker.postJson("/api/auth/login", TestAccounts.logInJson(victim.email(), TestAccounts.PASSWORD))
                .status()).isEqualTo(429);
        TestAccounts.logIn(from("198.51.100.1"), victim.email(), TestAccounts.PASSWORD);
    }

    @Test
    void theForwardedClientAddressIsWhatTheSecurityLogRecords() {
        var person = TestAccounts.signUpAndLogIn(from("198.51.100.40"), "Fiona Forwarded");

        var export = person.api().withHeader("X-Forwarded-For", "198.51.100.40").get("/api/me/export").object();

        @SuppressWarnings("unchecked")
        var log = (List<Map<String, Object>>) ((Map<String, Object>) export.get("account")).get("securityLog");
        assertThat(log).extracting(e -> e.get("clientAddress")).containsOnly("198.51.100.40");
    }

    /** As the proxy sends it: the client's address, set by the proxy (not appended to what the client sent). */
    private ApiClient from(String address) {
        return api.withHeader("X-Forwarded-For", address);
    }
}
