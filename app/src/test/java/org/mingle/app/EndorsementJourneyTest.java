package org.mingle.app;

import static org.mingle.db.jooq.Tables.EVENTS;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.accounts.SignUp;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.connections.ConnectionSource;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.profiles.ProfileService;
import org.openqa.selenium.By;

/**
 * In a real browser at phone width: after an event, one attendee endorses another from "My network"; the endorsed
 * person approves it on their endorsements page under "My profile"; then the count shows on their person page.
 */
@MicronautTest(transactional = false)
class EndorsementJourneyTest extends BrowserJourneys {

    private static final String PASSWORD = "lantern pebble harbour 2031";

    @Inject
    ProfileService profiles;
    @Inject
    ConnectionService connections;
    @Inject
    DSLContext sql;

    @Test
    void anAttendeeEndorsesAConnectionWhoApprovesItAndTheCountShows() {
        var organizer = account("Olga Organizer", "olga.endorsement@example.com");
        var ana = account("Ana Anker", "ana.endorsement@example.com");
        var ben = account("Ben Berger", "ben.endorsement@example.com");
        var start = Instant.now().plus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.MINUTES);
        EventId event = events.create(organizer.id(), new EventInput("Storage breakfast", "", start,
                start.plus(Duration.ofHours(2)), "Europe/Berlin", "Hall 3", 20, null, false, 0.5)).id();
        events.publish(organizer.id(), event);
        registrations.register(ana.id(), event);
        registrations.register(ben.id(), event);
        var connection = connections.record(ben.id(), event, ana.id(), ConnectionSource.CODE).connection().id();
        // The breakfast began an hour ago: the two have met.
        var began = Instant.now().minus(Duration.ofHours(1));
        sql.update(EVENTS).set(EVENTS.STARTS_AT, began).set(EVENTS.ENDS_AT, began.plus(Duration.ofHours(2)))
                .where(EVENTS.ID.eq(event)).execute();

        startJourney("Europe/Berlin");
        journey.resize(375, 812);

        // Ben endorses Ana from his network.
        journey.logIn(ben.email().value(), PASSWORD, ben.displayName());
        journey.open("/network?connection=" + connection);
        journey.click("endorse-connection");
        journey.waitFor("endorse-topics");
        journey.checkAccessibility();
        journey.browser().findElements(By.cssSelector("#endorse-topics vaadin-checkbox")).get(0).click();
        journey.type("#endorse-note textarea", "Explained her storage pilot to the whole table.");
        journey.click("send-endorsement");
        journey.waitForNotification("Ana Anker is told of your endorsement.");
        journey.waitForText("connection-endorsed", "You endorsed Ana Anker for Battery storage here.");
        journey.click("cancel-connection");
        journey.logOut();

        // Ana approves it; nothing showed before.
        journey.logIn(ana.email().value(), PASSWORD, ana.displayName());
        journey.open("/profile");
        journey.waitForText("my-endorsements-link", "1 waiting for your approval");
        journey.click("my-endorsements-link");
        journey.waitForText("endorsements-pending-heading", "Waiting for your approval (1)");
        journey.waitForText("endorsements-pending", "Explained her storage pilot to the whole table.");
        journey.browser().findElement(By.cssSelector("#endorsements-pending vaadin-button")).click();
        journey.waitForText("endorsements-approved-heading", "Shown on your profile (1)");
        journey.checkAccessibility();
        journey.logOut();

        // Ben sees it on her page.
        journey.logIn(ben.email().value(), PASSWORD, ben.displayName());
        journey.open("/people/" + ana.id() + "?event=" + event);
        journey.waitForText("person-endorsement-topics", "Endorsed for Battery storage by 1 person met at 1 event");
    }

    private Account account(String name, String email) {
        var account = accounts.signUp(new SignUp(email, PASSWORD, name), "127.0.0.1");
        profiles.update(account.id(), new ProfileInput(null, "", "", "", "Energy", null,
                List.of("Battery storage", "Grid"), List.of(), List.of(), List.of(), Map.of()));
        return account;
    }
}
