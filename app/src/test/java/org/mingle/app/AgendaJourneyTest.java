package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.mingle.domain.accounts.SignUp;
import org.mingle.domain.events.EventInput;
import org.openqa.selenium.By;

/**
 * In a real browser on a phone-sized screen: an organizer puts a talk on the agenda with a speaker found by email
 * address and a guest, and a visitor sees it on the event's page with "Add to calendar".
 */
@MicronautTest(transactional = false) // what the test creates must be committed for the server to see it
class AgendaJourneyTest extends BrowserJourneys {

    private static final String ZONE = "Europe/Berlin";
    private static final String PASSWORD = "harbour violet compass 2047";

    @Test
    void anOrganizerAddsATalkAndAVisitorSeesItOnTheEventPage() throws Exception {
        var organizer = accounts.signUp(new SignUp("olga.agenda@example.com", PASSWORD, "Olga Agenda"), "192.0.2.1");
        accounts.signUp(new SignUp("sam.agenda@example.com", PASSWORD, "Sam Speaker"), "192.0.2.1");
        var zone = ZoneId.of(ZONE);
        var day = LocalDate.now(zone).plusDays(9);
        var draft = events.create(organizer.id(), new EventInput("Heat pump night", "Talks, then tables.",
                day.atTime(18, 0).atZone(zone).toInstant(), day.atTime(21, 0).atZone(zone).toInstant(), ZONE,
                "Factory Berlin", 60, null, false, 0.4));
        var event = events.publish(organizer.id(), draft.id()).id();

        startJourney(ZONE);
        journey.resize(375, 812);
        journey.logIn(organizer.email().value(), PASSWORD, organizer.displayName());
        journey.open("/events/" + event + "/manage");
        journey.click("open-agenda");
        journey.waitFor("agenda-edit-empty");
        journey.click("add-talk");
        journey.type("#talk-title input", "Heat pumps at scale");
        journey.type("#talk-room input", "Main hall");
        journey.type("#talk-speaker-email input", "sam.agenda@example.com");
        journey.click("talk-find-speaker");
        journey.type("#talk-guests textarea", "Greta Guest");
        journey.screenshot("agenda-talk-form-phone");
        journey.click("save-talk");
        journey.waitForNotification("Saved \"Heat pumps at scale\".");
        journey.await().until(driver -> driver.findElements(By.cssSelector("#agenda-edit-talks li")).size() == 1);
        assertThat(journey.browser().findElement(By.cssSelector("#agenda-edit-talks li")).getText())
                .contains("18:00–18:30 · Main hall", "Sam Speaker, Greta Guest (guest)");
        journey.screenshot("agenda-edit-phone");

        journey.logOut();
        journey.open("/events/" + event);
        journey.waitFor("event-agenda");
        var talk = journey.browser().findElement(By.cssSelector("#agenda-talks li"));
        assertThat(talk.getText()).contains("Heat pumps at scale", "Sam Speaker", "Greta Guest (guest)",
                "Add to calendar");
        journey.screenshot("agenda-event-page-phone");
    }
}
