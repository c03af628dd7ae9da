package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.meetings.MeetingScheduleService;
import org.mingle.domain.meetings.SessionInput;
import org.mingle.domain.meetings.TableInput;

/**
 * In a real browser on a phone: Ada marks Bob "must meet" on his page; the organizer sets the minimum, generates a
 * curated schedule, sees the pair with its reason and publishes it; Bob then finds the meeting in his matches, with
 * its time, its table and why it was arranged.
 */
@MicronautTest(transactional = false) // what the test creates must be committed for the server to see it
class CuratedJourneyTest extends BrowserJourneys {

    private static final String ZONE = "Europe/Lisbon";

    @Inject
    MeetingScheduleService schedule;

    @Test
    void anAttendeeMarksMustMeetTheOrganizerPublishesAndTheOtherSeesWhy() throws Exception {
        var organizer = signedUp("Olga Organizer", "olga.curated@example.com");
        var ada = signedUp("Ada Lovelace", "ada.curated@example.com");
        var bob = signedUp("Bob Babbage", "bob.curated@example.com");
        var cleo = signedUp("Cleo Codd", "cleo.curated@example.com");
        var zone = ZoneId.of(ZONE);
        var day = LocalDate.now(zone).plusDays(9);
        var start = day.atTime(18, 0).atZone(zone).toInstant();
        var draft = events.create(organizer.id(), new EventInput("Hosted buyers evening", "Curated meetings.",
                start, day.atTime(21, 0).atZone(zone).toInstant(), ZONE, "LACS", 60, null, false, 0.4));
        var event = events.publish(organizer.id(), draft.id()).id();
        for (Account person : new Account[] {ada, bob, cleo}) {
            registrations.register(person.id(), event);
        }
        schedule.addSession(organizer.id(), event, new SessionInput("Hosted meetings",
                start.plus(Duration.ofMinutes(60)), start.plus(Duration.ofMinutes(120)), 20));
        schedule.addTable(organizer.id(), event, new TableInput("Lounge", 2));

        startJourney(ZONE);
        journey.resize(375, 812);
        journey.logIn(ada.email().value(), PASSWORD, ada.displayName());
        journey.open("/people/" + bob.id() + "?event=" + event);
        journey.click("mark-must-meet");
        journey.waitForNotification("You marked Bob Babbage “must meet”");
        assertThat(journey.waitFor("mark-must-meet").getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(journey.waitFor("mark-no-thanks").getAttribute("aria-pressed")).isEqualTo("false");
        journey.screenshot("curated-mark-phone");
        journey.logOut();

        journey.logIn(organizer.email().value(), PASSWORD, organizer.displayName());
        journey.open("/events/" + event + "/manage");
        journey.click("open-curated");
        journey.waitFor("curated-draft-none");
        journey.type("#curated-minimum input", "1");
        journey.click("curated-save-settings");
        journey.waitForNotification("Saved: 1 to 6 meetings per person.");
        journey.click("curated-generate");
        journey.waitForText("curated-totals", "1 \"must meet\" wishes honoured");
        String adaAndBob = journey.waitFor("curated-slots").getText();
        assertThat(adaAndBob).contains("Ada Lovelace", "Bob Babbage", "Lounge", "Ada Lovelace asked to meet");
        journey.screenshot("curated-draft-phone");
        journey.click("curated-publish");
        journey.waitForText("curated-publication", "Published:");
        journey.logOut();

        journey.logIn(bob.email().value(), PASSWORD, bob.displayName());
        journey.open("/events/" + event + "/my-meetings?tab=matches");
        String adaId = ada.id().toString();
        journey.waitForText("match-" + adaId + "-reason", "Ada Lovelace asked to meet you");
        assertThat(journey.waitFor("match-" + adaId + "-time").getText()).contains("Lounge");
        journey.screenshot("curated-reason-phone");
    }
}
