package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingle.db.jooq.Tables.MEETING_BOOKINGS;
import static org.mingle.db.jooq.Tables.MEETING_BOOKING_PEOPLE;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.SignUp;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventService;
import org.mingle.domain.meetings.MeetingRequestId;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.meetings.MeetingScheduleService;
import org.mingle.domain.meetings.SessionInput;
import org.mingle.domain.meetings.TableInput;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.testsupport.MicronautPostgres;
import org.openqa.selenium.By;

/**
 * In a real browser at 375 px: Ada's meeting with Bob is over and her meeting with Cleo is running. She answers "We
 * met" for Bob and waits for his confirmation, then "They didn't show" for Cleo, sees that Dan is free now and asks him
 * to meet; Bob then confirms, and the meeting is held.
 */
@MicronautTest(transactional = false) // what the test creates must be committed for the server to see it
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeldMeetingJourneyTest implements MicronautPostgres {

    private static final String ZONE = "Europe/Lisbon";
    private static final String PASSWORD = "lantern pebble harbour 2031";

    @Inject
    EmbeddedServer server;
    @Inject
    AccountService accounts;
    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;
    @Inject
    MeetingRequestService meetings;
    @Inject
    MeetingScheduleService schedule;
    @Inject
    DSLContext sql;

    private Journey journey;

    @AfterEach
    void closeBrowser() {
        if (journey != null) {
            journey.close();
        }
    }

    @Test
    void adaSaysWhetherHerMeetingsTookPlaceAndFindsSomeoneFreeAfterANoShow() throws Exception {
        var organizer = account("Olga Organizer", "olga.held@example.com");
        var ada = account("Ada Lovelace", "ada.held@example.com");
        var bob = account("Bob Babbage", "bob.held@example.com");
        var cleo = account("Cleo Codd", "cleo.held@example.com");
        var dan = account("Dan Dijkstra", "dan.held@example.com");
        var zone = ZoneId.of(ZONE);
        var day = LocalDate.now(zone).plusDays(9);
        var start = day.atTime(18, 0).atZone(zone).toInstant();
        var draft = events.create(organizer.id(), new EventInput("Founders and engineers", "One-to-one meetings.",
                start, day.atTime(21, 0).atZone(zone).toInstant(), ZONE, "LACS", 60, null, false, 0.4));
        var event = events.publish(organizer.id(), draft.id()).id();
        for (Account person : new Account[] {ada, bob, cleo, dan}) {
            registrations.register(person.id(), event);
        }
        schedule.addSession(organizer.id(), event, new SessionInput("Meetings", start, start.plus(Duration.ofHours(1)),
                20));
        schedule.addTable(organizer.id(), event, new TableInput("Lounge", 10));
        var adaBob = meetings.request(ada.id(), event, bob.id(), "Coffee?");
        meetings.accept(bob.id(), event, adaBob.id());
        var adaCleo = meetings.request(cleo.id(), event, ada.id(), null);
        meetings.accept(ada.id(), event, adaCleo.id());
        beganAgo(adaBob.id(), Duration.ofMinutes(45)); // over five minutes ago
        beganAgo(adaCleo.id(), Duration.ofMinutes(12)); // running: ten minutes in, "Did you meet?"

        String bobId = bob.id().toString();
        String cleoId = cleo.id().toString();
        journey = Journey.start(server.getURL().toString(), ZONE);
        journey.resize(375, 812);
        journey.logIn(ada.email().value(), PASSWORD, ada.displayName());
        journey.open("/events/" + event + "/my-meetings?tab=matches&meeting=" + adaBob.id());
        journey.waitFor("held-met-" + bobId);
        journey.waitFor("held-no-show-" + bobId);
        journey.click("held-met-" + bobId);
        journey.waitForText("held-state-" + bobId, "Waiting for Bob Babbage's confirmation");
        assertThat(journey.browser().findElements(By.id("held-met-" + bobId))).isEmpty();

        journey.click("held-no-show-" + cleoId);
        journey.waitForText("held-state-" + cleoId, "No-show");
        journey.waitForText("free-now-person-" + dan.id(), "Dan Dijkstra");
        assertThat(journey.browser().findElements(By.id("free-now-person-" + cleoId)))
                .as("Cleo, who did not come, is not suggested").isEmpty();
        journey.screenshot("held-no-show-free-now-phone");
        journey.click("free-now-request-" + dan.id());
        journey.waitFor("request-meeting-dialog");
        journey.click("send-request");
        journey.waitForNotification("Dan Dijkstra");
        journey.logOut();

        journey.logIn(bob.email().value(), PASSWORD, bob.displayName());
        journey.open("/events/" + event + "/my-meetings?tab=matches");
        journey.click("held-met-" + ada.id());
        journey.waitForText("held-state-" + ada.id(), "Held");
    }

    /** Moves the meeting's slot so that it began {@code ago} before now, as if that time had come. */
    private void beganAgo(MeetingRequestId meeting, Duration ago) {
        Instant begun = Instant.now().minus(ago).truncatedTo(ChronoUnit.SECONDS);
        sql.update(MEETING_BOOKINGS).set(MEETING_BOOKINGS.STARTS_AT, begun)
                .set(MEETING_BOOKINGS.ENDS_AT, begun.plus(Duration.ofMinutes(20)))
                .where(MEETING_BOOKINGS.REQUEST_ID.eq(meeting)).execute();
        sql.update(MEETING_BOOKING_PEOPLE).set(MEETING_BOOKING_PEOPLE.STARTS_AT, begun)
                .where(MEETING_BOOKING_PEOPLE.REQUEST_ID.eq(meeting)).execute();
    }

    private Account account(String name, String email) {
        return accounts.signUp(new SignUp(email, PASSWORD, name), "192.0.2.10");
    }
}
