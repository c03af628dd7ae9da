package org.mingle.web.vaadin;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountId;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventService;
import org.mingle.testsupport.MicronautPostgres;

/**
 * The bridge in the real servlet container: the server module's Jetty runs {@link VaadinServletInitializer} like any
 * contributed initializer, and Vaadin answers its pages, its production bundle and its client-server protocol over
 * HTTP, building the views as Micronaut beans.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VaadinOverHttpTest implements MicronautPostgres {

    private static final Pattern BUNDLE_SCRIPT = Pattern.compile("src=\"\\./(VAADIN/build/[^\"]+\\.js)\"");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    @Inject
    EventService events;

    @Test
    void answersTheRootWithVaadinsBootstrapPage() throws Exception {
        assertBootstrapPage(get("/"));
    }

    @Test
    void answersAViewAddressWithTheBootstrapPageToo() throws Exception {
        var response = get("/events/new");

        assertBootstrapPage(response);
        // The page sits one level down: relative links climb back to the root.
        assertThat(response.body()).contains("<base href=\"./..\"");
    }

    @Test
    void servesTheProductionBundleAndMinglesStyleSheet() throws Exception {
        var script = BUNDLE_SCRIPT.matcher(get("/").body());
        assertThat(script.find()).as("the page loads the production bundle").isTrue();

        var bundle = get("/" + script.group(1));
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("javascript"));

        var css = get("/styles/mingle.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains(".event-card");
    }

    @Test
    void rendersTheCreateFormAsTheBrowsersClientWouldReceiveIt() throws Exception {
        var changes = openUiAndNavigate("events/new");

        assertThat(changes).contains("\"value\":\"vaadin-app-layout\"", "\"value\":\"vaadin-date-time-picker\"",
                "\"value\":\"starts-at\"", "\"value\":\"time-zone\"", "\"value\":\"save\"");
    }

    @Test
    void rendersTheEventListWithDataFromTheDatabase() throws Exception {
        var berlin = ZoneId.of("Europe/Berlin");
        var start = LocalDate.now(berlin).plusDays(20).atTime(19, 0).atZone(berlin);
        var draft = events.create(AccountId.OPEN_ACCESS_ORGANIZER, new EventInput("Over the wire meetup", "",
                start.toInstant(), start.plusHours(2).toInstant(), "Europe/Berlin", "Kulturbrauerei", 30, null, null,
                null));
        events.publish(AccountId.OPEN_ACCESS_ORGANIZER, draft.id());

        var changes = openUiAndNavigate("events");

        assertThat(changes).contains("Over the wire meetup", "Kulturbrauerei", "\"value\":\"events-list\"");
    }

    /**
     * Does what Vaadin's client does after loading the bootstrap page: asks for the UI ({@code v-r=init}), then
     * reports the browser's route ({@code ui-navigate}). Answers the server's changes to the page.
     */
    private String openUiAndNavigate(String route) throws Exception {
        var init = get("/?v-r=init&location=" + route.replace("/", "%2F"));
        assertThat(init.statusCode()).isEqualTo(200);
        assertThat(init.body()).contains("\"productionMode\":true");
        String cookie = init.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        var key = SECURITY_KEY.matcher(init.body());
        assertThat(key.find()).isTrue();

        String navigation = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route + "\",\"query\":\"\","
                + "\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,"
                + "\"clientId\":0}";
        var request = HttpRequest.newBuilder(server.getURI().resolve("/?v-r=uidl&v-uiId=0"))
                .header("Cookie", cookie)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(BodyPublishers.ofString(navigation))
                .build();
        var response = http.send(request, BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("\"meta\":{\"appError\"");
        return response.body();
    }

    private static void assertBootstrapPage(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body())
                .contains("<title>Mingle</title>")
                .contains("<div id=\"outlet\">")
                .contains("window.Vaadin")
                .contains("styles/mingle.css")
                .contains("width=device-width, initial-scale=1")
                .doesNotContain("Unable to find index.html");
    }

    private HttpResponse<String> get(String path) throws Exception {
        var request = HttpRequest.newBuilder(server.getURI().resolve(path)).GET().build();
        return http.send(request, BodyHandlers.ofString());
    }
}
