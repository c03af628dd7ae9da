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
import org.mingle.domain.accounts.Account;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.SignUp;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventService;
import org.mingle.testsupport.MicronautPostgres;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real browser: on an event with one place, Ada registers and is confirmed, Bob registers and is first on the
 * waitlist; Ada cancels and Bob is confirmed at once. At the door the organizer types Bob's check-in code and Enter,
 * as a USB scanner does, on a phone-sized screen, and sees him checked in.
 */
@MicronautTest(transactional = false) // what the test creates must be committed for the server to see it
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationJourneyTest implements MicronautPostgres {

    private static final String ZONE = "Europe/Berlin";
    private static final String PASSWORD = "lantern pebble harbour 2031";

    @Inject
    EmbeddedServer server;
    @Inject
    AccountService accounts;
    @Inject
    EventService events;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void registerWaitlistPromotionAfterCancellationAndCheckInByCode() throws Exception {
        var organizer = account("Olga Organizer", "olga.journey@example.com");
        var ada = account("Ada Lovelace", "ada.journey@example.com");
        var bob = account("Bob Babbage", "bob.journey@example.com");
        var day = LocalDate.now(ZoneId.of(ZONE)).plusDays(14);
        var zone = ZoneId.of(ZONE);
        var draft = events.create(organizer.id(), new EventInput("One-seat masterclass", "Bring a laptop.",
                day.atTime(18, 0).atZone(zone).toInstant(), day.atTime(20, 0).atZone(zone).toInstant(), ZONE,
                "Betahaus", 1, null, false, 0.3));
        var event = events.publish(organizer.id(), draft.id());
        String eventPage = "/events/" + event.id();

        browser = Browser.start(ZONE);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        open(eventPage);
        assertThat(waitFor("login-to-register").getText()).isEqualTo("Log in to register");

        logIn(ada);
        open(eventPage);
        click("register");
        waitForText("registration-status", "You're confirmed");
        Browser.screenshot(browser, "registration-confirmed");
        logOut();

        logIn(bob);
        open(eventPage);
        click("register");
        waitForText("registration-status", "On the waitlist, position 1");
        Browser.screenshot(browser, "registration-waitlisted");
        logOut();

        logIn(ada);
        open(eventPage);
        click("cancel-registration");
        click("confirm-cancel-registration");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("register")));
        assertThat(browser.findElements(By.id("registration-status"))).allMatch(status -> !status.isDisplayed());
        logOut();

        logIn(bob);
        open(eventPage);
        waitForText("registration-status", "You're confirmed");
        open("/my-registrations");
        var code = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id^='checkin-code-']")));
        String checkInCode = code.getText().strip();
        String registrationId = code.getAttribute("id").substring("checkin-code-".length());
        var qr = waitFor("checkin-qr-" + registrationId);
        assertThat(qr.getAttribute("src")).startsWith("data:image/svg+xml;base64,");
        assertThat(((Number) browser.executeScript("return arguments[0].naturalWidth;", qr)).intValue())
                .isPositive();
        Browser.screenshot(browser, "my-registrations-with-qr-code");
        logOut();

        logIn(organizer);
        open(eventPage + "/manage");
        waitForText("count-confirmed", "1");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("registrations-grid"), "Bob Babbage"));
        Browser.screenshot(browser, "organizer-dashboard");
        browser.manage().window().setSize(new Dimension(375, 812));
        Browser.screenshot(browser, "organizer-dashboard-phone");
        click("check-in");
        waitForText("checkin-count", "0 / 1 checked in");
        var field = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#checkin-code input")));
        field.sendKeys(checkInCode.toLowerCase(java.util.Locale.ROOT), Keys.ENTER);
        waitForText("checkin-result", "Checked in: Bob Babbage");
        waitForText("checkin-count", "1 / 1 checked in");
        assertThat(field.getAttribute("value")).isEmpty();
        // The field keeps the focus for the next scan.
        assertThat((Boolean) browser.executeScript("const active = document.activeElement;"
                + "return active !== null && active.closest('#checkin-code') !== null;")).isTrue();
        Browser.screenshot(browser, "check-in-phone");

        browser.switchTo().activeElement().sendKeys(checkInCode, Keys.ENTER);
        waitForText("checkin-result", "Already checked in: Bob Babbage");
    }

    private Account account(String name, String email) {
        return accounts.signUp(new SignUp(email, PASSWORD, name), "192.0.2.10");
    }

    private void logIn(Account account) {
        open("/login");
        type("#login-email input", account.email().value());
        type("#login-password input", PASSWORD);
        click("login-submit");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user-menu"), account.displayName()));
    }

    private void logOut() {
        click("user-menu");
        click("logout");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-login")));
    }

    private void open(String path) {
        browser.get(server.getURL() + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout, #login-email")));
    }

    private WebElement waitFor(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    private void waitForText(String id, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
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
}
