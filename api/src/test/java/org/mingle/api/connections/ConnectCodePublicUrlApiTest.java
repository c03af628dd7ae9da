package org.mingle.api.connections;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.api.ApiClient;
import org.mingle.api.TestAccounts.Person;
import org.mingle.api.TestAccounts;
import org.mingle.testsupport.MicronautPostgres;

/**
 * The address of the connect page when Mingle runs behind a proxy on a public address: it is the configured
 * {@code mingle.public-url}, whatever host a request names, so nobody can make Mingle hand out links to their server.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConnectCodePublicUrlApiTest implements MicronautPostgres {

    private static final String PUBLIC_URL = "https://mingle.example.org/events/";

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    private Person ada;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(MicronautPostgres.super.getProperties());
        properties.put("mingle.public-url", PUBLIC_URL);
        return properties;
    }

    @BeforeAll
    void person() {
        ada = TestAccounts.signUpAndLogIn(new ApiClient(server, json), "Ada Proxied");
    }

    @Test
    void theAddressIsOnTheConfiguredPublicUrl() {
        var reply = ada.api().get("/api/me/connect-code");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        String code = (String) reply.object().get("code");
        assertThat(reply.object()).containsEntry("url", "https://mingle.example.org/events/connect/" + code);
    }

    @Test
    void hostsNamedByTheRequestAreIgnored() throws Exception {
        String code = (String) ada.api().get("/api/me/connect-code").object().get("code");

        String reply = rawGet("/api/me/connect-code", "Host: evil.example", "X-Forwarded-Host: evil.example",
                "X-Forwarded-Proto: http", "Forwarded: host=evil.example;proto=http",
                "Authorization: Bearer " + ada.token());

        assertThat(reply).matches("(?s)HTTP/1\\.[01] 200 .*").doesNotContain("evil.example")
                .contains("\"url\":\"https://mingle.example.org/events/connect/" + code + "\"");
    }

    /** A request as any client can write it: java.net.http would not let a test choose the Host header. */
    private String rawGet(String path, String... headers) throws IOException {
        try (var socket = new Socket("localhost", server.getPort())) {
            var request = new StringBuilder("GET " + path + " HTTP/1.0\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
