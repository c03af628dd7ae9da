package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.accounts.SignUp;
import org.mingle.domain.curated.CategoryService;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventInput;
import org.openqa.selenium.By;

/**
 * In a real browser on a phone-sized screen: an organizer names three attendee categories, ticks who may meet whom
 * (investors not with investors) and puts a registrant into a category in the dashboard's registrations; that
 * investor sees their category on the event's page, and their request to another investor is refused with a reason
 * they can read.
 */
@MicronautTest(transactional = false) // what the test creates must be committed for the server to see it
class CategoriesJourneyTest extends BrowserJourneys {

    private static final String ZONE = "Europe/Berlin";
    private static final String PASSWORD = "harbour violet compass 2047";

    @Inject
    CategoryService categories;

    @Test
    void anOrganizerSetsCategoriesAndAnInvestorCannotAskAnotherInvestor() throws Exception {
        var organizer = account("Olga Categories", "olga.categories@example.com");
        var ivy = account("Ivy Investor", "ivy.categories@example.com");
        var ian = account("Ian Investor", "ian.categories@example.com");
        var zone = ZoneId.of(ZONE);
        var day = LocalDate.now(zone).plusDays(9);
        var draft = events.create(organizer.id(), new EventInput("Founders meet funds", "Curated meetings.",
                day.atTime(9, 0).atZone(zone).toInstant(), day.atTime(17, 0).atZone(zone).toInstant(), ZONE,
                "Factory Berlin", 60, null, false, 0.4));
        EventId event = events.publish(organizer.id(), draft.id()).id();
        var ivyRegistration = registrations.register(ivy.id(), event).id();
        var ianRegistration = registrations.register(ian.id(), event).id();

        startJourney(ZONE);
        journey.resize(375, 812);
        journey.logIn(organizer.email().value(), PASSWORD, organizer.displayName());
        journey.open("/events/" + event + "/manage");
        journey.click("open-categories");
        journey.waitFor("category-pairs-empty");
        for (int i = 0; i < 3; i++) {
            journey.click("add-category");
        }
        journey.type("#category-name-1 input", "Founders");
        journey.type("#category-name-2 input", "Investors");
        journey.type("#category-name-3 input", "Mentors\n");
        journey.waitForText("category-pair-2-3", "Investors and Mentors");
        for (String pair : new String[] {"category-pair-1-1", "category-pair-1-2", "category-pair-1-3",
            "category-pair-2-3"}) {
            journey.click(pair);
        }
        assertThat(journey.browser().findElement(By.id("category-pair-2-2")).getText())
                .isEqualTo("Investors with each other");
        journey.screenshot("categories-phone");
        journey.click("save-categories");
        journey.waitForNotification("Categories saved.");
        var saved = categories.categories(Optional.of(organizer.id()), event);
        assertThat(saved.mayMeet("investors", "founders")).isTrue();
        assertThat(saved.mayMeet("investors", "investors")).isFalse();

        journey.open("/events/" + event + "/manage");
        journey.chooseInSelect("category-" + ivyRegistration, "Investors");
        journey.waitForNotification("Ivy Investor: Investors");
        journey.screenshot("categories-registrations-phone");
        categories.assign(organizer.id(), event, ianRegistration, "investors");
        journey.logOut();

        journey.logIn(ivy.email().value(), PASSWORD, ivy.displayName());
        journey.open("/events/" + event);
        journey.waitForText("my-category", "Your category at this event: Investors");
        journey.open("/people/" + ian.id() + "?event=" + event);
        journey.click("request-meeting");
        journey.click("send-request");
        journey.waitForNotification(
                "At this event the organizers arrange meetings for Investors with Founders and Mentors only.");
        journey.screenshot("categories-refused-request-phone");
    }

    private Account account(String name, String email) {
        return accounts.signUp(new SignUp(email, PASSWORD, name), "192.0.2.1");
    }
}
