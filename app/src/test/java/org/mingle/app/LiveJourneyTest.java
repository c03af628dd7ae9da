package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.accounts.SignUp;
import org.mingle.domain.events.EventInput;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Two browsers on phone-sized screens, and nobody reloads a page: Bob asks Ada for a meeting, and Ada's open page
 * shows it at once (a toast, the bell's count); she accepts, and Bob's page tells him. Then the organizer has the
 * dashboard open on one device and checks Ada in at the door on the other; the dashboard counts her.
 */
@MicronautTest(transactional = false)
class LiveJourneyTest extends BrowserJourneys {

    private static final String ZONE = "Europe/Vienna";
    private static final String PASSWORD = "lantern pebble harbour 2031";

    private Journey first;
    private Journey second;

    @AfterEach
    void closeBrowsers() {
        for (var journey : new Journey[] {first, second}) {
            if (journey != null) {
                journey.close();
            }
        }
    }

    @Test
    void aMeetingRequestAndACheckInShowOnTheOtherPersonsOpenPage() throws Exception {
        var olga = account("Olga Organizer", "olga.live@example.com");
        var ada = account("Ada Lovelace", "ada.live@example.com");
        var bob = account("Bob Babbage", "bob.live@example.com");
        var zone = ZoneId.of(ZONE);
        var day = LocalDate.now(zone).plusDays(7);
        var draft = events.create(olga.id(), new EventInput("Vienna founders night", "Meet the room.",
                day.atTime(18, 0).atZone(zone).toInstant(), day.atTime(21, 0).atZone(zone).toInstant(), ZONE,
                "Talent Garden", 50, null, false, 0.3));
        var event = events.publish(olga.id(), draft.id()).id();
        var adaAt = registrations.register(ada.id(), event);
        registrations.register(bob.id(), event);
        String eventPage = "/events/" + event;

        first = phone();
        second = phone();
        first.logIn(ada.email().value(), PASSWORD, ada.displayName());
        first.open(eventPage);
        first.await().until(ExpectedConditions.attributeToBe(By.id("nav-bell"), "data-unread", "1")); // confirmed

        second.logIn(bob.email().value(), PASSWORD, bob.displayName());
        second.open(eventPage);
        second.click("home-people");
        second.click("request-" + ada.id());
        second.type("#request-message textarea", "Coffee before the talks?");
        second.click("send-request");
        second.waitForText("state-" + ada.id(), "Requested");

        first.waitForNotification("Bob Babbage would like to meet you");
        first.await().until(ExpectedConditions.attributeToBe(By.id("nav-bell"), "data-unread", "2"));
        first.screenshot("live-request-toast-phone");
        first.click("live-toast-open");
        first.await().until(ExpectedConditions.urlContains("/notifications"));
        first.open(eventPage + "/people?tab=requests");
        first.click("accept-" + bob.id());

        second.waitForNotification("Ada Lovelace accepted your meeting request");

        first.logOut();
        first.logIn(olga.email().value(), PASSWORD, olga.displayName());
        first.open(eventPage + "/manage");
        first.waitForText("count-checked-in", "0");
        second.logOut();
        second.logIn(olga.email().value(), PASSWORD, olga.displayName());
        second.open(eventPage + "/check-in");
        second.type("#checkin-code input", adaAt.checkInCode());
        second.click("checkin-submit");
        second.waitForText("checkin-result", "Ada Lovelace");

        first.waitForText("count-checked-in", "1");
        first.screenshot("live-dashboard-count-phone");
        assertThat(first.waitFor("count-confirmed").getText()).isEqualTo("2");
    }

    private Journey phone() {
        var journey = Journey.start(server.getURL().toString(), ZONE);
        journey.resize(375, 812);
        return journey;
    }

    private Account account(String name, String email) {
        return accounts.signUp(new SignUp(email, PASSWORD, name), "192.0.2.30");
    }
}
