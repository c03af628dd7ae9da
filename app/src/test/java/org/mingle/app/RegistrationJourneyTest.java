package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.events.EventInput;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In a real browser: on an event with one place, Ada registers and is confirmed, Bob registers and is first on the
 * waitlist; Ada cancels and Bob is confirmed at once. At the door the organizer types Bob's check-in code and Enter,
 * as a USB scanner does, on a phone-sized screen, and sees him checked in.
 */
@MicronautTest(transactional = false) // what the test creates must be committed for the server to see it
class RegistrationJourneyTest extends BrowserJourneys {

    private static final String ZONE = "Europe/Berlin";

    @Test
    void registerWaitlistPromotionAfterCancellationAndCheckInByCode() throws Exception {
        var organizer = signedUp("Olga Organizer", "olga.journey@example.com");
        var ada = signedUp("Ada Lovelace", "ada.journey@example.com");
        var bob = signedUp("Bob Babbage", "bob.journey@example.com");
        var day = LocalDate.now(ZoneId.of(ZONE)).plusDays(14);
        var zone = ZoneId.of(ZONE);
        var draft = events.create(organizer.id(), new EventInput("One-seat masterclass", "Bring a laptop.",
                day.atTime(18, 0).atZone(zone).toInstant(), day.atTime(20, 0).atZone(zone).toInstant(), ZONE,
                "Betahaus", 1, null, false, 0.3));
        var event = events.publish(organizer.id(), draft.id());
        String eventPage = "/events/" + event.id();

        startJourney(ZONE);
        var browser = journey.browser();
        var wait = journey.await();

        journey.open(eventPage);
        assertThat(journey.waitFor("login-to-register").getText()).isEqualTo("Log in to register");

        logIn(ada);
        journey.open(eventPage);
        journey.click("register");
        journey.waitForText("registration-status", "You're confirmed");
        journey.screenshot("registration-confirmed");
        journey.logOut();

        logIn(bob);
        journey.open(eventPage);
        journey.click("register");
        journey.waitForText("registration-status", "On the waitlist, position 1");
        journey.screenshot("registration-waitlisted");
        journey.logOut();

        logIn(ada);
        journey.open(eventPage);
        journey.click("cancel-registration");
        journey.click("confirm-cancel-registration");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("register")));
        assertThat(browser.findElements(By.id("registration-status"))).allMatch(status -> !status.isDisplayed());
        journey.logOut();

        logIn(bob);
        journey.open(eventPage);
        journey.waitForText("registration-status", "You're confirmed");
        journey.open("/my-registrations");
        var code = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id^='checkin-code-']")));
        String checkInCode = code.getText().strip();
        String registrationId = code.getAttribute("id").substring("checkin-code-".length());
        var qr = journey.waitFor("checkin-qr-" + registrationId);
        assertThat(qr.getAttribute("src")).startsWith("data:image/svg+xml;base64,");
        assertThat(((Number) browser.executeScript("return arguments[0].naturalWidth;", qr)).intValue())
                .isPositive();
        journey.screenshot("my-registrations-with-qr-code");
        journey.logOut();

        logIn(organizer);
        journey.open(eventPage + "/manage");
        journey.waitForText("count-confirmed", "1");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("registrations-grid"), "Bob Babbage"));
        journey.screenshot("organizer-dashboard");
        journey.resize(375, 812);
        journey.screenshot("organizer-dashboard-phone");
        journey.click("check-in");
        journey.waitForText("checkin-count", "0 / 1 checked in");
        var field = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#checkin-code input")));
        field.sendKeys(checkInCode.toLowerCase(java.util.Locale.ROOT), Keys.ENTER);
        journey.waitForText("checkin-result", "Checked in: Bob Babbage");
        journey.waitForText("checkin-count", "1 / 1 checked in");
        assertThat(field.getAttribute("value")).isEmpty();
        // The field keeps the focus for the next scan.
        assertThat((Boolean) browser.executeScript("const active = document.activeElement;"
                + "return active !== null && active.closest('#checkin-code') !== null;")).isTrue();
        journey.screenshot("check-in-phone");

        browser.switchTo().activeElement().sendKeys(checkInCode, Keys.ENTER);
        journey.waitForText("checkin-result", "Already checked in: Bob Babbage");
    }

    private void logIn(Account account) {
        journey.logIn(account.email().value(), PASSWORD, account.displayName());
    }

}
