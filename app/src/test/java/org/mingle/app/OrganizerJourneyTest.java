package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In a real browser: a newcomer signs up, logs out and in again, creates and publishes an event, adds a webhook on a
 * phone-sized screen, finds the event in the list, logs out, and is then refused the organizer pages.
 */
@MicronautTest
class OrganizerJourneyTest extends BrowserJourneys {

    private static final String ZONE = "Europe/Berlin";
    private static final String EMAIL = "journey.organizer@example.com";
    private static final String PASSWORD = "tangerine orbit maple 1987";

    @Test
    void signUpLogInCreatePublishLogOut() throws Exception {
        startJourney(ZONE);
        var browser = journey.browser();
        var wait = journey.await();

        journey.open("/signup");
        journey.type("#signup-name input", "Jo Journey");
        journey.type("#signup-email input", EMAIL);
        journey.type("#signup-password input", PASSWORD);
        journey.click("signup-submit");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user-menu"), "Jo Journey"));

        journey.logOut();
        journey.logIn(EMAIL, PASSWORD, "Jo Journey");

        var day = LocalDate.now(ZoneId.of(ZONE)).plusDays(10);
        journey.open("/events/new");
        wait.until(driver -> ZONE.equals(inputValue("#time-zone")));
        journey.type("#title input", "Browser-made founders mixer");
        journey.type("#venue input", "Betahaus Kreuzberg");
        setValue("#starts-at", day + "T18:30");
        setValue("#ends-at", day + "T21:30");
        journey.type("#capacity input", "60");
        journey.screenshot("create-event-form");
        journey.click("save");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("event-title"), "Browser-made founders mixer"));
        assertThat(browser.findElement(By.id("event-status")).getText()).containsIgnoringCase("draft");
        assertThat(browser.findElement(By.id("event-when")).getText()).contains("18:30");
        journey.click("publish");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("event-status"), "Published"));

        // On a phone, the organizer connects the event to their CRM: the secret shows once, the webhook stays.
        journey.resize(375, 812);
        String eventPath = URI.create(browser.getCurrentUrl()).getPath();
        journey.open(eventPath + "/manage");
        journey.click("open-webhooks");
        journey.type("#webhook-url input", "https://203.0.113.7/hooks/mingle");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#webhook-types vaadin-checkbox"))).click();
        journey.click("webhook-add");
        assertThat(journey.waitFor("webhook-secret-value").getText()).hasSizeGreaterThan(20);
        assertThat(journey.waitFor("webhooks").getText()).contains("https://203.0.113.7/hooks/mingle")
                .contains("registration.created");
        journey.screenshot("webhooks-phone");
        journey.resize(1366, 900);

        journey.open("/events");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("events-list"), "Browser-made founders mixer"));
        assertThat(browser.findElement(By.id("events-list")).getText()).contains("Betahaus Kreuzberg");
        journey.screenshot("events-list-with-created-event");

        journey.logOut();
        journey.open("/events/new");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-email")));
        assertThat(browser.getCurrentUrl()).contains("/login");
        assertThat(browser.findElements(By.id("save"))).isEmpty();
        assertThat(journey.screenshot("refused-after-log-out")).isNotEmptyFile();
    }

    /** Date-time pickers take their value as a property; typing would depend on the browser's date format. */
    private void setValue(String css, String value) {
        journey.browser().executeScript("const field = document.querySelector(arguments[0]); field.value = arguments[1];"
                + "field.dispatchEvent(new CustomEvent('change', {bubbles: true}));", css, value);
    }

    private String inputValue(String css) {
        var inputs = journey.browser().findElements(By.cssSelector(css + " input"));
        return inputs.isEmpty() ? null : inputs.get(0).getAttribute("value");
    }
}
