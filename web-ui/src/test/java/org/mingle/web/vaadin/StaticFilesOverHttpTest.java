package org.mingle.web.vaadin;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.testsupport.MicronautPostgres;

/**
 * The UI's static files over HTTP, as the server module's Jetty serves them: the production bundle compressed the best
 * way the browser accepts and kept a year; Mingle's own files asked about on every use.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaticFilesOverHttpTest implements MicronautPostgres {

    private static final Pattern ENTRY_SCRIPT = Pattern.compile("src=\"\\./(VAADIN/build/[^\"]+\\.js)\"");
    private static final String BROWSER = "gzip, deflate, br, zstd";

    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    private String entryScript;

    @BeforeAll
    void findTheBundlesEntryScript() throws Exception {
        var page = http.send(HttpRequest.newBuilder(uri("/")).build(), BodyHandlers.ofString()).body();
        var entry = ENTRY_SCRIPT.matcher(page);
        assertThat(entry.find()).as(page).isTrue();
        entryScript = entry.group(1);
    }

    @Test
    void theBundleGoesOutAsTheBrotliFileBuiltWithItToABrowserThatAcceptsBrotli() throws Exception {
        var response = get(entryScript, Map.of("Accept-Encoding", BROWSER));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/javascript;charset=utf-8");
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("br");
        assertThat(response.headers().allValues("Vary")).contains("Accept-Encoding");
        assertThat(response.body()).isEqualTo(bundleFile(entryScript + ".br"));
        assertKeptAYear(response);
    }

    @Test
    void aBrowserThatAcceptsOnlyGzipGetsTheBundleGzipped() throws Exception {
        var response = get(entryScript, Map.of("Accept-Encoding", "gzip, deflate"));

        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(response.body())).isEqualTo(bundleFile(entryScript));
        assertKeptAYear(response);
    }

    @Test
    void aBrowserThatAcceptsNoEncodingGetsTheBundleAsItIs() throws Exception {
        var response = get(entryScript, Map.of("Accept-Encoding", "identity"));

        assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(response.headers().allValues("Vary")).contains("Accept-Encoding");
        assertThat(response.body()).isEqualTo(bundleFile(entryScript));
        assertKeptAYear(response);
    }

    @Test
    void vaadinsPushClientIsKeptAYearUnderItsVersionAndAskedAboutWithoutOne() throws Exception {
        var versioned = get("VAADIN/static/push/vaadinPush-min.js?v=066210f5", Map.of());
        var plain = get("VAADIN/static/push/vaadinPush-min.js", Map.of());

        assertThat(versioned.statusCode()).isEqualTo(200);
        assertKeptAYear(versioned);
        assertThat(plain.headers().firstValue("Cache-Control")).hasValue("no-cache");
    }

    @Test
    void minglesStyleSheetIsAskedAboutOnEveryUseAndAnUnchangedOneIsNotSentAgain() throws Exception {
        var first = get("styles/mingle.css", Map.of("Accept-Encoding", BROWSER));
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        var again = get("styles/mingle.css", Map.of("If-Modified-Since", lastModified));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(first.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void theScannerScriptsAreServedGzippedAsScriptsAndAskedAboutOnEveryUse() throws Exception {
        for (String script : List.of("scanning/qr-scanner.js", "scanning/jsQR.js")) {
            var response = get(script, Map.of("Accept-Encoding", BROWSER));

            assertThat(response.statusCode()).as(script).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).as(script).hasValueSatisfying(type ->
                    assertThat(type).contains("javascript"));
            assertThat(response.headers().firstValue("Content-Encoding")).as(script).hasValue("gzip");
            assertThat(response.headers().firstValue("Cache-Control")).as(script).hasValue("no-cache");
        }
        assertThat(get("scanning/jsQR-LICENSE.txt", Map.of()).statusCode()).isEqualTo(200);
    }

    private static void assertKeptAYear(HttpResponse<byte[]> response) {
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
    }

    private HttpResponse<byte[]> get(String path, Map<String, String> headers) throws Exception {
        var request = HttpRequest.newBuilder(uri("/" + path));
        headers.forEach(request::header);
        return http.send(request.build(), BodyHandlers.ofByteArray());
    }

    private URI uri(String path) {
        return server.getURI().resolve(path);
    }

    private static byte[] bundleFile(String path) throws IOException {
        try (InputStream in = StaticFilesOverHttpTest.class.getClassLoader()
                .getResourceAsStream("META-INF/VAADIN/webapp/" + path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }

    private static byte[] gunzip(byte[] compressed) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        }
    }
}
