package org.mingle.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.Test;

/** Behind a trusted TLS proxy, requests that came over HTTPS are answered with HSTS; plain ones are not. */
@MicronautTest
@Property(name = "mingle.server.trust-forwarded-headers", value = "true")
class SecureRequestHeadersTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    @Test
    void httpsThroughTheProxyGetsHsts() throws Exception {
        for (String path : new String[] {"/hello/world", "/api/test/ping", "/api/no-such-thing"}) {
            var response = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path))
                    .header("X-Forwarded-Proto", "https").build(), BodyHandlers.ofString());

            assertThat(response.headers().firstValue("Strict-Transport-Security")).as(path)
                    .hasValue("max-age=31536000");
        }
    }

    @Test
    void plainHttpThroughTheProxyGetsNone() throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/hello/world"))
                .header("X-Forwarded-Proto", "http").build(), BodyHandlers.ofString());

        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
    }
}
