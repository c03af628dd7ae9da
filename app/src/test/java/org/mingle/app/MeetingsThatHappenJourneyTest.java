package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingle.db.jooq.Tables.EVENTS;
import static org.mingle.db.jooq.Tables.MEETING_BOOKINGS;
import static org.mingle.db.jooq.Tables.MEETING_BOOKING_PEOPLE;
import static org.mingle.db.jooq.Tables.MEETING_REQUESTS;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.accounts.SignUp;
import org.mingle.domain.availability.AvailabilityService;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.meetings.MeetingRequestId;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.meetings.MeetingScheduleService;
import org.mingle.domain.meetings.SessionInput;
import org.mingle.domain.meetings.TableInput;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.profiles.ProfileService;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Meetings that happen (issue 19), in a real browser at 375 px, through one evening under way: Ada asks Eve to meet
 * and the request expires unanswered; her meeting with Bob is held because she scans his connect code during its
 * slot; in the next slot Cleo does not show, so Ada reports it, sees who is free now, marks herself free and meets
 * Dan, the best match among them, at a table at once.
 */
@MicronautTest(transactional = false) // what the test creates must be committed for the server to see it
class MeetingsThatHappenJourneyTest extends BrowserJourneys {

    private static final String ZONE = "Europe/Berlin";
    private static final String PASSWORD = "lantern pebble harbour 2031";

    @Inject
    ProfileService profiles;
    @Inject
    MeetingRequestService meetings;
    @Inject
    MeetingScheduleService schedule;
    @Inject
    AvailabilityService availability;
    @Inject
    ConnectionService connections;
    @Inject
    DSLContext sql;

    @Test
    void aRequestExpiresAScanMakesAMeetingHeldAndANoShowLeadsToSomeoneFreeNow() throws Exception {
        var organizer = account("Olga Organizer", "olga.happen@example.com", List.of());
        var ada = account("Ada Lovelace", "ada.happen@example.com", List.of("Batteries", "Grid storage"));
        var bob = account("Bob Babbage", "bob.happen@example.com", List.of("Grid storage"));
        var cleo = account("Cleo Codd", "cleo.happen@example.com", List.of("Databases"));
        var dan = account("Dan Dijkstra", "dan.happen@example.com", List.of("Batteries", "Grid storage"));
        var eve = account("Eve Ellis", "eve.happen@example.com", List.of("Batteries"));
        var fay = account("Fay Fermat", "fay.happen@example.com", List.of("Databases"));
        var event = eventUnderWay(organizer, List.of(ada, bob, cleo, dan, eve, fay));
        var adaBob = meetings.request(ada.id(), event, bob.id(), "Grid storage?");
        meetings.accept(bob.id(), event, adaBob.id());
        var adaCleo = meetings.request(cleo.id(), event, ada.id(), null);
        meetings.accept(ada.id(), event, adaCleo.id());
        beganAgo(adaBob.id(), Duration.ofMinutes(5)); // the slot under way
        beganAgo(adaCleo.id(), Duration.ofMinutes(-15)); // the next one
        String adaId = ada.id().toString();
        String bobId = bob.id().toString();
        String cleoId = cleo.id().toString();
        String danId = dan.id().toString();
        String eveId = eve.id().toString();

        startJourney(ZONE);
        journey.resize(375, 812);
        journey.logIn(ada.email().value(), PASSWORD, ada.displayName());

        // A request that nobody answers expires, and says so.
        journey.open("/events/" + event + "/people");
        journey.click("request-" + eveId);
        journey.type("#request-message textarea", "Batteries over coffee?");
        journey.click("send-request");
        journey.waitForNotification("Request sent to Eve Ellis");
        var toEve = sql.select(MEETING_REQUESTS.ID).from(MEETING_REQUESTS)
                .where(MEETING_REQUESTS.EVENT_ID.eq(event), MEETING_REQUESTS.FROM_ACCOUNT.eq(ada.id()),
                        MEETING_REQUESTS.TO_ACCOUNT.eq(eve.id()))
                .fetchSingle(MEETING_REQUESTS.ID);
        sql.update(MEETING_REQUESTS).set(MEETING_REQUESTS.EXPIRES_AT, Instant.now().minusSeconds(60))
                .where(MEETING_REQUESTS.ID.eq(toEve)).execute();
        assertThat(meetings.expireOverdue(100)).as("the sweep that runs every minute").isEqualTo(1);
        journey.open("/events/" + event + "/my-meetings");
        journey.waitForText("request-" + toEve, "Expired unanswered");
        assertThat(journey.waitFor("past-requests").getText()).contains("Eve Ellis");

        // Scanning Bob's code while their slot runs makes the meeting held, without asking either of them.
        journey.open("/me/connect");
        journey.click("connect-code-scan");
        journey.await().until(ExpectedConditions.attributeToBe(By.id("connect-scanner"), "data-camera", "failed"));
        journey.type("#typed-connect-code input", connections.myCode(bob.id()).value().toLowerCase(Locale.ROOT));
        journey.click("typed-connect-submit");
        journey.waitForText("connect-message", "You and Bob Babbage are connected at Open floor.");
        journey.open("/events/" + event + "/my-meetings?tab=matches&meeting=" + adaBob.id());
        journey.waitForText("held-state-" + bobId, "Held");
        assertThat(journey.browser().findElements(By.id("held-met-" + bobId))).isEmpty();

        // Later: Bob's slot is long over, Cleo's has run ten minutes and Cleo is not there.
        beganAgo(adaBob.id(), Duration.ofMinutes(40));
        beganAgo(adaCleo.id(), Duration.ofMinutes(10));
        availability.markFreeFor(dan.id(), event, Duration.ofMinutes(45));
        availability.markFreeFor(fay.id(), event, Duration.ofMinutes(45));
        journey.open("/events/" + event + "/my-meetings?tab=matches&meeting=" + adaCleo.id());
        journey.click("held-no-show-" + cleoId);
        journey.waitForText("held-state-" + cleoId, "No-show");
        journey.waitForText("free-now-person-" + danId, "Dan Dijkstra");
        assertThat(journey.browser().findElements(By.id("free-now-person-" + cleoId)))
                .as("Cleo, who did not come, is not suggested").isEmpty();
        journey.screenshot("meetings-no-show-free-now-phone");

        // Who is free now, best match first and why; Ada says she is free too and asks Dan to meet now.
        journey.open("/events/" + event + "/people");
        journey.waitForText("free-now-status", "Free for a chat?");
        assertThat(journey.waitFor("free-now-list").getText()).as("the best match first")
                .containsSubsequence("Dan Dijkstra", "Fay Fermat");
        assertThat(journey.waitFor("free-reasons-" + danId).getText()).contains("Batteries");
        journey.waitForText("free-until-" + danId, "Free until");
        journey.click("free-now-mark");
        journey.waitForText("free-now-status", "You are free until");
        journey.screenshot("meetings-free-now-phone");
        journey.click("meet-now-" + danId);
        journey.waitForNotification("You asked Dan Dijkstra to meet now");
        journey.logOut();

        journey.logIn(dan.email().value(), PASSWORD, dan.displayName());
        journey.open("/events/" + event + "/my-meetings");
        assertThat(journey.waitFor("incoming-requests").getText()).contains("To meet now");
        journey.click("accept-" + adaId);
        journey.open("/events/" + event + "/my-meetings?tab=matches");
        journey.waitForText("match-" + adaId + "-time", "Bar table");
        journey.open("/events/" + event + "/people");
        journey.waitForText("free-now-status", "Free for a chat?");
        assertThat(journey.waitFor("free-now-list").getText()).as("Ada is at the table with Dan now")
                .doesNotContain("Ada Lovelace").contains("Fay Fermat");
        journey.logOut();

        journey.logIn(bob.email().value(), PASSWORD, bob.displayName());
        journey.open("/events/" + event + "/my-meetings?tab=matches");
        journey.waitForText("held-state-" + adaId, "Held");
        assertThat(journey.browser().findElements(By.id("held-met-" + adaId)))
                .as("a meeting held by a scan asks nothing more").isEmpty();
        assertThat(sql.select(MEETING_BOOKINGS.REQUEST_ID).from(MEETING_BOOKINGS)
                .where(MEETING_BOOKINGS.EVENT_ID.eq(event)).fetch(MEETING_BOOKINGS.REQUEST_ID))
                .as("the held meeting, the no-show and the meeting now").hasSize(3);
    }

