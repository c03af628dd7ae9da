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

/** An organizer creates an event through the form in a real browser, publishes it and finds it in the list. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CreateEventJourneyTest implements MicronautPostgres {

    private static final String ZONE = "Europe/Berlin";

    @Inject
    EmbeddedServer server;

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void createPublishAndFindAnEvent() throws Exception {
        browser = Browser.start(ZONE);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        var day = LocalDate.now(ZoneId.of(ZONE)).plusDays(10);

        browser.get(server.getURL() + "/events/new");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#title input")));
        wait.until(driver -> ZONE.equals(property("#time-zone", "value")) || ZONE.equals(inputValue("#time-zone")));

        type("#title input", "Browser-made founders mixer");
        type("#venue input", "Betahaus Kreuzberg");
        setValue("#starts-at", day + "T18:30");
        setValue("#ends-at", day + "T21:30");
        var capacity = browser.findElement(By.cssSelector("#capacity input"));
        capacity.clear();
        capacity.sendKeys("60");
        Browser.screenshot(browser, "create-event-form");
        click("save");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("event-title"), "Browser-made founders mixer"));
        assertThat(browser.findElement(By.id("event-status")).getText()).containsIgnoringCase("draft");
        assertThat(browser.findElement(By.id("event-when")).getText()).contains("18:30");
        click("publish");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("event-status"), "Published"));

        browser.get(server.getURL() + "/events");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("events-list"),
                "Browser-made founders mixer"));
        assertThat(browser.findElement(By.id("events-list")).getText()).contains("Betahaus Kreuzberg");
        var shot = Browser.screenshot(browser, "events-list-with-created-event");
        assertThat(shot).isNotEmptyFile();
    }

    private void click(String id) {
        var button = browser.findElement(By.id(id));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(button)).click();
    }

    private void type(String css, String text) {
        WebElement input = browser.findElement(By.cssSelector(css));
        input.clear();
        input.sendKeys(text);
    }

    /** Date-time pickers take their value as a property; typing would depend on the browser's date format. */
    private void setValue(String css, String value) {
        browser.executeScript("const field = document.querySelector(arguments[0]); field.value = arguments[1];"
                + "field.dispatchEvent(new CustomEvent('change', {bubbles: true}));", css, value);
    }

    private Object property(String css, String name) {
        return browser.executeScript("const e = document.querySelector(arguments[0]); return e ? e[arguments[1]] : null;",
                css, name);
    }

    private String inputValue(String css) {
        var inputs = browser.findElements(By.cssSelector(css + " input"));
        return inputs.isEmpty() ? null : inputs.get(0).getAttribute("value");
    }
}
