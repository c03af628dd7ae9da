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
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.meetings.MeetingScheduleService;
import org.mingle.domain.meetings.SessionInput;

/**
 * In a real browser: two matches wait for a place until the organizer adds a table, then each gets a time; Ada, on a
 * phone, proposes a later time, and Bob accepts it, after which both see the new time in the event's time zone.
 */
@MicronautTest(transactional = false) // what the test creates must be committed for the server to see it
class MeetingSlotsJourneyTest extends BrowserJourneys {

    private static final String ZONE = "Europe/Lisbon";

    @Inject
    MeetingRequestService meetings;
    @Inject
    MeetingScheduleService schedule;

    @Test
    void matchesGetATimeWhenATableIsAddedAndATimeMovesWhenTheOtherPersonAccepts() throws Exception {
        var organizer = signedUp("Olga Organizer", "olga.slots@example.com");
        var ada = signedUp("Ada Lovelace", "ada.slots@example.com");
        var bob = signedUp("Bob Babbage", "bob.slots@example.com");
        var cleo = signedUp("Cleo Codd", "cleo.slots@example.com");
        var zone = ZoneId.of(ZONE);
        var day = LocalDate.now(zone).plusDays(9);
        var start = day.atTime(18, 0).atZone(zone).toInstant();
        var draft = events.create(organizer.id(), new EventInput("Founders and engineers", "One-to-one meetings.",
                start, day.atTime(21, 0).atZone(zone).toInstant(), ZONE, "LACS", 60, null, false, 0.4));
        var event = events.publish(organizer.id(), draft.id()).id();
        for (Account person : new Account[] {ada, bob, cleo}) {
            registrations.register(person.id(), event);
        }
        schedule.addSession(organizer.id(), event, new SessionInput("Meetings after the talks",
                start.plus(Duration.ofMinutes(60)), start.plus(Duration.ofMinutes(120)), 20));
        var adaBob = meetings.request(ada.id(), event, bob.id(), "Coffee?");
        meetings.accept(bob.id(), event, adaBob.id());
        var adaCleo = meetings.request(cleo.id(), event, ada.id(), null);
        meetings.accept(ada.id(), event, adaCleo.id());

        startJourney(ZONE);
        journey.logIn(organizer.email().value(), PASSWORD, organizer.displayName());
        journey.open("/events/" + event + "/manage");
        journey.click("open-meetings");
        journey.waitFor("waiting-" + adaBob.id());
        journey.waitFor("waiting-" + adaCleo.id());
        journey.type("#table-name input", "Lounge");
        journey.type("#table-seats input", "4");
        journey.click("add-table");
        journey.waitForNotification("Table Lounge added: 4 seats.");
        var first = journey.waitFor("agenda-meeting-" + adaBob.id()).getText();
        var second = journey.waitFor("agenda-meeting-" + adaCleo.id()).getText();
        assertThat(first).contains("Table Lounge", "Ada Lovelace", "Bob Babbage");
        assertThat(second).contains("Table Lounge", "Cleo Codd", "Ada Lovelace");
        journey.waitFor("agenda-none-waiting");
        assertThat(journey.waitFor("agenda-slot-1-heading").getText()).contains("19:00–19:20");
        assertThat(journey.waitFor("agenda-slot-2-heading").getText()).contains("19:20–19:40");
        journey.screenshot("meetings-organizer-agenda");
        journey.logOut();

        String adaId = ada.id().toString();
        String bobId = bob.id().toString();
        journey.resize(375, 812);
        journey.logIn(ada.email().value(), PASSWORD, ada.displayName());
        journey.open("/events/" + event + "/people?tab=matches");
        journey.waitForText("match-" + bobId + "-time", "19:00–19:20");
        assertThat(journey.waitFor("match-" + bobId + "-time").getText()).contains("Table Lounge");
        journey.click("propose-time-" + bobId);
        // The one slot free for both is offered first, already chosen.
        journey.waitForText("propose-slot", "19:40");
        journey.click("send-proposal");
        journey.waitForText("match-" + bobId + "-proposal", "19:40–20:00");
        journey.screenshot("meetings-proposal-phone");
        journey.logOut();

        journey.logIn(bob.email().value(), PASSWORD, bob.displayName());
        journey.open("/events/" + event + "/people?tab=matches");
        journey.waitForText("match-" + adaId + "-proposal", "Ada Lovelace proposes");
        journey.click("accept-time-" + adaId);
        journey.waitForText("match-" + adaId + "-time", "19:40–20:00");
        journey.logOut();

        journey.logIn(ada.email().value(), PASSWORD, ada.displayName());
        journey.open("/events/" + event + "/people?tab=matches");
        journey.waitForText("match-" + bobId + "-time", "19:40–20:00");
    }
}
