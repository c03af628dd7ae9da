package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.testsupport.MicronautPostgres;

/** The assembled platform: API and UI on one port, migrations applied, demo data loaded. */
@MicronautTest
@Property(name = "mingle.demo-data", value = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlatformTest implements MicronautPostgres {

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void reportsADatabaseThatIsUp() throws Exception {
        var health = get("/api/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");
    }

    @Test
    void servesTheUserInterfaceOnTheSamePort() throws Exception {
        var page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).containsIgnoringCase("<html").contains("Mingle");
    }

    @Test
    void servesTheDemoEventsThroughTheApi() throws Exception {
        var events = get("/api/events?size=100");

        assertThat(events.statusCode()).isEqualTo(200);
        // Seven published demo events, the one under way with people free now, and the six evenings of the demo
        // group's monthly series.
        assertThat(events.body()).contains("Climate Tech Founders Mixer").contains("\"total\":14")
                .doesNotContain("Hardware Startups Night");
    }

    @Test
    void publishesItsApiDescription() throws Exception {
        var openApi = get("/api/openapi.yml");

        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.body()).contains("openapi:").contains("/api/events");
        assertThat(get("/api/docs").statusCode()).isEqualTo(200);
    }

    @Test
    void answersUnknownApiRoutesWithProblemJson() throws Exception {
        var missing = get("/api/no-such-thing");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("content-type")).hasValue("application/problem+json");
    }

    private HttpResponse<String> get(String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(server.getURL() + path)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
