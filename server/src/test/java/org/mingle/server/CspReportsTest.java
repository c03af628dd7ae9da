package org.mingle.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** {@code POST /api/csp-reports}: what browsers send is counted; anything else is refused with a problem. */
@MicronautTest
class CspReportsTest {

    private static final String CSP_REPORT = """
            {"csp-report": {"document-uri": "http://localhost/events?q=secret", "referrer": "",
             "violated-directive": "script-src-elem", "effective-directive": "script-src-elem",
             "original-policy": "script-src 'self'", "disposition": "enforce", "blocked-uri": "inline",
             "line-number": 12, "source-file": "http://localhost/events", "status-code": 200}}""";

    private static final String REPORTS_JSON = """
            [{"type": "csp-violation", "age": 10, "url": "http://localhost/", "user_agent": "Chromium",
              "body": {"documentURL": "http://localhost/", "effectiveDirective": "img-src",
                       "blockedURL": "https://tracker.example/pixel.gif", "disposition": "enforce",
                       "sourceFile": "http://localhost/VAADIN/build/x.js", "lineNumber": 3}},
             {"type": "csp-violation", "age": 12, "url": "http://localhost/",
              "body": {"documentURL": "http://localhost/", "effectiveDirective": "script-src-elem",
                       "blockedURL": "eval", "disposition": "enforce"}},
             {"type": "deprecation", "body": {"id": "something"}}]""";

    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    @Inject
    CspReports reports;

    @Test
    void countsAReportUriReport() throws Exception {
        long before = reports.count();

        var response = post("application/csp-report", CSP_REPORT);

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(reports.count()).isEqualTo(before + 1);
        assertThat(reports.recent()).last().isEqualTo("directive script-src-elem blocked inline on "
                + "http://localhost/events (http://localhost/events:12)");
    }

    @Test
    void countsEachViolationOfAReportingApiBatch() throws Exception {
        long before = reports.count();

        var response = post("application/reports+json; charset=utf-8", REPORTS_JSON);

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(reports.count()).isEqualTo(before + 2);
        assertThat(reports.recent()).contains("directive img-src blocked https://tracker.example/pixel.gif on "
                + "http://localhost/ (http://localhost/VAADIN/build/x.js:3)");
    }

    @Test
    void refusesWhatIsNoReport() throws Exception {
        long before = reports.count();

        assertProblem(post("application/json", CSP_REPORT), 415);
        assertProblem(post("application/csp-report", "{\"csp-report\": "), 400);
        assertProblem(post("application/csp-report", "{\"something\": \"else\"}"), 400);
        assertProblem(post("application/reports+json", "[{\"type\": \"deprecation\", \"body\": {}}]"), 400);
        assertProblem(post("application/csp-report", "{\"csp-report\": {\"x\": \"" + "a".repeat(20_000) + "\"}}"),
                413);
        var get = http.send(HttpRequest.newBuilder(uri()).GET().build(), BodyHandlers.ofString());
        assertProblem(get, 405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");

        assertThat(reports.count()).isEqualTo(before);
    }

    @Test
    void logsValuesOnOneLineWithoutTheirQuery() throws Exception {
        post("application/csp-report", """
                {"csp-report": {"document-uri": "http://localhost/connect/ABC?token=1",
                 "effective-directive": "img-src\\nFAKE LOG LINE", "blocked-uri": "data"}}""");

        assertThat(reports.recent()).last().isEqualTo(
                "directive img-src FAKE LOG LINE blocked data on http://localhost/connect/ABC (:)");
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=utf-8");
        assertThat(response.body()).startsWith("{\"type\":\"about:blank\"").contains("\"status\":" + status);
    }

    private HttpResponse<String> post(String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri()).header("Content-Type", contentType)
                .POST(BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
    }

    private URI uri() {
        return URI.create(server.getURL() + "/api/csp-reports");
    }
}
