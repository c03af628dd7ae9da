package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.testsupport.TestDatabase;
import org.mingle.testsupport.TestDatabases;

/**
 * Mingle as people run it: {@code java -jar app/target/mingle.jar} (built by {@code package}, run by failsafe in
 * {@code integration-test}), on a database of its own, without a public URL configured.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackagedJarIT {

    private static final Pattern SCRIPT = Pattern.compile("<script[^>]*\\ssrc=\"([^\"]+)\"");
    private static final Pattern LINK = Pattern.compile("<link\\s[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final Pattern DOCUMENT_URL = Pattern.compile("url: \"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Path work = Path.of("target", "packaged-jar-it");
    private TestDatabase database;
    private MingleJar app;
    private Path log;
    private String base;

    @BeforeAll
    void startTheJar() throws Exception {
        Files.createDirectories(work);
        database = TestDatabases.create();
        log = work.resolve("mingle.log");
        app = MingleJar.start(database, work, Map.of(), log).awaitStartUp(http);
        base = app.base();
    }

    @AfterAll
    void stopTheJar() throws InterruptedException {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void theApiReferenceGetsEveryFileItNames() throws Exception {
        var page = get("/api/docs");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");

        var files = new ArrayList<String[]>(); // address, media type
        SCRIPT.matcher(page.body()).results().forEach(script -> files.add(new String[] {script.group(1),
                "text/javascript"}));
        for (String link : LINK.matcher(page.body()).results().map(MatchResult::group).toList()) {
            Map<String, String> attributes = attributes(link);
            files.add(new String[] {attributes.get("href"), attributes.get("type")});
        }
        assertThat(files).extracting(file -> file[0]).containsExactlyInAnyOrder("/api/docs/swagger-ui-bundle.js",
                "/api/docs/swagger-ui-standalone-preset.js", "/api/docs/docs.js", "/api/docs/swagger-ui.css",
                "/api/docs/favicon-32x32.png", "/api/docs/favicon-16x16.png");
        for (String[] file : files) {
            var response = get(file[0], "*/*"); // what a browser accepts for a script, a style sheet or an icon
            assertThat(response.statusCode()).as(file[0]).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).as(file[0])
                    .hasValueSatisfying(type -> assertThat(type).startsWith(file[1]));
            assertThat(response.body()).as(file[0]).isNotEmpty();
        }

        // and what docs.js has Swagger UI load
        var script = get("/api/docs/docs.js").body();
        var document = DOCUMENT_URL.matcher(script);
        assertThat(document.find()).as(script).isTrue();
        var openApi = get(document.group(1), "*/*");
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.headers().firstValue("Content-Type")).hasValue("application/yaml;charset=utf-8");
        assertThat(openApi.body()).startsWith("openapi: 3.").contains("/api/events");
    }

    @Test
    void pagesAndApiAnswerWithTheirSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/events", "/api/events", "/api/no-such-thing", "/VAADIN/no-such-file.js",
                "/api/docs")) {
            var headers = get(path).headers();
            String policy = headers.firstValue("Content-Security-Policy").orElse("");
            assertThat(policy).as(path).contains("frame-ancestors 'none'");
            assertThat(policy).as(path).contains(path.startsWith("/api/docs") ? "script-src 'self';"
                    : path.startsWith("/api") ? "default-src 'none'" : "'unsafe-eval'");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
            assertThat(headers.firstValue("Permissions-Policy")).as(path).isPresent();
        }
    }

    @Test
    void theBrowsersPushClientIsServed() throws Exception {
        // Without it no page renders: the bootstrap waits for the script Push needs (live notices).
        var script = get("/VAADIN/static/push/vaadinPush-min.js", "*/*");

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
        assertThat(script.body()).contains("Vaadin push loaded");
    }

    @Test
    void theBundleGoesOutCompressedAndIsKeptAYear() throws Exception {
        var page = get("/events");
        var entry = SCRIPT.matcher(page.body()).results().map(script -> script.group(1))
                .filter(src -> src.contains("VAADIN/build/")).findFirst().orElseThrow();
        String script = "/" + entry.replaceFirst("^\\./", "");

        var brotli = bytes(script, "gzip, deflate, br, zstd");
        var gzip = bytes(script, "gzip, deflate");
        var identity = bytes(script, "identity");

        assertThat(brotli.headers().firstValue("Content-Encoding")).hasValue("br");
        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(identity.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gunzip(gzip.body())).isEqualTo(identity.body());
        assertThat(brotli.body().length).isLessThan(identity.body().length / 3);
        for (var response : List.of(brotli, gzip, identity)) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
            assertThat(response.headers().allValues("Vary")).contains("Accept-Encoding");
        }
        // the page itself carries the first state of its view: never stored, never compressed
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache, no-store");
    }

    @Test
    void minglesOwnFilesAreAskedAboutOnEveryUse() throws Exception {
        for (String path : List.of("/styles/mingle.css", "/manifest.webmanifest", "/icons/mingle.svg",
                "/icons/mingle-192.png")) {
            var response = bytes(path, "gzip, deflate, br");
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("no-cache");
            assertThat(response.headers().firstValue("Last-Modified")).as(path).isPresent();
        }
    }

    @Test
    void aPublicProfilePageIsServedFromTheJar() throws Exception {
        String email = "jar-page-" + System.nanoTime() + "@example.com";
        String password = "packaged jar page 2026";
        send("POST", "/api/auth/signup", null, "{\"email\":\"" + email + "\",\"password\":\"" + password
                + "\",\"displayName\":\"Jarred Page\"}");
        var login = send("POST", "/api/auth/login", null, "{\"email\":\"" + email + "\",\"password\":\""
                + password + "\"}");
        var token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(login.body());
        assertThat(token.find()).as(login.body()).isTrue();
        var saved = send("PUT", "/api/me/profile", token.group(1),
                "{\"headline\": \"Packaged\", \"visibility\": {\"headline\": \"PUBLIC\"}, "
                        + "\"handle\": \"jarred-page\", \"publicProfile\": true}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

        var page = get("/p/jarred-page");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
        assertThat(page.body()).contains("<meta property=\"og:title\" content=\"Jarred Page\">",
                "<link rel=\"canonical\" href=\"" + base + "/p/jarred-page\">",
                "<meta name=\"robots\" content=\"noindex\">", "\"@type\":\"Person\"");
        var stylesheet = Pattern.compile("href=\"(/p/style-[0-9a-f]+\\.css)\"").matcher(page.body());
        assertThat(stylesheet.find()).isTrue();
        assertThat(get(stylesheet.group(1)).statusCode()).isEqualTo(200);
        assertThat(get("/p/no-such-page").statusCode()).isEqualTo(404);
    }

    @Test
    void theManagementPortServesMetricsThatThePublicPortDoesNot() throws Exception {
        get("/api/health/ready");

        var metrics = http.send(HttpRequest.newBuilder(URI.create(app.management() + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains(
                "http_server_requests_seconds_count{method=\"GET\",status=\"200\",uri=\"/api/health/ready\"}",
                "hikaricp_connections_active{", "mingle_mail_outbox_waiting ", "jvm_memory_used_bytes{");
        assertThat(get("/metrics").statusCode()).isEqualTo(404);
        assertThat(Files.readString(log)).contains("Metrics on http://localhost:" + URI.create(app.management())
                .getPort() + "/metrics");
    }

    @Test
    void aLogFormatThatIsNeitherTextNorJsonStopsTheStart() throws Exception {
        var failedLog = work.resolve("mingle-wrong-log-format.log");
        var failed = MingleJar.start(database, work, Map.of("MINGLE_LOG_FORMAT", "xml"), failedLog).process();

        boolean ended = failed.waitFor(MingleJar.START_UP.toSeconds(), TimeUnit.SECONDS);
        if (!ended) {
            failed.destroyForcibly();
        }

        assertThat(ended).as("the start ended by itself").isTrue();
        assertThat(failed.exitValue()).isEqualTo(2);
        assertThat(Files.readString(failedLog).strip())
                .isEqualTo("Mingle did not start: MINGLE_LOG_FORMAT is \"xml\", but it must be text or json.");
    }

    @Test
    void theStartUpLogSaysWhereLinksPoint() throws IOException {
        assertThat(Files.readString(log)).contains("Links point to " + base
                + ": MINGLE_PUBLIC_URL is not set; set it to the address people reach Mingle at");
    }

    @Test
    void aPublicUrlThatIsNoWebAddressStopsTheStart() throws Exception {
        var failedLog = work.resolve("mingle-wrong-public-url.log");
        var failed = MingleJar.start(database, work, Map.of("MINGLE_PUBLIC_URL", "mingle.example.org"), failedLog)
                .process();

        boolean ended = failed.waitFor(MingleJar.START_UP.toSeconds(), TimeUnit.SECONDS);
        if (!ended) {
            failed.destroyForcibly();
        }

        assertThat(ended).as("the start ended by itself").isTrue();
        assertThat(failed.exitValue()).isNotZero();
        assertThat(Files.readString(failedLog)).contains("MINGLE_PUBLIC_URL (mingle.public-url) is "
                + "\"mingle.example.org\", but it must start with http:// or https://.");
    }

    private HttpResponse<String> send(String method, String path, String token, String json)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, "text/html,*/*;q=0.8");
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept)
                .timeout(Duration.ofSeconds(30)).build(), BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> bytes(String path, String acceptEncoding) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Encoding", acceptEncoding)
                .timeout(Duration.ofSeconds(30)).build(), BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] compressed) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        }
    }

    private static Map<String, String> attributes(String tag) {
        var attributes = new HashMap<String, String>();
        ATTRIBUTE.matcher(tag).results().forEach(match -> attributes.put(match.group(1), match.group(2)));
        return attributes;
    }
}
