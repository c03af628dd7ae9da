package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.accounts.SignUp;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In a real browser on a phone-sized screen: an organizer starts a group that approves its members; a newcomer finds
 * it, asks to join and sees the request pending; the organizer approves the request on the members page; the newcomer
 * then sees the group under "My groups" with its members. Every screen is checked for accessibility.
 */
@MicronautTest(transactional = false) // what the test creates must be committed for the server to see it
class GroupsJourneyTest extends BrowserJourneys {

    private static final String ZONE = "Europe/Berlin";
    private static final String PASSWORD = "juniper lantern quay 2032";

    @Test
    void anOrganizerStartsAGroupANewcomerAsksToJoinAndIsApproved() throws Exception {
        var organizer = account("Greta Grouper", "greta.groups@example.com");
        var newcomer = account("Nils Newcomer", "nils.groups@example.com");

        startJourney(ZONE);
        journey.resize(375, 812);
        var wait = journey.await();
        journey.logIn(organizer.email().value(), PASSWORD, organizer.displayName());
        journey.open("/groups/new");
        journey.type("#group-name input", "Kreuzberg Rust Circle");
        journey.type("#group-description textarea", "Rustaceans of Kreuzberg meet monthly.");
        journey.type("#group-topics-field input", "Rust, Open source");
        journey.type("#group-city input", "Berlin");
        var approval = journey.browser().findElements(By.cssSelector("#group-policy vaadin-radio-button")).get(1);
        journey.browser().executeScript("arguments[0].scrollIntoView({block: 'center'})", approval);
        approval.click();
        journey.checkAccessibility();
        journey.click("group-save");

        wait.until(ExpectedConditions.urlContains("/g/kreuzberg-rust-circle"));
        assertThat(journey.waitFor("group-topics").getText()).contains("Rust").contains("Open source");
        assertThat(journey.waitFor("group-organizers").getText()).contains("Greta Grouper");
        assertThat(journey.waitFor("group-calendar").getAttribute("href")).endsWith("/calendar.ics");
        journey.waitFor("group-new-event");
        assertThat(journey.waitFor("group-new-series").getAttribute("href")).contains("/series/new?group=");
        journey.checkAccessibility();
        journey.screenshot("group-page-phone");
        journey.logOut();

        journey.logIn(newcomer.email().value(), PASSWORD, newcomer.displayName());
        journey.open("/g/kreuzberg-rust-circle");
        journey.click("group-join");
        journey.waitFor("group-pending");
        assertThat(journey.browser().findElements(By.id("group-new-event"))).isEmpty();
        assertThat(journey.browser().findElements(By.id("group-new-series"))).isEmpty();
        journey.checkAccessibility();
        journey.logOut();

        journey.logIn(organizer.email().value(), PASSWORD, organizer.displayName());
        journey.open("/g/kreuzberg-rust-circle/members");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("group-requests"), "Nils Newcomer"));
        journey.checkAccessibility();
        var approve = journey.browser().findElement(By.cssSelector("#group-requests vaadin-button[theme~='primary']"));
        journey.browser().executeScript("arguments[0].scrollIntoView({block: 'center'})", approve);
        approve.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("group-member-list"), "Nils Newcomer"));
        journey.screenshot("group-members-phone");
        // The group's report: no event has taken place yet, so the figures and the members by month.
        journey.open("/g/kreuzberg-rust-circle/report");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("group-report-members-now"), "2 members"));
        journey.waitFor("group-report-no-events");
        journey.checkAccessibility();
        journey.screenshot("group-report-phone");
        journey.logOut();

        journey.logIn(newcomer.email().value(), PASSWORD, newcomer.displayName());
        journey.open("/me/groups");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-groups-list"), "Kreuzberg Rust Circle"));
        journey.checkAccessibility();
        journey.open("/g/kreuzberg-rust-circle");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("group-members"), "Nils Newcomer"));
        journey.waitFor("group-leave");
        journey.checkAccessibility();
    }

    private Account account(String name, String email) {
        return accounts.signUp(new SignUp(email, PASSWORD, name), "192.0.2.10");
    }
}
