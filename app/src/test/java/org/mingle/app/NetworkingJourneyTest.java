package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.profiles.ProfilePhotoService;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.testsupport.TestImages;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In a real browser: Ada fills in her networking profile, adds a photo on a phone-sized screen, opens "People to meet"
 * for an event she attends, sees Bob recommended with his face, company and the reasons (a shared interest, he invests
 * while she raises), and asks to meet him. Bob accepts in his requests, where Ada's face shows; both then see each
 * other under "My matches", with the links each shows only to connections.
 */
@MicronautTest(transactional = false) // what the test creates must be committed for the server to see it
class NetworkingJourneyTest extends BrowserJourneys {

    private static final String ZONE = "Europe/Lisbon";

    @Inject
    ProfileService profiles;
    @Inject
    ProfilePhotoService photos;

    @Test
    void editProfileSeeRecommendationsRequestAMeetingAndAcceptItAsTheOtherPerson() throws Exception {
        var organizer = signedUp("Olga Organizer", "olga.networking@example.com");
        var ada = signedUp("Ada Lovelace", "ada.networking@example.com");
        var bob = signedUp("Bob Babbage", "bob.networking@example.com");
        var day = LocalDate.now(ZoneId.of(ZONE)).plusDays(10);
        var zone = ZoneId.of(ZONE);
        var draft = events.create(organizer.id(), new EventInput("Climate founders meet investors", "Bring questions.",
                day.atTime(18, 0).atZone(zone).toInstant(), day.atTime(21, 0).atZone(zone).toInstant(), ZONE,
                "LACS", 80, null, false, 0.3));
        var event = events.publish(organizer.id(), draft.id()).id();
        registrations.register(ada.id(), event);
        registrations.register(bob.id(), event);
        profiles.update(bob.id(), new ProfileInput(null, "Partner at a climate seed fund", "Never shown to Ada",
                "Northwind", "Finance", "LEAD", List.of("Solar", "Batteries"), List.of(), List.of("INVESTMENT"),
                List.of("https://bob.example/contact"), Map.of("bio", "PRIVATE", "links", "CONNECTIONS")));
        photos.upload(bob.id(), TestImages.png(TestImages.stripes(400, 300, Color.ORANGE, Color.DARK_GRAY)));
        String adaId = ada.id().toString();
        String bobId = bob.id().toString();

        startJourney(ZONE);
        var wait = journey.await();

        logIn(ada);
        journey.open("/profile");
        journey.type("#headline input", "Founder, grid-scale batteries");
        journey.type("#industry input", "Energy");
        addInterest("Batteries");
        addInterest("Grid");
        checkbox("seeking", "Raising investment");
        journey.type("#links textarea", "https://ada.example/about");
        journey.click("save-profile");
        journey.waitForNotification("Profile saved.");
        journey.waitForText("preview-attendee", "Founder, grid-scale batteries");
        assertThat(journey.waitFor("preview-anyone").getText()).doesNotContain("Founder, grid-scale batteries");
        journey.screenshot("networking-profile-editor");

        journey.resize(375, 812);
        addPhoto(TestImages.withExif(TestImages.jpeg(TestImages.stripes(1200, 900, Color.BLUE, Color.WHITE)), 6));
        journey.screenshot("networking-profile-photo-phone");

        journey.open("/events/" + event);
        journey.click("home-people");
        var card = journey.waitFor("person-" + bobId);
        wait.until(ExpectedConditions.textToBePresentInElement(card, "Batteries"));
        assertThat(card.getText()).contains("Bob Babbage", "Partner at a climate seed fund", "Northwind",
                "You are raising investment; they are investing").doesNotContain("Never shown to Ada");
        assertThat(loadedImageWidth("#face-" + bobId + " img")).as("Bob's photo, 64 px").isEqualTo(64);
        journey.screenshot("networking-people-to-meet-phone");
        journey.click("request-" + bobId);
        journey.type("#request-message textarea", "Would love your view on our seed round.");
        journey.click("send-request");
        journey.waitForText("state-" + bobId, "Requested");
        journey.logOut();

        logIn(bob);
        journey.open("/events/" + event);
        journey.waitForText("home-meetings-waiting", "1");
        journey.screenshot("networking-event-home-phone");
        journey.click("home-meetings");
        var request = journey.waitFor("incoming-requests");
        wait.until(ExpectedConditions.textToBePresentInElement(request, "Would love your view on our seed round."));
        assertThat(loadedImageWidth(".request-card[data-account-id='" + adaId + "'] .avatar img"))
                .as("Ada's photo on her request").isEqualTo(64);
        journey.click("accept-" + adaId);
        journey.waitForNotification("You and Ada Lovelace are a match.");
        journey.click("tab-matches");
        journey.waitForText("match-" + adaId + "-name", "Ada Lovelace");
        assertThat(link("match-" + adaId + "-links")).isEqualTo("https://ada.example/about");
        journey.screenshot("networking-matches-phone");
        journey.logOut();

        logIn(ada);
        journey.open("/events/" + event + "/people?tab=matches");
        assertThat(link("match-" + bobId + "-links")).isEqualTo("https://bob.example/contact");
        // The rest of the event home, tab by tab, at the foot of a phone's screen.
        journey.resize(375, 812);
        journey.click("home-code");
        assertThat(journey.waitFor("connect-code").getText()).isNotBlank();
        journey.waitFor("my-codes-door");
        journey.screenshot("networking-my-code-phone");
        journey.click("home-rounds");
        journey.waitFor("my-rounds-page");
        journey.click("home-network");
        journey.waitFor("network-page");
    }

    /** Adds a photo on the profile page as a phone would hand it over: the file input the camera button opens. */
    private void addPhoto(byte[] jpeg) throws Exception {
        Path file = Files.createTempFile("mingle-photo", ".jpg");
        try {
            Files.write(file, jpeg);
            journey.open("/profile");
            var upload = journey.waitFor("photo-upload");
            var input = upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
            input.sendKeys(file.toAbsolutePath().toString());
            journey.waitForNotification("Photo saved.");
            assertThat(loadedImageWidth("#my-face img")).as("the 256 px photo").isEqualTo(256);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The natural width of the image once the browser has loaded it. */
    private long loadedImageWidth(String css) {
        var image = journey.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        return journey.await().until(driver -> {
            Object width = journey.browser().executeScript(
                    "return arguments[0].complete ? arguments[0].naturalWidth : null;", image);
            return width instanceof Long loaded && loaded > 0 ? loaded : null;
        });
    }

    private void logIn(Account account) {
        journey.resize(1280, 900);
        journey.logIn(account.email().value(), PASSWORD, account.displayName());
    }

    private void addInterest(String interest) {
        var wait = journey.await();
        var input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#interests input")));
        input.sendKeys(interest);
        input.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("interests"), interest));
        input.sendKeys(Keys.ESCAPE); // closes the suggestions overlay, which would catch the next click
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.tagName("vaadin-multi-select-combo-box-overlay")));
    }

    private void checkbox(String groupId, String label) {
        var wait = journey.await();
        var box = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[@id='" + groupId + "']//vaadin-checkbox[.//label[normalize-space()='" + label + "']]")));
        var labelElement = box.findElement(By.tagName("label"));
        journey.browser().executeScript("arguments[0].scrollIntoView({block: 'center'});", box);
        wait.until(ExpectedConditions.elementToBeClickable(labelElement)).click();
        wait.until(driver -> "true".equals(box.getDomProperty("checked")));
    }

    /** The address the first link in the element leads to. */
    private String link(String id) {
        return journey.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id + " a")))
                .getAttribute("href");
    }

}
