package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.profiles.ProfileService;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In a real browser on a phone: Bob, asked by Ada, sees why Mingle thinks they should meet and that Ada answers the
 * requests she receives; he declines, suggesting Cleo from his own recommendations. Ada finds the suggestion on her
 * request and in her notifications, and opens Cleo's page from it.
 */
@MicronautTest(transactional = false) // what the test creates must be committed for the server to see it
class DeclineWithSuggestionJourneyTest extends BrowserJourneys {

    private static final String ZONE = "Europe/Berlin";

    @Inject
    ProfileService profiles;
    @Inject
    MeetingRequestService meetings;

    @Test
    void theAddresseeSeesWhyAndDeclinesSuggestingSomeoneWhomTheSenderThenFinds() throws Exception {
        var organizer = signedUp("Olga Organizer", "olga.suggest@example.com");
        var ada = signedUp("Ada Lovelace", "ada.suggest@example.com");
        var bob = signedUp("Bob Babbage", "bob.suggest@example.com");
        var cleo = signedUp("Cleo Clarke", "cleo.suggest@example.com");
        List<Account> earlier = List.of(signedUp("Dan Dahl", "dan.suggest@example.com"),
                signedUp("Eve Evans", "eve.suggest@example.com"), signedUp("Fay Fox", "fay.suggest@example.com"));
        var zone = ZoneId.of(ZONE);
        var day = LocalDate.now(zone).plusDays(10);
        var draft = events.create(organizer.id(), new EventInput("Battery builders breakfast", "Bring questions.",
                day.atTime(8, 0).atZone(zone).toInstant(), day.atTime(11, 0).atZone(zone).toInstant(), ZONE,
                "Hall 2", 80, null, false, 0.3));
        var event = events.publish(organizer.id(), draft.id()).id();
        for (Account person : List.of(ada, bob, cleo, earlier.get(0), earlier.get(1), earlier.get(2))) {
            registrations.register(person.id(), event);
            interests(person, "Batteries", "Grid");
        }
        // Ada has answered every request she received here: three of three.
        for (int i = 0; i < earlier.size(); i++) {
            var asked = meetings.request(earlier.get(i).id(), event, ada.id(), null);
            if (i == 1) {
                meetings.decline(ada.id(), event, asked.id());
            } else {
                meetings.accept(ada.id(), event, asked.id());
            }
        }
        meetings.request(ada.id(), event, bob.id(), "Shall we compare notes on cell suppliers?");
        String adaId = ada.id().toString();
        String bobId = bob.id().toString();

        startJourney(ZONE);
        var wait = journey.await();

        logIn(bob);
        journey.open("/events/" + event + "/my-meetings");
        journey.waitForText("rate-" + adaId, "Answers 3 of 3 requests here");
        journey.waitForText("request-reasons-" + adaId, "Batteries");
        journey.screenshot("request-reasons-and-rate-phone");
        journey.click("decline-" + adaId);
        var cleoChoice = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[@id='decline-suggestion']//vaadin-radio-button[.//label[starts-with(normalize-space(),"
                        + " 'Cleo Clarke')]]")));
        journey.screenshot("decline-with-suggestion-phone");
        wait.until(ExpectedConditions.elementToBeClickable(cleoChoice.findElement(By.tagName("label")))).click();
        wait.until(driver -> "true".equals(cleoChoice.getDomProperty("checked")));
        journey.click("decline-dialog-confirm");
        journey.waitForNotification("Request declined; you suggested Cleo Clarke.");
        journey.waitForText("suggestion-" + adaId, "You suggested Cleo Clarke instead");
        journey.logOut();

        logIn(ada);
        journey.open("/events/" + event + "/my-meetings");
        journey.waitForText("suggestion-" + bobId, "Maybe meet Cleo Clarke instead.");
        journey.screenshot("declined-with-suggestion-phone");
        journey.open("/notifications");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "Bob Babbage declined your meeting request: maybe meet Cleo Clarke instead"));
        journey.open("/events/" + event + "/my-meetings");
        journey.click("suggestion-link-" + bobId);
        journey.waitForText("person-page", "Cleo Clarke");
        assertThat(journey.browser().getCurrentUrl()).contains("/people/" + cleo.id());
    }

    private void interests(Account person, String... interests) {
        profiles.update(person.id(), new ProfileInput(null, "", "", "", "Energy", null, List.of(interests), List.of(),
                List.of(), List.of(), Map.of()));
    }

    /** Signs in on a wide screen, then looks on as a phone does. */
    private void logIn(Account account) {
        journey.resize(1280, 900);
        journey.logIn(account.email().value(), PASSWORD, account.displayName());
        journey.resize(375, 812);
    }
}
