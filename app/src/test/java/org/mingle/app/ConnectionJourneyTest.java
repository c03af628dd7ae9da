package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventInput;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In a real browser: at an event under way, Ben shows his connect code on his phone; Ana, not logged in yet, opens the
 * address its QR code holds, logs in and lands back on the connect page, connected with Ben. She writes a note with a
 * reminder in her network, finds Ben under "Due only", and the navigation counts the follow-up due. Ben finds Ana in
 * his own network, without her note.
 */
@MicronautTest(transactional = false) // what the test creates must be committed for the server to see it
class ConnectionJourneyTest extends BrowserJourneys {

    private static final String ZONE = "Europe/Madrid";
    private static final String TITLE = "Impact founders breakfast";
    private static final String NOTE = "Send Ben the pilot numbers before Friday";

    @Inject
    DataSource dataSource;

    @Test
    void scanningACodeConnectsAfterLogInAndTheFollowUpIsDueInTheNetwork() throws Exception {
        var organizer = signedUp("Olga Organizer", "olga.connections@example.com");
        var ana = signedUp("Ana Alves", "ana.connections@example.com");
        var ben = signedUp("Ben Bauer", "ben.connections@example.com");
        var event = eventUnderWay(organizer, ana, ben);

        startJourney(ZONE);
        var wait = journey.await();

        // Ben, on his phone, shows his connect code.
        journey.resize(375, 812);
        journey.logIn(ben.email().value(), PASSWORD, ben.displayName());
        journey.open("/me/connect");
        String code = journey.waitFor("connect-code").getText().strip();
        assertThat(code).matches("[0-9A-Z]{8}");
        String address = journey.waitFor("connect-url").getText().strip();
        assertThat(address).isEqualTo(server.getURL().toString().replaceAll("/$", "") + "/connect/" + code);
        assertThat(journey.waitFor("connect-qr").getAttribute("src")).startsWith("data:image/svg+xml;base64,");
        journey.screenshot("connections-connect-code-phone");
        journey.logOut();

        // Ana, logged out, opens the address the QR code holds: first the log-in, then straight back.
        journey.resize(1280, 900);
        journey.browser().get(address);
        journey.waitFor("login-email");
        assertThat(journey.browser().getCurrentUrl()).contains("login?continue=connect%2F" + code);
        journey.type("#login-email input", ana.email().value());
        journey.type("#login-password input", PASSWORD);
        journey.click("login-submit");
        journey.waitForText("connect-message", "You and Ben Bauer are connected at " + TITLE + ".");
        assertThat(journey.browser().getCurrentUrl()).endsWith("/connect/" + code);
        assertThat(journey.waitFor("connect-person-name").getText()).isEqualTo("Ben Bauer");
        journey.screenshot("connections-connected");

        // The connection, in her network, opened at once: a note, a reminder that has come, "To contact".
        journey.click("connect-open-network");
        journey.waitFor("connection-note");
        journey.type("#connection-note textarea", NOTE);
        journey.chooseInSelect("connection-follow-up", "To contact");
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        var date = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#connection-remind-at input")));
        // Text that is no day is refused next to the field, in the domain's words, and nothing is saved.
        date.sendKeys("next week");
        date.sendKeys(Keys.ENTER);
        journey.click("save-connection");
        journey.waitForText("connection-remind-at", "The reminder must be a date such as 2026-12-24");
        date.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        date.sendKeys(yesterday);
        date.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.tagName("vaadin-date-picker-overlay")));
        journey.screenshot("connections-notes-dialog");
        journey.click("save-connection");
        journey.waitForNotification("Notes on Ben Bauer saved.");
        journey.waitForText("nav-network-due", "1 due");
        journey.screenshot("connections-network-due-badge");

        // On her phone: "Due only" shows Ben, with the day.
        journey.resize(375, 812);
        journey.open("/network");
        journey.click("network-due-only");
        wait.until(ExpectedConditions.attributeToBe(By.id("network-due-only"), "checked", "true"));
        // The list is drawn again for the filter: read the card as it is then.
        String card = wait.ignoring(StaleElementReferenceException.class).until(driver -> {
            var cards = driver.findElements(By.cssSelector(".connection-card[data-due='true']"));
            return cards.size() == 1 && cards.get(0).getText().contains("Ben Bauer") ? cards.get(0).getText() : null;
        });
        assertThat(card).contains("Met at " + TITLE, "Due " + dayOf(yesterday), "To contact", NOTE);
        assertThat(journey.browser().findElements(By.cssSelector(".connection-card"))).hasSize(1);
        journey.screenshot("connections-network-due-only-phone");
        // The badge is in the drawer, closed on a phone; it still says how many are due.
        assertThat(journey.browser().executeScript("return document.getElementById('nav-network-due').textContent"))
                .isEqualTo("1 due");
        journey.resize(1280, 900);
        journey.logOut();

        // Ben finds Ana in his own network, without her note.
        journey.logIn(ben.email().value(), PASSWORD, ben.displayName());
        journey.open("/network");
        var his = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".connection-card")));
        wait.until(ExpectedConditions.textToBePresentInElement(his, "Ana Alves"));
        assertThat(his.getText()).contains("Met at " + TITLE).doesNotContain(NOTE).doesNotContain("Due");
        journey.resize(375, 812);
        journey.screenshot("connections-network-phone");
    }

    /**
     * A published event both attend, started half an hour ago. A new event cannot start in the past, so it is created
     * for later, the two register, and then its times move to now, as the clock would have moved them.
     */
    private EventId eventUnderWay(Account organizer, Account... attendees) throws Exception {
        var start = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
        var draft = events.create(organizer.id(), new EventInput(TITLE, "Coffee, croissants and introductions.",
                start, start.plus(Duration.ofHours(3)), ZONE, "Impact Hub Madrid", 60, null, false, 0.4));
        var event = events.publish(organizer.id(), draft.id()).id();
        for (Account attendee : attendees) {
            registrations.register(attendee.id(), event);
        }
        var startedAt = Instant.now().minus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.MINUTES);
        try (var connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             var update = connection.prepareStatement(
                     "update events set starts_at = ?, ends_at = ? where id = ?")) {
            update.setTimestamp(1, Timestamp.from(startedAt));
            update.setTimestamp(2, Timestamp.from(startedAt.plus(Duration.ofHours(3))));
            update.setObject(3, event.value());
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        return event;
    }

    /** "28 Nov 2026", as the cards write a day. */
    private static String dayOf(String isoDate) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)
                .format(LocalDate.parse(isoDate));
    }
}
