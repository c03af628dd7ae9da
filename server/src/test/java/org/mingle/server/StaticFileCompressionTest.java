package org.mingle.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Static text files go out gzipped to browsers that accept it; nothing else is compressed or decompressed. */
@MicronautTest
class StaticFileCompressionTest {

    private static final byte[] TEXT = TextFilesInitializer.TEXT.getBytes(StandardCharsets.UTF_8);

    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
        "app.js, text/javascript",
        "app.css, text/css",
        "icon.svg, image/svg+xml",
        "manifest.webmanifest, application/manifest+json"})
    void staticTextFilesAreGzippedForABrowserThatAcceptsGzip(String file, String type) throws Exception {
        var response = get("/files/" + file, "gzip, deflate");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(value ->
                assertThat(value).startsWith(type));
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(response.headers().allValues("Vary")).contains("Accept-Encoding");
        assertThat(response.body().length).isLessThan(TEXT.length / 10);
        assertThat(gunzip(response.body())).isEqualTo(TEXT);
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @ParameterizedTest(name = "Accept-Encoding: \"{0}\"")
    @ValueSource(strings = {"identity", "br", ""})
    void aBrowserThatDoesNotAcceptGzipGetsTheFileAsItIs(String acceptEncoding) throws Exception {
        var response = get("/files/app.js", acceptEncoding);

        assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(response.headers().allValues("Vary")).contains("Accept-Encoding");
        assertThat(response.body()).isEqualTo(TEXT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/files/page.html", "/files/data.json", "/api/test/ping"})
    void pagesJsonAndTheApiAreNeverCompressed(String path) throws Exception {
        var response = get(path, "gzip, deflate, br");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
    }

    @Test
    void aFileEncodedAlreadyPassesAsItIs() throws Exception {
        var response = get("/files/prebuilt.js", "gzip, deflate, br");

        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("br");
        assertThat(response.body()).isEqualTo(TextFilesInitializer.PREBUILT);
    }

    @Test
    void aCompressedRequestBodyIsNotDecompressed() throws Exception {
        byte[] compressed = gzip("a".repeat(1000).getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(uri("/api/test/echo-length"))
                .header("Content-Type", "text/plain")
                .header("Content-Encoding", "gzip")
                .POST(BodyPublishers.ofByteArray(compressed))
                .build();

        var response = http.send(request, BodyHandlers.ofString());

        // the API reads the bytes that arrived, not the thousand characters they would inflate to
        assertThat(response.body()).isEqualTo(Integer.toString(
                new String(compressed, StandardCharsets.UTF_8).length()));
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
        var request = HttpRequest.newBuilder(uri(path));
        if (!acceptEncoding.isEmpty()) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return http.send(request.build(), BodyHandlers.ofByteArray());
    }

    private URI uri(String path) {
        return URI.create(server.getURL() + path);
    }

    private static byte[] gunzip(byte[] compressed) {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gzip(byte[] plain) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new GZIPOutputStream(bytes)) {
            out.write(plain);
        }
        return bytes.toByteArray();
    }
}