    /** An evening that began half an hour ago: a session of twenty-minute slots for all of it, and a table for three pairs. */
    private EventId eventUnderWay(Account organizer, List<Account> attendees) {
        var later = Instant.now().plus(Duration.ofDays(2));
        var event = events.publish(organizer.id(), events.create(organizer.id(), new EventInput("Open floor",
                "Meet whoever is free.", later, later.plus(Duration.ofHours(3)), ZONE, "Café Nord", 60, null, false,
                0.4)).id()).id();
        attendees.forEach(person -> registrations.register(person.id(), event));
        var start = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(30));
        sql.update(EVENTS).set(EVENTS.STARTS_AT, start).set(EVENTS.ENDS_AT, start.plus(Duration.ofHours(3)))
                .where(EVENTS.ID.eq(event)).execute();
        schedule.addSession(organizer.id(), event, new SessionInput("Tables", start, start.plus(Duration.ofHours(3)),
                20));
        schedule.addTable(organizer.id(), event, new TableInput("Bar table", 6));
        return event;
    }

    /** Moves the meeting's slot so that it began {@code ago} before now (after now, when negative). */
    private void beganAgo(MeetingRequestId meeting, Duration ago) {
        Instant begun = Instant.now().minus(ago).truncatedTo(ChronoUnit.SECONDS);
        sql.update(MEETING_BOOKINGS).set(MEETING_BOOKINGS.STARTS_AT, begun)
                .set(MEETING_BOOKINGS.ENDS_AT, begun.plus(Duration.ofMinutes(20)))
                .where(MEETING_BOOKINGS.REQUEST_ID.eq(meeting)).execute();
        sql.update(MEETING_BOOKING_PEOPLE).set(MEETING_BOOKING_PEOPLE.STARTS_AT, begun)
                .where(MEETING_BOOKING_PEOPLE.REQUEST_ID.eq(meeting)).execute();
    }

    private Account account(String name, String email, List<String> interests) {
        var account = accounts.signUp(new SignUp(email, PASSWORD, name), "192.0.2.10");
        profiles.update(account.id(), new ProfileInput(name, "", "", "", "", null, interests, List.of(), List.of(),
                List.of(), Map.of()));
        return account;
    }
}
