package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingle.db.jooq.Tables.EVENTS;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.SignUp;
import org.mingle.domain.availability.AvailabilityService;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventService;
import org.mingle.domain.meetings.MeetingScheduleService;
import org.mingle.domain.meetings.SessionInput;
import org.mingle.domain.meetings.TableInput;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.testsupport.MicronautPostgres;

/**
 * In a real browser at phone width, at an event under way: Ada says she is free for 30 minutes, sees Ben and Cleo
 * free now with the reasons, and asks Ben to meet now; Ben accepts and both get the table free in the slot under way.
 */
@MicronautTest(transactional = false) // what the test creates must be committed for the server to see it
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FreeNowJourneyTest implements MicronautPostgres {

    private static final String ZONE = "Europe/Berlin";
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
    ProfileService profiles;
    @Inject
    MeetingScheduleService schedule;
    @Inject
    AvailabilityService availability;
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
    void anAttendeeSaysSheIsFreeAndMeetsTheBestMatchFreeNowAtATable() throws Exception {
        var organizer = account("Olga Organizer", "olga.freenow@example.com", List.of());
        var ada = account("Ada Lovelace", "ada.freenow@example.com", List.of("Batteries", "Grid storage"));
        var ben = account("Ben Battery", "ben.freenow@example.com", List.of("Batteries", "Grid storage"));
        var cleo = account("Cleo Codd", "cleo.freenow@example.com", List.of("Databases"));
        var later = Instant.now().plus(Duration.ofDays(2));
        var event = events.publish(organizer.id(), events.create(organizer.id(), new EventInput("Open floor",
                "Meet whoever is free.", later, later.plus(Duration.ofHours(3)), ZONE, "Café Nord", 60, null, false,
                0.4)).id()).id();
        for (Account person : new Account[] {ada, ben, cleo}) {
            registrations.register(person.id(), event);
        }
        // The evening began half an hour ago; tables are set out for all of it.
        var start = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(30));
        sql.update(EVENTS).set(EVENTS.STARTS_AT, start).set(EVENTS.ENDS_AT, start.plus(Duration.ofHours(3)))
                .where(EVENTS.ID.eq(event)).execute();
        schedule.addSession(organizer.id(), event, new SessionInput("Tables", start, start.plus(Duration.ofHours(3)),
                15));
        schedule.addTable(organizer.id(), event, new TableInput("Bar table", 2));
        availability.markFreeFor(ben.id(), event, Duration.ofMinutes(45));
        availability.markFreeFor(cleo.id(), event, Duration.ofMinutes(45));
        String benId = ben.id().toString();
        String cleoId = cleo.id().toString();
        String adaId = ada.id().toString();

        journey = Journey.start(server.getURL().toString(), ZONE);
        journey.resize(375, 812);
        journey.logIn(ada.email().value(), PASSWORD, ada.displayName());
        journey.open("/events/" + event + "/people");
        journey.waitForText("free-now-status", "Free for a chat?");
        var free = journey.waitFor("free-now-list");
        assertThat(free.getText()).as("the best match first").containsSubsequence("Ben Battery", "Cleo Codd");
        assertThat(journey.waitFor("free-reasons-" + benId).getText()).contains("Batteries");
        journey.waitForText("free-until-" + benId, "Free until");

        journey.click("free-now-mark");
        journey.waitForText("free-now-status", "You are free until");
        journey.waitFor("free-now-clear");
        journey.screenshot("free-now-phone");
        journey.click("meet-now-" + benId);
        journey.waitForNotification("You asked Ben Battery to meet now");
        journey.logOut();

        journey.logIn(ben.email().value(), PASSWORD, ben.displayName());
        journey.open("/events/" + event + "/my-meetings");
        journey.waitFor("accept-" + adaId);
        assertThat(journey.waitFor("incoming-requests").getText()).contains("To meet now");
        journey.click("accept-" + adaId);
        journey.open("/events/" + event + "/my-meetings?tab=matches");
        journey.waitForText("match-" + adaId + "-time", "Bar table");
        journey.open("/events/" + event + "/people");
        journey.waitForText("free-now-status", "Free for a chat?");
        assertThat(journey.waitFor("free-now-list").getText()).as("Ada is at the table with Ben now")
                .doesNotContain("Ada Lovelace").contains("Cleo Codd");
        journey.logOut();

        journey.logIn(ada.email().value(), PASSWORD, ada.displayName());
        journey.open("/events/" + event + "/people");
        journey.waitForText("free-now-status", "Free for a chat?");
        journey.waitFor("free-" + cleoId);
    }

    private Account account(String name, String email, List<String> interests) {
        var account = accounts.signUp(new SignUp(email, PASSWORD, name), "192.0.2.10");
        profiles.update(account.id(), new ProfileInput(name, "", "", "", "", null, interests, List.of(), List.of(),
                List.of(), Map.of()));
        return account;
    }
}
