package org.mingle.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.testsupport.MicronautPostgres;

/** Every page names Mingle's icons and its web app manifest, and all of them are there: Mingle can be installed. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InstallableAppOverHttpTest implements MicronautPostgres {

    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    private Document page;

    @BeforeAll
    void openAPage() throws Exception {
        page = Jsoup.parse(get(server.getURI().resolve("/events")).body(), server.getURI().toString());
    }

    @Test
    void theTabShowsMinglesMarkAsSvgWithAPngBesideIt() throws Exception {
        var svg = page.selectFirst("link[rel=icon][type=image/svg+xml]");
        var png = page.selectFirst("link[rel=icon][sizes=32x32]");
        var touch = page.selectFirst("link[rel=apple-touch-icon]");
        assertThat(svg).isNotNull();
        assertThat(png).isNotNull();
        assertThat(touch).isNotNull();

        var mark = get(URI.create(svg.absUrl("href")));
        assertThat(mark.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
        assertThat(mark.body()).startsWith("<svg ").contains("<circle");
        assertPng(png.absUrl("href"), 32);
        assertPng(touch.absUrl("href"), 180);
    }

    @Test
    void theManifestMakesMingleInstallable() throws Exception {
        var link = page.selectFirst("link[rel=manifest]");
        assertThat(link).isNotNull();
        var manifestUrl = URI.create(link.absUrl("href"));
        var response = get(manifestUrl);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/manifest+json"));

        JsonNode manifest = new ObjectMapper().readTree(response.body());

        assertThat(manifest.path("name").asText()).isEqualTo("Mingle");
        assertThat(manifest.path("short_name").asText()).isEqualTo("Mingle");
        assertThat(manifest.path("display").asText()).isEqualTo("standalone");
        assertThat(manifestUrl.resolve(manifest.path("start_url").asText())).isEqualTo(server.getURI().resolve("/"));
        assertThat(manifest.path("theme_color").asText()).isEqualTo(MingleAppShell.THEME_COLOR)
                .isEqualTo(page.selectFirst("meta[name=theme-color]").attr("content"));
        var sizes = new ArrayList<String>();
        for (JsonNode icon : manifest.path("icons")) {
            if (icon.path("type").asText().equals("image/png")) {
                String size = icon.path("sizes").asText();
                sizes.add(size);
                assertPng(manifestUrl.resolve(icon.path("src").asText()).toString(),
                        Integer.parseInt(size.substring(0, size.indexOf('x'))));
            }
        }
        assertThat(sizes).contains("192x192", "512x512");
    }

    private void assertPng(String url, int size) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(url)).build(), BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).as(url).hasValue("image/png");
        var image = ImageIO.read(new ByteArrayInputStream(response.body()));
        assertThat(image.getWidth()).as(url).isEqualTo(size);
        assertThat(image.getHeight()).as(url).isEqualTo(size);
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        var response = http.send(HttpRequest.newBuilder(uri).build(), BodyHandlers.ofString());
        assertThat(response.statusCode()).as(uri.toString()).isEqualTo(200);
        return response;
    }
}
