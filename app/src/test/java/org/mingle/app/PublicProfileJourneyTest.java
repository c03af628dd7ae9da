package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;

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
 * In a real browser at phone width: an attendee adds the event they attended to their profile, turns their public
 * page on under "My profile", and opens it as anyone would, a plain page that passes the same accessibility check.
 */
@MicronautTest(transactional = false)
class PublicProfileJourneyTest extends BrowserJourneys {

    private static final String PASSWORD = "lantern pebble harbour 2032";
    private static final String TITLE = "Public record breakfast";

    @Test
    void anAttendeeKeepsTheEventAndShowsTheirPublicPage() {
        var organizer = account("Olga Organizer", "olga.public@example.com");
        var attendee = account("Pat Public", "pat.public@example.com");
        var start = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.HOURS);
        EventId event = events.create(organizer.id(), new EventInput(TITLE, "Coffee and introductions.", start,
                start.plus(Duration.ofHours(2)), "Europe/Berlin", "Somewhere", 20, null, false, 0.5)).id();
        events.publish(organizer.id(), event);
        registrations.register(attendee.id(), event);
        events.complete(organizer.id(), event);

        startJourney("Europe/Berlin");
        journey.resize(375, 812);
        journey.logIn(attendee.email().value(), PASSWORD, attendee.displayName());

        // "Add to profile" on the event's page.
        journey.open("/events/" + event);
        journey.waitForText("keep-on-profile-button", "Add to profile");
        journey.click("keep-on-profile-button");
        journey.waitForText("keep-on-profile-hint", "This event is on your public profile.");

        // The public page, turned on under My profile.
        journey.open("/profile");
        journey.waitFor("public-page-explanation");
        assertThat(journey.waitFor("public-page-explanation").getText()).contains("anyone on the internet");
        journey.type("#handle input", "Pat-Public");
        journey.click("public-profile");
        journey.click("save-profile");
        journey.waitForText("public-page-link", "/p/pat-public");

        // As anyone sees it: plain HTML, no sign-in needed.
        journey.logOut();
        journey.browser().get(server.getURL() + "/p/pat-public");
        journey.await().until(driver -> !driver.findElements(By.tagName("h1")).isEmpty());
        journey.checkAccessibility();
        assertThat(journey.browser().findElement(By.tagName("h1")).getText()).isEqualTo("Pat Public");
        assertThat(journey.browser().findElement(By.tagName("main")).getText()).contains("1 event attended", TITLE);
        assertThat(journey.browser().getTitle()).isEqualTo("Pat Public · Mingle");
    }

    private Account account(String name, String email) {
        return accounts.signUp(new SignUp(email, PASSWORD, name), "127.0.0.1");
    }
}
