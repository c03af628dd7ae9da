package org.mingle.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of response the server gives carries the security headers, with the policy that fits it. */
@MicronautTest
class SecurityHeadersTest {

    private static final Pattern UI_POLICY = Pattern.compile("default-src 'self'; "
            + "script-src 'self' 'nonce-([A-Za-z0-9_-]{24})' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'; report-uri /api/csp-reports");
    private static final String API_POLICY =
            "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final String DOCS_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "report-uri /api/csp-reports";

    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    @ParameterizedTest(name = "{0} {1} answers {2}")
    @CsvSource({
        "GET, /hello/world, 200, ui",                      // a page of a contributed servlet (the UI)
        "GET, /policy/missing, 404, ui",                   // an error the servlet leaves to Jetty
        "GET, /nowhere.js, 404, ui",                       // no servlet maps the path
        "GET, /api/test/ping, 200, api",                   // the API
        "GET, /api/no-such-thing, 404, api",               // a problem document from Micronaut
        "GET, /api/test/..%2F..%2Fetc%2Fpasswd, 400, api", // a path Jetty refuses before any servlet
        "POST, /api/test/echo-length, 413, api",           // a body the limit filter refuses
        "GET, /api/docs/nothing-here, 404, docs"})         // the API documentation's files
    void everyResponseCarriesTheHeaders(String method, String path, int status, String kind) throws Exception {
        int answered;
        HttpHeaders headers;
        if (method.equals("POST")) {
            var refused = announceTooLargeABody(path);
            answered = refused.status();
            headers = refused.headers();
        } else {
            var response = http.send(HttpRequest.newBuilder(uri(path)).GET().build(), BodyHandlers.ofString());
            answered = response.statusCode();
            headers = response.headers();
        }

        assertThat(answered).isEqualTo(status);
        String policy = headers.firstValue("Content-Security-Policy").orElseThrow();
        switch (kind) {
            case "ui" -> assertThat(policy).matches(UI_POLICY);
            case "api" -> assertThat(policy).isEqualTo(API_POLICY);
            default -> assertThat(policy).isEqualTo(DOCS_POLICY);
        }
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Permissions-Policy")).hasValueSatisfying(permissions -> assertThat(permissions)
                .startsWith("camera=(self), microphone=(), geolocation=()"));
        assertThat(headers.allValues("Content-Security-Policy")).hasSize(1);
        // plain HTTP: no HSTS, whatever the client claims
        assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void aUiPageGetsAFreshNonceAndItsServletCanReadIt() throws Exception {
        var first = get("/policy/nonce");
        var second = get("/policy/nonce");

        assertThat(nonceOf(first)).isEqualTo(first.body());
        assertThat(nonceOf(second)).isEqualTo(second.body()).isNotEqualTo(first.body());
    }

    @Test
    void aClaimOfHttpsFromAnUntrustedClientBringsNoHsts() throws Exception {
        var request = HttpRequest.newBuilder(uri("/hello/world")).header("X-Forwarded-Proto", "https").build();

        var response = http.send(request, BodyHandlers.ofString());

        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private record Answer(int status, HttpHeaders headers) {
    }

    /**
     * Sends only the head of a request whose declared body (2 MiB) is over the limit, and reads the answer. Sending the
     * body too would race the refusal: the server answers before reading it and closes the connection, and a client
     * still uploading may see the connection reset instead of the answer.
     */
    private Answer announceTooLargeABody(String path) throws Exception {
        try (var socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: " + server.getHost() + "\r\n"
                    + "Content-Type: text/plain\r\nContent-Length: " + 2 * 1024 * 1024 + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            var reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            int status = Integer.parseInt(reader.readLine().split(" ")[1]);
            Map<String, List<String>> fields = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
                int colon = line.indexOf(':');
                fields.computeIfAbsent(line.substring(0, colon).strip(), name -> new ArrayList<>())
                        .add(line.substring(colon + 1).strip());
            }
            return new Answer(status, HttpHeaders.of(fields, (name, value) -> true));
        }
    }

    private static String nonceOf(HttpResponse<String> response) {
        var matcher = UI_POLICY.matcher(response.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertThat(matcher.matches()).isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(server.getURL() + path);
    }
}
