package org.mingle.web.vaadin;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.testsupport.MicronautPostgres;

/** The first answer for a page of the UI, which decides how soon a phone shows it (decision 33). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FirstPageOverHttpTest implements MicronautPostgres {

    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    @Test
    void carriesTheViewsFirstStateAndIsNeverStored() throws Exception {
        var page = get("/events");

        assertThat(page.statusCode()).isEqualTo(200);
        // the view as rendered, and Vaadin's CSRF token: no request for them once the scripts have run
        assertThat(page.body()).contains("\"initial\":", "\"value\":\"events-list\"", "Vaadin-Security-Key");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache, no-store");
    }

    @Test
    void preloadsEveryScriptThePageLoads() throws Exception {
        var page = Jsoup.parse(get("/events").body(), server.getURI().toString());
        var preloads = page.select("link[rel=modulepreload], link[rel=preload][as=script]").stream()
                .map(link -> link.absUrl("href")).toList();

        // the bundle's modules, the icons' chunk the shell needs, and the push client
        assertThat(preloads).anySatisfy(url -> assertThat(url).matches(".*/VAADIN/build/FlowClient-[\\w-]+\\.js"))
                .anySatisfy(url -> assertThat(url).matches(".*/VAADIN/build/generated-flow-imports-[\\w-]+\\.js"))
                .anySatisfy(url -> assertThat(url).matches(".*/VAADIN/build/chunk-[\\w-]+\\.js"))
                .anySatisfy(url -> assertThat(url).contains("/VAADIN/static/push/vaadinPush-min.js?v="));
        for (String url : preloads) {
            var script = http.send(HttpRequest.newBuilder(URI.create(url)).build(), BodyHandlers.discarding());
            assertThat(script.statusCode()).as(url).isEqualTo(200);
            assertThat(script.headers().firstValue("Content-Type")).as(url).hasValue("text/javascript;charset=utf-8");
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(server.getURI().resolve(path)).build(), BodyHandlers.ofString());
    }
}
