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
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.connections.ConnectionSource;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.groups.GroupInput;
import org.mingle.domain.groups.GroupService;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.shared.GroupId;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In a real browser, on a phone (375 px): Ana met Ben at the group's spring breakfast. On the summer mixer's page she
 * sees that one person she knows is going, and among the people to meet Ben's card says where they met.
 */
@MicronautTest(transactional = false) // what the test creates must be committed for the server to see it
class MemoryJourneyTest extends BrowserJourneys {

    private static final String ZONE = "Europe/Berlin";
    private static final String PASSWORD = "copper kettle meadow 2042";

    @Inject
    ProfileService profiles;
    @Inject
    ConnectionService connections;
    @Inject
    GroupService groups;

    @Test
    void anAttendeeSeesWhoSheKnowsAtTheNextMeetupAndWhereTheyMet() throws Exception {
        var organizer = account("Olga Organizer", "olga.memory@example.com");
        var ana = account("Ana Alves", "ana.memory@example.com");
        var ben = account("Ben Bauer", "ben.memory@example.com");
        var cleo = account("Cleo Costa", "cleo.memory@example.com");
        var breakfast = event(organizer, "Spring climate breakfast", 2);
        var mixer = event(organizer, "Summer climate mixer", 9);
        GroupId group = groups.create(organizer.id(), new GroupInput("Climate circle", "climate-memory-journey", "",
                List.of(), "", null, null, null)).id();
        events.attachToGroup(organizer.id(), breakfast, group);
        events.attachToGroup(organizer.id(), mixer, group);
        for (Account person : List.of(ana, ben, cleo)) {
            profiles.update(person.id(), new ProfileInput(null, "Heat pumps and grids", "", "", "", null,
                    List.of("Heat pumps"), List.of(), List.of(), List.of(), Map.of()));
            registrations.register(person.id(), mixer);
        }
        registrations.register(ana.id(), breakfast);
        registrations.register(ben.id(), breakfast);
        connections.record(ana.id(), breakfast, ben.id(), ConnectionSource.CODE);

        startJourney(ZONE);
        var wait = journey.await();
        journey.resize(375, 812);
        journey.logIn(ana.email().value(), PASSWORD, ana.displayName());

        journey.open("/events/" + mixer);
        journey.waitForText("known-attendees-heading", "1 person you know is going");
        assertThat(journey.waitFor("known-attendees-list").getText()).contains("Ben Bauer")
                .doesNotContain("Cleo Costa");
        journey.checkAccessibility();
        journey.screenshot("memory-known-attendees-phone");

        journey.open("/events/" + mixer + "/people");
        var reasons = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reasons-" + ben.id())));
        wait.until(ExpectedConditions.textToBePresentInElement(reasons, "You met at Spring climate breakfast"));
        assertThat(journey.browser().findElements(By.cssSelector("#reasons-" + ben.id() + " [data-kind='MET_BEFORE']")))
                .hasSize(1);
        assertThat(journey.browser().findElements(By.cssSelector("[data-kind='MET_BEFORE']"))).hasSize(1);
        journey.checkAccessibility();
        journey.screenshot("memory-met-before-phone");
    }

    private EventId event(Account organizer, String title, int days) {
        var start = Instant.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.HOURS);
        var draft = events.create(organizer.id(), new EventInput(title, "Coffee and introductions.", start,
                start.plus(Duration.ofHours(3)), ZONE, "Motorwerk", 60, null, false, 0.4));
        return events.publish(organizer.id(), draft.id()).id();
    }

    private Account account(String name, String email) {
        return accounts.signUp(new SignUp(email, PASSWORD, name), "192.0.2.10");
    }
}
