package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.accounts.SignUp;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.profiles.ProfileService;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In a real browser, on a phone (375 px): Ana says "not for me" to a suggestion, takes it back after a mis-tap, then
 * passes on two fintech people as not relevant; the last fintech card is still there and says fintech weighs less.
 */
@MicronautTest(transactional = false) // what the test creates must be committed for the server to see it
class DismissJourneyTest extends BrowserJourneys {

    private static final String ZONE = "Europe/Berlin";
    private static final String PASSWORD = "copper kettle meadow 2042";

    @Inject
    ProfileService profiles;

    @Test
    void anAttendeeDismissesUndoesAndSeesWhatHerChoicesTaught() throws Exception {
        var organizer = account("Olga Organizer", "olga.dismiss@example.com");
        var ana = account("Ana Alves", "ana.dismiss@example.com");
        var ben = account("Ben Bauer", "ben.dismiss@example.com");
        var cid = account("Cid Costa", "cid.dismiss@example.com");
        var dan = account("Dan Dias", "dan.dismiss@example.com");
        var eve = account("Eve Ernst", "eve.dismiss@example.com");
        var event = event(organizer, "Fintech and sailing night");
        profile(ana, List.of("Fintech", "Sailing"));
        for (Account person : List.of(ben, cid, dan)) {
            profile(person, List.of("Fintech"));
        }
        profile(eve, List.of("Sailing", "Chess", "Go", "Tea"));
        for (Account person : List.of(ana, ben, cid, dan, eve)) {
            registrations.register(person.id(), event);
        }

        startJourney(ZONE);
        var wait = journey.await();
        journey.resize(375, 812);
        journey.logIn(ana.email().value(), PASSWORD, ana.displayName());
        journey.open("/events/" + event + "/people");
        journey.waitFor("person-" + ben.id());

        journey.click("not-for-me-" + ben.id());
        journey.waitFor("dismiss-not-now");
        journey.checkAccessibility();
        journey.screenshot("dismiss-reasons-phone");
        journey.click("dismiss-not-now");
        journey.waitForNotification("Ben Bauer will not be suggested to you again.");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("person-" + ben.id())));
        journey.checkAccessibility();
        journey.screenshot("dismiss-undo-phone");

        journey.click("dismiss-undo");
        journey.waitForNotification("Ben Bauer is back among your suggestions.");
        journey.waitFor("person-" + ben.id());

        for (Account passedOn : List.of(ben, cid)) {
            journey.click("not-for-me-" + passedOn.id());
            journey.click("dismiss-not-relevant");
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("person-" + passedOn.id())));
        }
        var reasons = journey.waitFor("reasons-" + dan.id());
        wait.until(ExpectedConditions.textToBePresentInElement(reasons,
                "Less weight on Fintech: you passed on 2 people for it"));
        assertThat(journey.browser().findElements(By.cssSelector("#reasons-" + dan.id() + " [data-kind='LEARNED']")))
                .hasSize(1);
        var cards = journey.browser().findElements(By.cssSelector("#people-list .person-card"));
        assertThat(cards).extracting(card -> card.getAttribute("data-account-id"))
                .as("the sailor now comes first").containsExactly(eve.id().toString(), dan.id().toString());
        journey.checkAccessibility();
        journey.screenshot("dismiss-learned-phone");
    }

    private void profile(Account person, List<String> interests) {
        profiles.update(person.id(), new ProfileInput(null, "Here for the people", "", "", "", null, interests,
                List.of(), List.of(), List.of(), Map.of()));
    }

    private EventId event(Account organizer, String title) {
        var start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
        var draft = events.create(organizer.id(), new EventInput(title, "Drinks and introductions.", start,
                start.plus(Duration.ofHours(3)), ZONE, "Motorwerk", 60, null, false, 0.4));
        return events.publish(organizer.id(), draft.id()).id();
    }

    private Account account(String name, String email) {
        return accounts.signUp(new SignUp(email, PASSWORD, name), "192.0.2.10");
    }
}
