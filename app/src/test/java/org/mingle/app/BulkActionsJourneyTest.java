package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.accounts.SignUp;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.registration.RegistrationCounts;
import org.openqa.selenium.WebElement;

/**
 * In a real browser on a phone-sized screen: an organizer picks four of five people waiting for approval at a
 * three-seat event and approves them at once (three get the seats, one stays pending), declines the fifth after a
 * confirmation, messages three picked people, and adds a walk-in by the address of their account.
 */
@MicronautTest(transactional = false) // what the test creates must be committed for the server to see it
class BulkActionsJourneyTest extends BrowserJourneys {

    private static final String ZONE = "Europe/Berlin";
    private static final String PASSWORD = "meadow copper lantern 2044";
    /** The grid's check box in the row that shows this name (the grid draws rows into slots of its own). */
    private static final String ROW_CHECKBOX = """
            const grid = document.getElementById('registrations-grid');
            const name = Array.from(grid.querySelectorAll('vaadin-grid-cell-content'))
                .find(content => content.textContent.trim() === arguments[0]);
            if (!name || !name.assignedSlot) {
                return null;
            }
            const row = name.assignedSlot.parentElement.parentElement;
            return Array.from(row.querySelectorAll('slot'))
                .flatMap(slot => slot.assignedElements())
                .map(content => content.querySelector('vaadin-checkbox'))
                .find(box => box !== null);
            """;

    @Test
    void approveSeveralDeclineOneMessageThePickedAndAddAWalkIn() throws Exception {
        var organizer = account("Petra Picker", "petra.bulk@example.com");
        var names = List.of("Ana Arden", "Ben Brook", "Cleo Crane", "Dev Dale", "Eli East");
        var hopefuls = new ArrayList<Account>();
        for (var name : names) {
            hopefuls.add(account(name, name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.com"));
        }
        var walkIn = account("Wes Walkin", "wes.walkin@example.com");
        var zone = ZoneId.of(ZONE);
        var day = LocalDate.now(zone).plusDays(12);
        var draft = events.create(organizer.id(), new EventInput("Three-seat tasting", "Curated guest list.",
                day.atTime(19, 0).atZone(zone).toInstant(), day.atTime(21, 0).atZone(zone).toInstant(), ZONE,
                "Markthalle Neun", 3, null, true, 0.5));
        var event = events.publish(organizer.id(), draft.id()).id();
        hopefuls.forEach(person -> registrations.register(person.id(), event));

        startJourney(ZONE);
        journey.resize(375, 812);
        journey.logIn(organizer.email().value(), PASSWORD, organizer.displayName());
        journey.open("/events/" + event + "/manage");
        waitForContent("count-pending", "5");

        for (var name : names.subList(0, 4)) {
            pick(name);
        }
        journey.waitForText("bulk-summary", "4 selected");
        assertThat(journey.waitFor("bulk-approve").getText()).isEqualTo("Approve 4");
        journey.screenshot("bulk-actions-phone");
        journey.click("bulk-approve");
        journey.waitForNotification("Approved 3; 1 stays pending: the event is full.");
        waitForContent("count-confirmed", "3");

        pick("Eli East");
        journey.waitForText("bulk-summary", "1 selected");
        journey.click("bulk-decline");
        journey.waitFor("bulk-decline-confirm");
        journey.click("bulk-decline-confirm");
        journey.waitForNotification("Declined 1.");
        waitForContent("count-pending", "1");

        for (var name : List.of("Ana Arden", "Ben Brook", "Dev Dale")) {
            pick(name);
        }
        journey.waitForText("bulk-summary", "3 selected, 1 waiting for approval");
        journey.click("bulk-message");
        journey.type("#selection-message-subject input", "Bring your own glass");
        journey.type("#selection-message-body textarea", "We keep the tasting plastic-free. See you on the night.");
        journey.screenshot("bulk-message-phone");
        journey.click("selection-message-send");
        journey.waitForNotification("Sent to 3 people.");
        waitForContent("messages-sent", "selected registrants · sent to 3");

        journey.click("add-registrant");
        journey.type("#add-registrant-email input", "nobody.known@example.com");
        journey.click("add-registrant-submit");
        journey.waitForText("add-registrant-email", "No Mingle account uses nobody.known@example.com");
        journey.type("#add-registrant-email input", walkIn.email().value());
        journey.click("add-registrant-submit");
        journey.waitForNotification("The event is full: Wes Walkin is on the waitlist, position 1.");
        waitForContent("count-waitlisted", "1");
        journey.screenshot("bulk-dashboard-after-phone");

        assertThat(registrations.counts(organizer.id(), event)).isEqualTo(new RegistrationCounts(3, 1, 1, 0));
    }

    /**
     * Waits until the element holds the text, on screen or scrolled away (the counts sit above the grid, which fills
     * a phone's screen).
     */
    private void waitForContent(String id, String text) {
        journey.await().until(driver -> String.valueOf(journey.browser().executeScript(
                "const element = document.getElementById(arguments[0]); return element && element.textContent;", id))
                .contains(text));
    }

    /** Ticks the row of this person, as a thumb would. */
    private void pick(String name) {
        var box = journey.await().until(driver -> (WebElement) journey.browser().executeScript(ROW_CHECKBOX, name));
        journey.browser().executeScript("arguments[0].scrollIntoView({block: 'center'});", box);
        box.click();
    }

    private Account account(String name, String email) {
        return accounts.signUp(new SignUp(email, PASSWORD, name), "192.0.2.10");
    }
}
