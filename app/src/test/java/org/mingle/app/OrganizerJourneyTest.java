package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.testsupport.MicronautPostgres;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real browser: a newcomer signs up, logs out and in again, creates and publishes an event, finds it in the
 * list, logs out, and is then refused the organizer pages.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganizerJourneyTest implements MicronautPostgres {

    private static final String ZONE = "Europe/Berlin";
    private static final String EMAIL = "journey.organizer@example.com";
    private static final String PASSWORD = "tangerine orbit maple 1987";

    @Inject
    EmbeddedServer server;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void signUpLogInCreatePublishLogOut() throws Exception {
        browser = Browser.start(ZONE);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        open("/signup");
        type("#signup-name input", "Jo Journey");
        type("#signup-email input", EMAIL);
        type("#signup-password input", PASSWORD);
        click("signup-submit");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user-menu"), "Jo Journey"));

        logOut();
        open("/login");
        type("#login-email input", EMAIL);
        type("#login-password input", PASSWORD);
        click("login-submit");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user-menu"), "Jo Journey"));

        var day = LocalDate.now(ZoneId.of(ZONE)).plusDays(10);
        open("/events/new");
        wait.until(driver -> ZONE.equals(inputValue("#time-zone")));
        type("#title input", "Browser-made founders mixer");
        type("#venue input", "Betahaus Kreuzberg");
        setValue("#starts-at", day + "T18:30");
        setValue("#ends-at", day + "T21:30");
        type("#capacity input", "60");
        Browser.screenshot(browser, "create-event-form");
        click("save");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("event-title"), "Browser-made founders mixer"));
        assertThat(browser.findElement(By.id("event-status")).getText()).containsIgnoringCase("draft");
        assertThat(browser.findElement(By.id("event-when")).getText()).contains("18:30");
        click("publish");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("event-status"), "Published"));

        open("/events");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("events-list"), "Browser-made founders mixer"));
        assertThat(browser.findElement(By.id("events-list")).getText()).contains("Betahaus Kreuzberg");
        Browser.screenshot(browser, "events-list-with-created-event");

        logOut();
        open("/events/new");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-email")));
        assertThat(browser.getCurrentUrl()).contains("/login");
        assertThat(browser.findElements(By.id("save"))).isEmpty();
        assertThat(Browser.screenshot(browser, "refused-after-log-out")).isNotEmptyFile();
    }

    private void open(String path) {
        browser.get(server.getURL() + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout, #login-email, #signup-name")));
    }

    private void logOut() {
        click("user-menu");
        click("logout");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-login")));
    }

    private void click(String id) {
        var element = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private void type(String css, String text) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        input.clear();
        input.sendKeys(text);
    }

    /** Date-time pickers take their value as a property; typing would depend on the browser's date format. */
    private void setValue(String css, String value) {
        browser.executeScript("const field = document.querySelector(arguments[0]); field.value = arguments[1];"
                + "field.dispatchEvent(new CustomEvent('change', {bubbles: true}));", css, value);
    }

    private String inputValue(String css) {
        var inputs = browser.findElements(By.cssSelector(css + " input"));
        return inputs.isEmpty() ? null : inputs.get(0).getAttribute("value");
    }
}
