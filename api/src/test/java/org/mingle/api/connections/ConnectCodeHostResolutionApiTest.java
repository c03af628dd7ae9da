package org.mingle.api.connections;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.api.ApiClient;
import org.mingle.api.TestAccounts;
import org.mingle.api.TestAccounts.Person;
import org.mingle.testsupport.MicronautPostgres;

/**
 * The address of the connect page behind a reverse proxy, with Micronaut's host resolution configured as a deployment
 * would: the proxy's headers name the public host, and only the allowed host is believed.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConnectCodeHostResolutionApiTest implements MicronautPostgres {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    private Person ada;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(MicronautPostgres.super.getProperties());
        properties.put("micronaut.server.host-resolution.host-header", "X-Forwarded-Host");
        properties.put("micronaut.server.host-resolution.protocol-header", "X-Forwarded-Proto");
        properties.put("micronaut.server.host-resolution.port-in-host", "true");
        properties.put("micronaut.server.host-resolution.allowed-hosts", "https://mingle\\.example(:\\d+)?");
        return properties;
    }

    @BeforeAll
    void person() {
        ada = TestAccounts.signUpAndLogIn(new ApiClient(server, json), "Ada Proxied");
    }

    @Test
    void theAddressIsOnThePublicHostTheProxyNames() {
        var reply = ada.api().withHeader("X-Forwarded-Host", "mingle.example")
                .withHeader("X-Forwarded-Proto", "https").get("/api/me/connect-code");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        String code = (String) reply.object().get("code");
        assertThat(reply.object()).containsEntry("url", "https://mingle.example/connect/" + code);

        var withPort = ada.api().withHeader("X-Forwarded-Host", "mingle.example:8443")
                .withHeader("X-Forwarded-Proto", "https").get("/api/me/connect-code");
        assertThat(withPort.object()).containsEntry("url", "https://mingle.example:8443/connect/" + code);
    }

    @Test
    void aHostThatIsNotAllowedIsNotBelieved() {
        var reply = ada.api().withHeader("X-Forwarded-Host", "evil.example")
                .withHeader("X-Forwarded-Proto", "https").get("/api/me/connect-code");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        String url = (String) reply.object().get("url");
        assertThat(url).doesNotContain("evil.example").startsWith("http://localhost/connect/");
    }
}
