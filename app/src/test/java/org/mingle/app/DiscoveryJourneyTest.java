package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingle.domain.accounts.SignUp;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.shared.AccountId;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In a real browser on a phone: a visitor searches the upcoming events, narrows them by city, sees the filters in the
 * address, goes back to the previous search with the back button, and meets the empty state.
 */
@MicronautTest(transactional = false) // what the test creates must be committed for the server to see it
class DiscoveryJourneyTest extends BrowserJourneys {

    private static final String ZONE = "Europe/Zurich";

    @Test
    void searchFilterGoBackAndFindNothingOnAPhone() throws Exception {
        var organizer = accounts.signUp(new SignUp("discovery.journey@example.com", "quartz meadow lantern 2031",
                "Dora Discovery"), "192.0.2.10").id();
        published(organizer, "Zürich founders apéro", 5, List.of("startups"), "Zürich", false);
        published(organizer, "Remote AI hour", 6, List.of("ai", "startups"), "", true);
        published(organizer, "Berlin design breakfast", 7, List.of("design"), "Berlin", false);

        startJourney(ZONE);
        journey.resize(375, 812);
        var browser = journey.browser();
        var wait = journey.await();

        journey.open("/events");
        journey.waitForText("events-list", "Berlin design breakfast");
        journey.type("#search input", "Startups");
        wait.until(driver -> !list().contains("Berlin design breakfast") && list().contains("Remote AI hour"));
        assertThat(list()).contains("Zürich founders apéro");
        wait.until(ExpectedConditions.urlContains("q=Startups"));
        journey.checkAccessibility();
        journey.screenshot("discovery-search-phone");

        journey.click("filter-details");
        journey.type("#filter-city input", "zurich" + Keys.ENTER);
        wait.until(driver -> !list().contains("Remote AI hour"));
        assertThat(list()).contains("Zürich founders apéro").contains("Kaufleuten, Zürich");
        wait.until(ExpectedConditions.urlContains("city=zurich"));
        journey.checkAccessibility();
        journey.screenshot("discovery-filtered-phone");

        browser.navigate().back();
        wait.until(driver -> list().contains("Remote AI hour"));
        assertThat(browser.getCurrentUrl()).contains("q=Startups").doesNotContain("city=");
        assertThat(browser.findElement(By.cssSelector("#filter-city input")).getAttribute("value")).isEmpty();

        journey.open("/events?q=kubernetes&online=true");
        journey.waitForText("events-empty", "No upcoming events match");
        journey.checkAccessibility();
        journey.screenshot("discovery-empty-phone");
    }

    private String list() {
        return journey.browser().findElement(By.id("events-list")).getText();
    }

    private void published(AccountId organizer, String title, int days, List<String> topics, String city,
                           boolean online) {
        var zone = ZoneId.of(ZONE);
        var day = LocalDate.now(zone).plusDays(days);
        var draft = events.create(organizer, new EventInput(title, "Short introductions, then conversations.",
                day.atTime(18, 0).atZone(zone).toInstant(), day.atTime(20, 0).atZone(zone).toInstant(), ZONE,
                online ? "" : "Kaufleuten", 40, null, false, 0.3, null, null, topics, city, online));
        events.publish(organizer, draft.id());
    }
}
