package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.accounts.SignUp;
import org.openqa.selenium.By;

/**
 * In a real browser on a phone-sized screen: a group organizer fills in the series form, checks the listed dates,
 * creates them, and adds more dates on the series page.
 */
@MicronautTest(transactional = false) // what the test creates must be committed for the server to see it
class SeriesJourneyTest extends BrowserJourneys {

    private static final String ZONE = "Europe/Berlin";
    private static final String PASSWORD = "harbour violet compass 2047";

    @Inject
    DSLContext sql;

    @Test
    void anOrganizerPreviewsCreatesAndExtendsAWeeklySeries() throws Exception {
        var organizer = accounts.signUp(new SignUp("sina.series@example.com", PASSWORD, "Sina Series"), "192.0.2.1");
        var group = groupRunBy(organizer);

        startJourney(ZONE);
        journey.resize(375, 812);
        journey.logIn(organizer.email().value(), PASSWORD, organizer.displayName());
        journey.open("/series/new?group=" + group);
        journey.type("#series-title input", "Tuesday founders breakfast");
        journey.type("#series-capacity input", "25");
        journey.click("series-preview");
        journey.waitFor("series-date-list");
        assertThat(journey.browser().findElements(By.cssSelector("#series-date-list li"))).hasSize(6)
                .allSatisfy(item -> assertThat(item.getText()).endsWith("18:30"));
        journey.screenshot("series-preview-phone");

        journey.click("series-create");
        journey.waitForNotification("Series created: 6 events.");
        journey.waitFor("series-page");
        assertThat(journey.browser().findElements(By.cssSelector("#series-events li"))).hasSize(6);

        journey.type("#series-more-count input", "2");
        journey.click("series-add-dates");
        journey.waitForNotification("Added 2 dates.");
        journey.await().until(driver -> driver.findElements(By.cssSelector("#series-events li")).size() == 8);
        journey.screenshot("series-page-phone");
    }

    /** The groups feature is built apart from the series; its rows are written here as it writes them. */
    private UUID groupRunBy(Account organizer) {
        var id = UUID.randomUUID();
        sql.execute("insert into groups (id, slug, name, join_policy, visibility) values (?, ?, 'Journey club', "
                + "'OPEN', 'PUBLIC')", id, "journey-" + id.toString().substring(0, 8));
        sql.execute("insert into group_members (group_id, account_id, role, status) values (?, ?, 'OWNER', 'MEMBER')",
                id, organizer.id().value());
        return id;
    }
}
