package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.mingle.domain.accounts.SignUp;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.server.CspReports;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real browser, under the policies the server sends: a script slipped into a page does not run and is
 * reported; the API reference renders its operations; and the connect address stays on the configured public URL
 * when the browser reached Mingle under another host name.
 */
@MicronautTest(transactional = false)
@Property(name = "mingle.public-url", value = SecurityPolicyJourneyTest.PUBLIC_URL)
class SecurityPolicyJourneyTest extends BrowserJourneys {

    static final String PUBLIC_URL = "https://mingle.example.org";
    private static final String ZONE = "Europe/Lisbon";
    private static final String PASSWORD = "saffron kettle drifts 2031";

    @Inject
    CspReports reports;
    @Inject
    ConnectionService connections;

    @Test
    void aScriptSlippedIntoAPageDoesNotRunAndIsReported() throws Exception {
        startJourney(ZONE);
        journey.open("/login");
        long before = reports.count();

        journey.browser().executeScript("var script = document.createElement('script');"
                + "script.textContent = 'window.injected = true';"
                + "document.head.appendChild(script);");

        assertThat(journey.browser().executeScript("return window.injected === true")).isEqualTo(false);
        new WebDriverWait(journey.browser(), Duration.ofSeconds(10)).until(driver -> reports.count() > before);
        assertThat(reports.recent()).last().asString().startsWith("directive script-src-elem blocked inline on "
                + server.getURL() + "/login");
        // The check every journey makes when it closes sees it too.
        assertThat(journey.takePolicyViolations()).singleElement().asString()
                .contains("inline script violates the following Content Security Policy directive");
    }

    @Test
    void theApiReferenceRendersItsOperations() {
        startJourney(ZONE);

        // A deep link to a tag: Swagger UI draws only the operations in view once a document has as many as Mingle's
        // (over 130), so the page is asked for the Events tag rather than counted whole.
        journey.browser().get(server.getURL() + "/api/docs#/Events");

        var wait = journey.await();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".info .title"), "Mingle API"));
        wait.until(driver -> ((Number) journey.browser().executeScript(
                "return window.ui ? window.ui.specSelectors.operations().size : 0")).intValue() > 100);
        wait.until(driver -> driver.findElements(By.cssSelector(".opblock-summary-path")).stream()
                .anyMatch(path -> path.getText().equals("/api/events")));
        assertThat(journey.browser().findElements(By.cssSelector(".opblock"))).isNotEmpty();
    }

    @Test
    void theConnectAddressIsThePublicUrlWhateverHostTheBrowserUsed() {
        var ana = accounts.signUp(new SignUp("ana.policy@example.org", PASSWORD, "Ana Policy"), "192.0.2.20");
        String code = connections.myCode(ana.id()).value();
        // The browser reaches this server as evil.example, so its requests name that host.
        journey = Journey.start("http://evil.example:" + server.getPort(), ZONE,
                "--host-resolver-rules=MAP evil.example 127.0.0.1");

        journey.logIn("ana.policy@example.org", PASSWORD, "Ana Policy");
        journey.open("/me/connect");

        assertThat(journey.browser().getCurrentUrl()).startsWith("http://evil.example:");
        journey.waitForText("connect-url", PUBLIC_URL + "/connect/" + code);
        assertThat(journey.waitFor("connect-qr").getAttribute("alt"))
                .isEqualTo("QR code of your connect page " + PUBLIC_URL + "/connect/" + code);
    }
}
