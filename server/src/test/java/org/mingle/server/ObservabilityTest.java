package org.mingle.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Request ids and metrics on the real server: ids in MDC, headers and problems; metrics only on the management port. */
@MicronautTest
class ObservabilityTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    @Test
    void aSaneRequestIdIsKeptAndStandsInTheLogContextWhileTheRequestIsHandled() throws Exception {
        var response = get("/api/test/request-id", "lb-7f3a-42");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("lb-7f3a-42");
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("lb-7f3a-42");
    }

    @Test
    void aMissingOrInsaneRequestIdIsReplacedByAFreshOneThatTheApplicationSees() throws Exception {
        var missing = get("/api/test/request-id", null);
        var tooLong = get("/api/test/request-id", "a".repeat(65));
        var wrongCharacters = get("/api/test/request-id", "id;drop");

        for (var response : java.util.List.of(missing, tooLong, wrongCharacters)) {
            assertThat(response.body()).matches("[0-9a-f]{32}");
            assertThat(response.headers().firstValue("X-Request-Id")).hasValue(response.body());
        }
        assertThat(missing.body()).isNotEqualTo(tooLong.body());
    }

    @Test
    void problemsTheServerAnswersCarryTheRequestId() throws Exception {
        var refusedByJetty = get("/api/test/..%2F..%2Fetc%2Fpasswd", "trace-1");
        var refusedAtTheBoundary = get("/api/test/ping?q=%00", "trace-2");
        var pageError = get("/hello/fail", "trace-3");

        assertThat(refusedByJetty.statusCode()).isEqualTo(400);
        assertThat(refusedByJetty.body()).endsWith(",\"requestId\":\"trace-1\"}");
        assertThat(refusedAtTheBoundary.statusCode()).isEqualTo(400);
        assertThat(refusedAtTheBoundary.headers().firstValue("X-Request-Id")).hasValue("trace-2");
        assertThat(refusedAtTheBoundary.body()).endsWith(",\"requestId\":\"trace-2\"}");
        assertThat(pageError.headers().firstValue("X-Request-Id")).hasValue("trace-3");
    }

    @Test
    void metricsAreServedOnTheManagementPortOnly() throws Exception {
        int management = ((JettyServer) server).getManagementPort().orElseThrow();

        var scrape = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + management + "/metrics"))
                .build(), BodyHandlers.ofString());
        var publicMetrics = get("/metrics", null);
        var somethingElse = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + management + "/"))
                .build(), BodyHandlers.ofString());

        assertThat(management).isNotEqualTo(server.getPort()).isNotEqualTo(ServerSettings.DEFAULT_MANAGEMENT_PORT);
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type")).hasValue(ManagementServer.CONTENT_TYPE);
        assertThat(scrape.body()).contains("jvm_memory_used_bytes", "process_uptime_seconds");
        assertThat(publicMetrics.statusCode()).isEqualTo(404);
        assertThat(somethingElse.statusCode()).isEqualTo(404);
    }

    @Test
    void requestsAreTimedByRouteTemplateMethodAndStatusNeverByTheirPath() throws Exception {
        get("/api/test/items/item-4711", null);
        get("/api/test/items/item-4712", null);
        get("/api/no-such-thing/4713", null);
        get("/hello/world", null);

        String metrics = scrape();

        assertThat(metrics).contains(
                "http_server_requests_seconds_count{method=\"GET\",status=\"200\",uri=\"/api/test/items/{id}\"} 2",
                "http_server_requests_seconds_bucket{method=\"GET\",status=\"200\",uri=\"/api/test/items/{id}\","
                        + "le=\"0.3\"}",
                "http_server_requests_seconds_count{method=\"GET\",status=\"404\",uri=\"/api/**\"}",
                "http_server_requests_seconds_count{method=\"GET\",status=\"200\",uri=\"/**\"}");
        assertThat(metrics).doesNotContain("item-4711", "4713", "/hello/world");
    }

    private String scrape() throws Exception {
        int management = ((JettyServer) server).getManagementPort().orElseThrow();
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + management + "/metrics")).build(),
                BodyHandlers.ofString()).body();
    }

    private HttpResponse<String> get(String path, String requestId) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(server.getURL() + path)).GET();
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        return http.send(request.build(), BodyHandlers.ofString());
    }
}
