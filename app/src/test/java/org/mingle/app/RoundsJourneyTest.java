package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.profiles.ProfileService;

/**
 * In a real browser: the organizer plans three speed-networking rounds for the people checked in, sees the grid and
 * announces the first round; an attendee, on a phone-sized screen, sees the call, their table and who they meet in
 * each round.
 */
@MicronautTest(transactional = false) // what the test creates must be committed for the server to see it
class RoundsJourneyTest extends BrowserJourneys {

    private static final String ZONE = "Europe/Amsterdam";

    @Inject
    ProfileService profiles;

    @Test
    void theOrganizerPlansThreeRoundsForThoseCheckedInAndAnAttendeeSeesTheirTables() throws Exception {
        var organizer = signedUp("Olga Organizer", "olga.rounds@example.com");
        var day = LocalDate.now(ZoneId.of(ZONE)).plusDays(7);
        var zone = ZoneId.of(ZONE);
        var draft = events.create(organizer.id(), new EventInput("Open source speed networking", "Eight minutes each.",
                day.atTime(18, 0).atZone(zone).toInstant(), day.atTime(21, 0).atZone(zone).toInstant(), ZONE,
                "Pakhuis de Zwijger", 40, null, false, 0.4));
        var event = events.publish(organizer.id(), draft.id()).id();
        List<Account> attendees = new ArrayList<>();
        for (String name : List.of("Ada Lovelace", "Bob Babbage", "Cleo Codd", "Dan Dijkstra", "Eve Engelbart")) {
            var person = signedUp(name, name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.')
                    + ".rounds@example.com");
            profiles.update(person.id(), new ProfileInput(null, name.split(" ")[0] + " builds open source tools", "",
                    "", "Software", null, List.of("Open source", "Rust"), List.of(), List.of(), List.of(), Map.of()));
            var registration = registrations.register(person.id(), event);
            registrations.checkIn(organizer.id(), event, registration.checkInCode());
            attendees.add(person);
        }

        startJourney(ZONE);
        journey.logIn(organizer.email().value(), PASSWORD, organizer.displayName());
        journey.open("/events/" + event + "/manage");
        journey.click("open-rounds");
        journey.type("#rounds-count input", "3");
        journey.click("generate-rounds");
        journey.waitForNotification("3 rounds planned for 5 people.");
        for (int round = 1; round <= 3; round++) {
            journey.waitForText("round-" + round + "-heading", "Round " + round);
            assertThat(journey.waitFor("round-" + round + "-table-1").getText()).startsWith("Table 1:");
        }
        journey.screenshot("rounds-organizer-grid");
        journey.click("announce-round");
        journey.waitForNotification("Round 1 announced");
        journey.waitFor("round-1-announced");
        journey.logOut();

        var ada = attendees.get(0);
        journey.resize(375, 812);
        journey.logIn(ada.email().value(), PASSWORD, ada.displayName());
        journey.open("/events/" + event);
        journey.click("home-rounds");
        assertThat(journey.waitFor("round-call").getText()).startsWith("Round 1 has been called:");
        for (int round = 1; round <= 3; round++) {
            var card = journey.waitFor("my-round-" + round);
            String title = journey.waitFor("my-round-" + round + "-title").getText();
            assertThat(title).startsWith("Round " + round);
            if (card.getAttribute("data-table") != null && !card.getAttribute("data-table").isBlank()) {
                assertThat(title).contains("Table " + card.getAttribute("data-table"));
                assertThat(card.getText()).contains("builds open source tools").contains("Open source");
            } else {
                assertThat(card.getText()).contains("You rest this round");
            }
        }
        journey.screenshot("rounds-attendee-phone");
    }
}
