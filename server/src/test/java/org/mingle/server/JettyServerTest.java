package org.mingle.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

@MicronautTest
class JettyServerTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    @Test
    void isTheContextsEmbeddedServerAndRunsOnARandomPort() {
        assertThat(server).isInstanceOf(JettyServer.class);
        assertThat(server.isRunning()).isTrue();
        assertThat(server.getPort()).isPositive().isNotEqualTo(8080);
        assertThat(server.getURL().toString()).isEqualTo("http://localhost:" + server.getPort());
    }

    @Test
    void servesMicronautRoutesUnderApi() throws Exception {
        var response = get("/api/test/ping");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("pong");
        assertThat(response.headers().firstValue("Server")).isEmpty();
    }

    @Test
    void unknownApiPathsAreAnsweredByMicronautAsJson() throws Exception {
        var response = get("/api/no-such-thing");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
    }

    @Test
    void mountsServletsThatContributedInitializersRegister() throws Exception {
        var response = get("/hello/world");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("hello from /hello");
    }

    @Test
    void requestsThatJettyRefusesItselfUnderApiGetAProblem() throws Exception {
        var response = get("/api/test/..%2F..%2Fetc%2Fpasswd");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=utf-8");
        assertThat(response.body()).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
                + "\"detail\":\"The request is malformed: check the percent-encoding of its path and its headers.\","
                + "\"requestId\":\"" + response.headers().firstValue("X-Request-Id").orElseThrow() + "\"}");
    }

    @Test
    void aFailingPageOutsideTheApiShowsAPlainErrorPageWithoutTheException() throws Exception {
        var response = get("/hello/fail");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
        assertThat(response.body()).doesNotContain("secret", "IllegalState", ".java:");
    }

    @Test
    void aRequestJettyCannotReadAtAllGetsAProblemSinceItMayHaveBeenForTheApi() throws Exception {
        try (var socket = new java.net.Socket("localhost", server.getPort())) {
            socket.getOutputStream().write(("GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 414").contains("Content-Type: application/problem+json")
                    .contains("\"status\":414");
        }
    }

    @Test
    void pathsThatNoServletMapsAreNotFound() throws Exception {
        assertThat(get("/nowhere").statusCode()).isEqualTo(404);
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteLaxAndNotSecureOverPlainHttp() throws Exception {
        var cookie = get("/hello/session").headers().firstValue("Set-Cookie").orElseThrow();

        assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(cookie).doesNotContainIgnoringCase("Secure");
    }

    @Test
    void acceptsApiBodiesUpToTheLimit() throws Exception {
        var response = post("/api/test/echo-length", "x".repeat((int) ServerSettings.DEFAULT_API_MAX_BODY_SIZE));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(Long.toString(ServerSettings.DEFAULT_API_MAX_BODY_SIZE));
    }

    @Test
    void refusesApiBodiesAboveTheLimitWithAProblem() throws Exception {
        // The declared length alone is refused, before any body is read. Sending the body too would race the answer:
        // a client still writing may see the connection close before it reads the 413.
        long tooLong = ServerSettings.DEFAULT_API_MAX_BODY_SIZE + 1;
        try (var socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api/test/echo-length HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: text/plain\r\nContent-Length: " + tooLong + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readNBytes(4096), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 413 ");
            assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json;charset=utf-8");
            assertThat(answer).contains("\"status\":413").contains("\"title\":\"Content Too Large\"");
        }
    }

    @Test
    void refusesChunkedApiBodiesAboveTheLimit() throws Exception {
        byte[] big = new byte[(int) ServerSettings.DEFAULT_API_MAX_BODY_SIZE + 10];
        var request = HttpRequest.newBuilder(uri("/api/test/echo-length"))
                .header("Content-Type", "text/plain")
                // an input-stream publisher has no known length, so the client sends the body chunked
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                .build();

        var response = http.send(request, BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void acceptsSmallChunkedApiBodies() throws Exception {
        var request = HttpRequest.newBuilder(uri("/api/test/echo-length"))
                .header("Content-Type", "text/plain")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream("hello".getBytes())))
                .build();

        var response = http.send(request, BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("5");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        var request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "text/plain")
                .POST(BodyPublishers.ofString(body)).build();
        return http.send(request, BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(server.getURL() + path);
    }
}
