package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.accounts.SignUp;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventInput;
import org.openqa.selenium.By;

/**
 * In a real browser at phone width: an attendee reports a test event from its page; the administrator finds the
 * report on the administration page, through the drawer, and unlists the event; the front page no longer lists it,
 * while its page still opens by link and tells its organizer why it is gone from the lists.
 */
@MicronautTest(transactional = false)
@Property(name = "mingle.admin-emails", value = ModerationJourneyTest.ADMIN_EMAIL)
class ModerationJourneyTest extends BrowserJourneys {

    static final String ADMIN_EMAIL = "ada.moderation@example.com";
    private static final String PASSWORD = "lantern pebble harbour 2031";
    private static final String TITLE = "Test event please ignore";

    @Test
    void anAttendeeReportsATestEventAndTheAdministratorUnlistsIt() {
        var admin = account("Ada Admin", ADMIN_EMAIL);
        var organizer = account("Olga Organizer", "olga.moderation@example.com");
        var attendee = account("Alex Attendee", "alex.moderation@example.com");
        var start = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.HOURS);
        EventId event = events.create(organizer.id(), new EventInput(TITLE, "Just trying Mingle out.", start,
                start.plus(Duration.ofHours(2)), "Europe/Berlin", "Nowhere", 20, null, false, 0.5)).id();
        events.publish(organizer.id(), event);

        startJourney("Europe/Berlin");
        journey.resize(375, 812);

        // The attendee reports the event from its page.
        journey.logIn(attendee.email().value(), PASSWORD, attendee.displayName());
        journey.open("/");
        journey.waitForText("events-list", TITLE);
        journey.open("/events/" + event);
        journey.click("report-event");
        journey.waitFor("report-reason");
        journey.checkAccessibility();
        journey.browser().findElements(By.cssSelector("#report-reason vaadin-radio-button")).get(1).click();
        journey.type("#report-details textarea", "Only a test, says the description.");
        journey.click("report-send");
        journey.waitForText("report-sent", "An administrator will look at your report.");
        assertThat(journey.browser().findElements(By.id("report-event")).stream().noneMatch(e -> e.isDisplayed()))
                .isTrue();
        journey.logOut();

        // The administrator finds it through the drawer and unlists the event.
        journey.logIn(admin.email().value(), PASSWORD, admin.displayName());
        journey.click("drawer-toggle");
        journey.click("nav-administration");
        journey.waitFor("reported-subjects");
        assertThat(journey.waitFor("reported-subjects").getText()).contains(TITLE, "1 report",
                "Fake or a test, not a real event", "Only a test, says the description.", "Alex Attendee");
        journey.browser().findElement(By.cssSelector("#reported-subjects button.unlist, "
                + "#reported-subjects vaadin-button.unlist")).click();
        journey.waitForNotification("Unlisted");
        journey.waitFor("reports-empty");
        journey.checkAccessibility();

        // The front page no longer lists it; its page still opens by link.
        journey.open("/");
        journey.waitFor("search");
        assertThat(journey.browser().findElement(By.tagName("body")).getText()).doesNotContain(TITLE);
        journey.logOut();

        journey.logIn(organizer.email().value(), PASSWORD, organizer.displayName());
        journey.open("/events/" + event);
        journey.waitForText("event-title", TITLE);
        journey.waitForText("unlisted-notice", "Unlisted by an administrator");
        assertThat(journey.browser().findElements(By.id("report-event")).stream().noneMatch(e -> e.isDisplayed()))
                .as("the team cannot report its own event").isTrue();
    }

    private Account account(String name, String email) {
        return accounts.signUp(new SignUp(email, PASSWORD, name), "127.0.0.1");
    }
}
