package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.accounts.SignUp;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.connections.ConnectionSource;
import org.mingle.domain.connections.NotesPatch;
import org.mingle.domain.contacts.ContactService;
import org.mingle.domain.contacts.KeepInTouchEvery;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventInput;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In a real browser, on a phone (375 px): Ana met Ben at a breakfast and noted what they talked about. From "My
 * network" she opens Ben's page, sees the timeline and the mixer where both will be, and keeps in touch every 90 days.
 */
@MicronautTest(transactional = false) // what the test creates must be committed for the server to see it
class ContactsJourneyTest extends BrowserJourneys {

    private static final String ZONE = "Europe/Berlin";
    private static final String PASSWORD = "copper kettle meadow 2048";

    @Inject
    ConnectionService connections;
    @Inject
    ContactService contacts;

    @Test
    void anAttendeeOpensAContactsTimelineAndKeepsInTouch() throws Exception {
        var organizer = account("Olga Organizer", "olga.contacts@example.com");
        var ana = account("Ana Alves", "ana.contacts@example.com");
        var ben = account("Ben Bauer", "ben.contacts@example.com");
        var breakfast = event(organizer, "Spring climate breakfast", 1);
        var mixer = event(organizer, "Summer climate mixer", 9);
        for (Account person : List.of(ana, ben)) {
            registrations.register(person.id(), breakfast);
            registrations.register(person.id(), mixer);
        }
        var met = connections.record(ana.id(), breakfast, ben.id(), ConnectionSource.CODE).connection().id();
        connections.update(ana.id(), met, new NotesPatch(Optional.of("Co-ops and grid tariffs; send the pilot deck"),
                null, null, null, null));

        startJourney(ZONE);
        var wait = journey.await();
        journey.resize(375, 812);
        journey.logIn(ana.email().value(), PASSWORD, ana.displayName());

        journey.open("/network");
        journey.click("connection-" + met + "-timeline");
        journey.waitForText("contact-timeline", "Co-ops and grid tariffs");
        assertThat(journey.browser().findElements(By.cssSelector("#contact-timeline [data-kind]")))
                .extracting(item -> item.getAttribute("data-kind")).containsExactly("NOTE", "CONNECTED");
        assertThat(journey.waitFor("contact-upcoming").getText()).contains("Spring climate breakfast",
                "Summer climate mixer");
        journey.checkAccessibility();
        journey.screenshot("contact-timeline-phone");

        journey.click("keep-in-touch");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-select-item[normalize-space()='90 days']"))).click();
        journey.waitForNotification("You will be reminded to get in touch with Ben Bauer every 90 days.");
        journey.waitForText("keep-in-touch-due", "Time to get in touch from ");
        assertThat(contacts.contact(ana.id(), ben.id()).keepInTouchEvery()).isEqualTo(KeepInTouchEvery.P90D);
        assertThat((Long) journey.browser().executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .as("nothing wider than the phone").isLessThanOrEqualTo(0L);
        journey.checkAccessibility();
        journey.screenshot("contact-keep-in-touch-phone");
    }

    private EventId event(Account organizer, String title, int days) {
        var start = Instant.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.HOURS);
        var draft = events.create(organizer.id(), new EventInput(title, "Coffee and introductions.", start,
                start.plus(Duration.ofHours(3)), ZONE, "Motorwerk", 60, null, false, 0.4));
        return events.publish(organizer.id(), draft.id()).id();
    }

    private Account account(String name, String email) {
        return accounts.signUp(new SignUp(email, PASSWORD, name), "192.0.2.10");
    }
}
