package org.mingle.web.vaadin;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.SignUp;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventService;
import org.mingle.testsupport.MicronautPostgres;

/**
 * The bridge in the real servlet container: the server module's Jetty runs {@link VaadinServletInitializer} like any
 * contributed initializer, and Vaadin answers its pages, its production bundle and its client-server protocol over
 * HTTP, building the views as Micronaut beans. The log-in is checked here too, because only a real container shows
 * the session cookie changing.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VaadinOverHttpTest implements MicronautPostgres {

    private static final Pattern BUNDLE_SCRIPT = Pattern.compile("src=\"\\./(VAADIN/build/[^\"]+\\.js)\"");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    private static final String EMAIL = "wire@example.org";
    private static final String PASSWORD = "copper cables hum softly";
    /** What a browser sends with a click: Vaadin reads these properties of the DOM event. */
    private static final String CLICK_DATA = "{\"event.screenX\":0,\"event.screenY\":0,\"event.clientX\":0,"
            + "\"event.clientY\":0,\"event.detail\":1,\"event.shiftKey\":false,\"event.ctrlKey\":false,"
            + "\"event.altKey\":false,\"event.metaKey\":false,\"event.button\":0}";

    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    @Inject
    EventService events;

    @Inject
    AccountService accounts;

    private Account organizer;

    @BeforeAll
    void account() {
        organizer = accounts.signUp(new SignUp(EMAIL, PASSWORD, "Wire Organizer"), "192.0.2.1");
    }

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
    void everyScriptOfTheBootstrapPageCarriesTheNonceOfItsPolicy() throws Exception {
        var response = get("/events");

        var policy = Pattern.compile("script-src 'self' 'nonce-([^']+)' 'unsafe-eval'")
                .matcher(response.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertThat(policy.find()).isTrue();
        var scripts = Pattern.compile("<script[^>]*>").matcher(response.body()).results()
                .map(MatchResult::group).toList();
        assertThat(scripts).hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(script -> assertThat(script).contains("nonce=\"" + policy.group(1) + "\""));
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
        assertThat(css.body()).contains(".event-card", ".user-area");
    }

    @Test
    void rendersTheEventListWithDataFromTheDatabase() throws Exception {
        var berlin = ZoneId.of("Europe/Berlin");
        var start = LocalDate.now(berlin).plusDays(20).atTime(19, 0).atZone(berlin);
        var draft = events.create(organizer.id(), new EventInput("Over the wire meetup", "", start.toInstant(),
                start.plusHours(2).toInstant(), "Europe/Berlin", "Kulturbrauerei", 30, null, null, null));
        events.publish(organizer.id(), draft.id());

        var changes = new UiClient().open("events", "");

        assertThat(changes).contains("Over the wire meetup", "Kulturbrauerei", "\"value\":\"events-list\"",
                "\"value\":\"nav-login\"");
    }

    @Test
    void anAnonymousRequestForTheCreateFormGetsTheLogInForm() throws Exception {
        var changes = new UiClient().open("events/new", "");

        assertThat(changes).contains("\"value\":\"login-email\"", "\"value\":\"login-submit\"",
                "continue=events%2Fnew").doesNotContain("\"value\":\"starts-at\"");
    }

    @Test
    void logInChangesTheSessionCookieAndOpensThePageAskedFor() throws Exception {
        var ui = new UiClient();
        var login = ui.open("login", "continue=events%2Fnew");
        String anonymousCookie = ui.cookie;

        var afterLogIn = ui.send(sync(nodeWithId(login, "login-email"), EMAIL) + ","
                + sync(nodeWithId(login, "login-password"), PASSWORD) + ","
                + click(nodeWithId(login, "login-submit")));

        assertThat(ui.cookie).as("a new session id").isNotEqualTo(anonymousCookie);
        assertThat(ui.lastSetCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        // The create form opens, with the signed-in person's menu.
        assertThat(afterLogIn).contains("\"value\":\"starts-at\"", "\"value\":\"user-menu\"", "Wire Organizer");
        // The id from before the log-in is worth nothing now (session fixation).
        assertThat(ui.sendWithCookie(anonymousCookie, "")).contains("sessionExpired");
    }

    @Test
    void aWrongPasswordKeepsTheSessionAnonymous() throws Exception {
        var ui = new UiClient();
        var login = ui.open("login", "");
        String cookie = ui.cookie;

        var answer = ui.send(sync(nodeWithId(login, "login-email"), EMAIL) + ","
                + sync(nodeWithId(login, "login-password"), "not the password") + ","
                + click(nodeWithId(login, "login-submit")));

        assertThat(answer).contains("The email address or password is not correct.");
        assertThat(ui.cookie).isEqualTo(cookie);
    }

    @Test
    void logOutEndsTheSessionAndReloadsOnTheLogInPage() throws Exception {
        var ui = new UiClient();
        var login = ui.open("login", "");
        var afterLogIn = ui.send(sync(nodeWithId(login, "login-email"), EMAIL) + ","
                + sync(nodeWithId(login, "login-password"), PASSWORD) + ","
                + click(nodeWithId(login, "login-submit")));

        var afterLogOut = ui.send(click(nodeWithId(afterLogIn, "logout")));

        assertThat(afterLogOut).contains("login?notice=logged-out");
        assertThat(ui.sendWithCookie(ui.cookie, "")).contains("sessionExpired");
    }

    @Test
    void vaadinsCsrfProtectionRefusesAForeignSecurityKey() throws Exception {
        var ui = new UiClient();
        ui.open("login", "");
        ui.csrfToken = "00000000-0000-0000-0000-000000000000";

        var answer = ui.post(ui.cookie, click(1)).body();

        // Refused before any RPC runs: no changes, and the client is told to resynchronise.
        assertThat(answer).contains("\"changes\":{}", "\"appError\"", "\"syncId\":-1");
    }

    private static String sync(int node, String value) {
        return "{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"value\",\"value\":\""
                + value + "\"}";
    }

    private static String click(int node) {
        return "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"click\",\"data\":" + CLICK_DATA + "}";
    }

    /** The state node of the element with this id attribute, from the changes Vaadin sent the client. */
    private static int nodeWithId(String changes, String id) {
        var attribute = Pattern.compile("\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":\\d+,"
                + "\"value\":\"" + Pattern.quote(id) + "\"}").matcher(changes);
        assertThat(attribute.find()).as("an element with id %s in %s", id, changes).isTrue();
        return Integer.parseInt(attribute.group(1));
    }

    /**
     * Does what Vaadin's client does in a browser: asks for the UI ({@code v-r=init}), reports the browser's route
     * ({@code ui-navigate}), and sends what the user does as RPC messages, with the session cookie and the UI's CSRF
     * token.
     */
    private final class UiClient {

        String cookie;
        String lastSetCookie;
        String csrfToken;
        int syncId;
        int clientId;

        /** Opens a UI at a route; answers the server's changes to the page. */
        String open(String route, String query) throws Exception {
            var init = get("/?v-r=init&location=" + route.replace("/", "%2F")
                    + (query.isEmpty() ? "" : "%3F" + query.replace("%", "%25").replace("=", "%3D")));
            assertThat(init.statusCode()).isEqualTo(200);
            assertThat(init.body()).contains("\"productionMode\":true");
            remember(init);
            var key = SECURITY_KEY.matcher(init.body());
            assertThat(key.find()).isTrue();
            csrfToken = key.group(1);
            return send("{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                    + "\",\"query\":\"" + query + "\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},"
                    + "\"trigger\":\"\"}}");
        }

        String send(String rpc) throws Exception {
            return sendWithCookie(cookie, rpc);
        }

        String sendWithCookie(String sessionCookie, String rpc) throws Exception {
            var response = post(sessionCookie, rpc);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).doesNotContain("\"meta\":{\"appError\"");
            if (sessionCookie.equals(cookie)) {
                remember(response);
                clientId++;
                var sync = SYNC_ID.matcher(response.body());
                if (sync.find()) {
                    syncId = Integer.parseInt(sync.group(1));
                }
            }
            return response.body();
        }

        HttpResponse<String> post(String sessionCookie, String rpc) throws Exception {
            String message = "{\"csrfToken\":\"" + csrfToken + "\",\"rpc\":[" + rpc + "],\"syncId\":" + syncId
                    + ",\"clientId\":" + clientId + "}";
            var request = HttpRequest.newBuilder(server.getURI().resolve("/?v-r=uidl&v-uiId=0"))
                    .header("Cookie", sessionCookie)
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(BodyPublishers.ofString(message))
                    .build();
            return http.send(request, BodyHandlers.ofString());
        }

        private void remember(HttpResponse<String> response) {
            Optional<String> setCookie = response.headers().allValues("Set-Cookie").stream()
                    .filter(value -> value.startsWith("JSESSIONID=")).reduce((first, last) -> last);
            setCookie.ifPresent(value -> {
                lastSetCookie = value;
                cookie = value.split(";")[0];
            });
        }
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
