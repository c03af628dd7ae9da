package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.connections.NetworkFilter;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.shared.PublicUrl;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The event night on a phone, with Chromium's fake camera playing QR codes drawn by {@link FakeCamera}: an attendee
 * scans another's connect code from the event page and finds the connection in their network; without any camera,
 * the scan page says so and a typed code connects; a door volunteer in door mode checks ten people in by camera, one
 * code after another, and the door says so for a code seen again.
 */
@MicronautTest(transactional = false) // what the test creates must be committed for the server to see it
class ScanningJourneyTest extends BrowserJourneys {

    private static final String ZONE = "Europe/Madrid";
    /** About 1.6 s per code at the video's 10 frames a second. */
    private static final int FRAMES_EACH = 16;
    private static final int PEOPLE = 10;

    @Inject
    ConnectionService connections;
    @Inject
    PublicUrl publicUrl;
    @Inject
    DataSource dataSource;

    @Test
    void anAttendeeScansAConnectCodeFromTheEventHomeAndFindsTheConnection() throws Exception {
        var organizer = signedUp("Olga Organizer", "olga.scan@example.com");
        var ana = signedUp("Ana Alves", "ana.scan@example.com");
        var ben = signedUp("Ben Bauer", "ben.scan@example.com");
        var event = eventUnderWay(organizer, "Climate founders night", 60, List.of(ana, ben));
        String address = publicUrl.link("connect/" + connections.myCode(ben.id()).value());
        var video = FakeCamera.write(Path.of("target", "fake-camera", "connect-code.y4m"), List.of(address), 20);

        camera(video);
        journey.resize(375, 812);
        journey.logIn(ana.email().value(), PASSWORD, ana.displayName());
        journey.open("/events/" + event);
        // Pages that do not scan load no scanner script.
        assertThat(journey.browser().executeScript("return performance.getEntriesByType('resource')"
                + ".filter(entry => entry.name.includes('/scanning/')).length")).isEqualTo(0L);
        journey.click("home-code");
        journey.click("scan-connect-code-link");
        // The camera starts with the page; Ben's code in front of it leads to his connect page, connected.
        journey.waitForText("connect-message", "You and Ben Bauer are connected at Climate founders night.");
        assertThat(journey.browser().getCurrentUrl()).endsWith(address.substring(address.indexOf("/connect/")));
        journey.screenshot("scan-connect-connected-phone");

        journey.click("connect-open-network");
        var card = journey.await().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".connection-card")));
        journey.await().until(ExpectedConditions.textToBePresentInElement(card, "Ben Bauer"));
        assertThat(card.getText()).contains("Met at Climate founders night");
        journey.screenshot("scan-connect-network-phone");
    }

    /**
     * Phones whose browser reads QR codes itself (Chrome on Android, Safari) use its BarcodeDetector and never download
     * jsQR. Desktop Chromium has no such detector, so the page gets one before its scripts run: it answers the
     * format question as those browsers do and reads the code it is given from the playing video. What is tested is
     * the scanner's side: choosing the detector, calling it on the video, and taking its {@code rawValue}.
     */
    @Test
    void aBrowserWithABarcodeDetectorScansWithItAndLoadsNoJsQr() throws Exception {
        var organizer = signedUp("Olga Organizer", "olga.detector@example.com");
        var eva = signedUp("Eva Engel", "eva.detector@example.com");
        var finn = signedUp("Finn Fischer", "finn.detector@example.com");
        eventUnderWay(organizer, "Detector breakfast", 60, List.of(eva, finn));
        String address = publicUrl.link("connect/" + connections.myCode(finn.id()).value());
        var video = FakeCamera.write(Path.of("target", "fake-camera", "detector.y4m"), List.of(address), 20);

        camera(video);
        journey.browser().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.BarcodeDetector = class {
                  static async getSupportedFormats() { return ['qr_code', 'ean_13']; }
                  constructor(options) { this.formats = options.formats; window.detectorCalls = 0; }
                  async detect(source) {
                    window.detectorCalls++;
                    const playing = source instanceof HTMLVideoElement && source.readyState >= 2;
                    return playing && this.formats.includes('qr_code') ? [{rawValue: %s, format: 'qr_code'}] : [];
                  }
                };""".formatted(json(address))));
        journey.resize(375, 812);
        journey.logIn(eva.email().value(), PASSWORD, eva.displayName());
        journey.open("/me/scan");

        journey.waitForText("connect-message", "You and Finn Fischer are connected at Detector breakfast.");
        assertThat(connections.network(eva.id(), NetworkFilter.ALL)).extracting(c -> c.other().displayName())
                .containsExactly("Finn Fischer");
        assertThat((Long) journey.browser().executeScript("return window.detectorCalls")).isPositive();
        assertThat(journey.browser().executeScript("return performance.getEntriesByType('resource')"
                + ".filter(entry => entry.name.includes('jsQR')).length")).isEqualTo(0L);
    }

    /** A JavaScript string literal of the text. */
    private static String json(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    @Test
    void withoutACameraTheScanPageSaysSoAndTheTypedCodeConnects() throws Exception {
        var organizer = signedUp("Olga Organizer", "olga.nocam@example.com");
        var cleo = signedUp("Cleo Clarke", "cleo.nocam@example.com");
        var dan = signedUp("Dan Diaz", "dan.nocam@example.com");
        eventUnderWay(organizer, "Founders lunch", 60, List.of(cleo, dan));
        String code = connections.myCode(dan.id()).value();

        // A browser with no camera at all (and none faked).
        startJourney(ZONE);
        journey.resize(375, 812);
        journey.logIn(cleo.email().value(), PASSWORD, cleo.displayName());
        journey.open("/me/connect");
        journey.click("connect-code-scan");
        journey.await().until(ExpectedConditions.attributeToBe(By.id("connect-scanner"), "data-camera", "failed"));
        assertThat(journey.waitFor("connect-scanner-status").getText()).contains("ype the code instead");
        journey.checkAccessibility();
        journey.screenshot("scan-connect-no-camera-phone");

        journey.type("#typed-connect-code input", code.toLowerCase(Locale.ROOT));
        journey.click("typed-connect-submit");
        journey.waitForText("connect-message", "You and Dan Diaz are connected at Founders lunch.");
    }

    @Test
    void aDoorVolunteerChecksTenPeopleInByCamera() throws Exception {
        var owner = signedUp("Omar Owner", "omar.door@example.com");
        var volunteer = signedUp("Vera Volunteer", "vera.door@example.com");
        var people = new ArrayList<Account>();
        for (int i = 1; i <= PEOPLE; i++) {
            people.add(signedUp("Guest Number" + i, "guest" + i + ".door@example.com"));
        }
        var event = eventUnderWay(owner, "Door night", 40, people);
        events.addToTeam(owner.id(), event, volunteer.email().value(), EventRole.CHECKIN_STAFF, null);
        var codes = people.stream()
                .map(person -> registrations.mineAt(person.id(), event).orElseThrow().checkInCode()).toList();
        var video = FakeCamera.write(Path.of("target", "fake-camera", "door.y4m"), codes, FRAMES_EACH);

        camera(video);
        var browser = journey.browser();
        journey.resize(375, 812);
        journey.logIn(volunteer.email().value(), PASSWORD, volunteer.displayName());
        journey.open("/events/" + event + "/check-in");
        journey.waitForText("checkin-count", "0 / 10 checked in");
        journey.screenshot("door-before-phone");

        journey.click("door-scanner-toggle");
        journey.await().until(ExpectedConditions.attributeToBe(By.id("door-scanner"), "data-camera", "on"));
        long cameraOn = System.nanoTime();
        System.out.println("Fake camera: " + browser.executeScript("return JSON.stringify(document.querySelector("
                + "'#door-scanner video').srcObject.getVideoTracks()[0].getSettings())"));
        journey.await().until(ExpectedConditions.attributeToBe(By.id("checkin-panel"), "data-result", "success"));
        assertThat(journey.waitFor("checkin-result").getText()).startsWith("Checked in: Guest Number");
        journey.screenshot("door-checked-in-phone");
        journey.checkAccessibility();

        // One code after another, each once, however long it stays in front of the camera.
        new WebDriverWait(browser, Duration.ofSeconds(90)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("checkin-count"), "10 / 10 checked in"));
        System.out.printf("Ten check-ins by camera within %d ms of the camera starting%n",
                Duration.ofNanos(System.nanoTime() - cameraOn).toMillis());
        journey.screenshot("door-ten-checked-in-phone");
        // The video starts over: a code seen again is "already checked in", in amber, with the time.
        new WebDriverWait(browser, Duration.ofSeconds(40)).until(ExpectedConditions.attributeToBe(
                By.id("checkin-panel"), "data-result", "warning"));
        assertThat(journey.waitFor("checkin-result").getText()).matches("Already checked in: Guest Number\\d+ "
                + "\\(at \\d\\d:\\d\\d\\)");
        journey.screenshot("door-already-checked-in-phone");
        assertThat(journey.waitFor("checkin-count").getText()).isEqualTo("10 / 10 checked in");
        for (var person : people) {
            assertThat(registrations.mineAt(person.id(), event).orElseThrow().checkedIn()).isTrue();
        }
        @SuppressWarnings("unchecked")
        var beeps = (List<String>) browser.executeScript("return window.mingleScanner.beeps");
        assertThat(beeps).contains("success", "warning");
        // Ten check-ins and a few repeats, not a check-in for every frame that showed a code.
        assertThat(beeps.stream().filter("success"::equals).count()).isEqualTo(PEOPLE);
        reportDecoding();

        // The name search keeps a field's height on a phone, so the people found follow right under it.
        journey.type("#checkin-search input", "Number1");
        journey.await().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#checkin-search-results .team-member")));
        var field = journey.waitFor("checkin-search").getRect();
        // Results for "Number" may still be replaced by those for "Number1" while the field is read.
        var first = journey.await().ignoring(StaleElementReferenceException.class).until(driver -> driver
                .findElement(By.cssSelector("#checkin-search-results .team-member")).getRect());
        System.out.printf("Door search at 375 px: field %dx%d px, first result %d px below the field's top%n",
                field.getWidth(), field.getHeight(), first.getY() - field.getY());
        assertThat(field.getHeight()).isLessThan(100);
        assertThat(first.getY() - (field.getY() + field.getHeight())).isLessThan(40);
        journey.screenshot("door-search-phone");

        // Door mode on a desktop: stopping the camera ends its track, and the typed field is still there.
        journey.resize(1280, 900);
        holdCameraTrack();
        journey.click("door-scanner-toggle");
        journey.await().until(ExpectedConditions.attributeToBe(By.id("door-scanner"), "data-camera", "off"));
        awaitCameraTrackEnded();
        journey.screenshot("door-desktop");

        // Leaving the page with the camera on ends it too.
        journey.click("door-scanner-toggle");
        journey.await().until(ExpectedConditions.attributeToBe(By.id("door-scanner"), "data-camera", "on"));
        holdCameraTrack();
        journey.click("back-to-dashboard");
        journey.waitFor("count-confirmed");
        awaitCameraTrackEnded();
    }

    /** Keeps the door camera's track in the page, to look at after the scanner has let go of it. */
    private void holdCameraTrack() {
        journey.browser().executeScript("window.heldTrack = document.querySelector('#door-scanner video')"
                + ".srcObject.getVideoTracks()[0]");
    }

    private void awaitCameraTrackEnded() {
        journey.await().until(driver -> "ended".equals(journey.browser().executeScript(
                "return window.heldTrack.readyState")));
    }

    /** Prints how long decoding a frame took in this browser (the measure decision 35 quotes). */
    private void reportDecoding() {
        @SuppressWarnings("unchecked")
        var times = new ArrayList<>((List<Number>) journey.browser().executeScript(
                "return window.mingleScanner.decodeTimes"));
        var sorted = times.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        String decoder = journey.waitFor("door-scanner").getAttribute("data-decoder");
        System.out.println("Scanner scripts loaded (name, bytes transferred, bytes decoded): " + journey.browser()
                .executeScript("return JSON.stringify(performance.getEntriesByType('resource')"
                        + ".filter(entry => entry.name.includes('/scanning/'))"
                        + ".map(entry => [entry.name.replace(/.*\\//, ''), entry.transferSize,"
                        + " entry.decodedBodySize]))"));
        System.out.printf("Decoding with %s: %d frames, median %.1f ms, 95th percentile %.1f ms, max %.1f ms%n",
                decoder, sorted.length, sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.95)],
                sorted[sorted.length - 1]);
        assertThat(sorted).isNotEmpty();
    }

    private void camera(Path video) {
        startJourney(ZONE, "--use-fake-device-for-media-stream",
                "--use-fake-ui-for-media-stream", "--use-file-for-fake-video-capture=" + video.toAbsolutePath(),
                "--autoplay-policy=no-user-gesture-required");
    }

    /**
     * A published event the attendees are confirmed for, started half an hour ago. A new event cannot start in the
     * past, so it is created for later, they register, and then its times move to now, as the clock would have.
     */
    private EventId eventUnderWay(Account organizer, String title, int capacity, List<Account> attendees)
            throws Exception {
        var start = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
        var draft = events.create(organizer.id(), new EventInput(title, "Drinks and introductions.", start,
                start.plus(Duration.ofHours(3)), ZONE, "Impact Hub Madrid", capacity, null, false, 0.4));
        var event = events.publish(organizer.id(), draft.id()).id();
        for (Account attendee : attendees) {
            registrations.register(attendee.id(), event);
        }
        var startedAt = Instant.now().minus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.MINUTES);
        try (var connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             var update = connection.prepareStatement("update events set starts_at = ?, ends_at = ? where id = ?")) {
            update.setTimestamp(1, Timestamp.from(startedAt));
            update.setTimestamp(2, Timestamp.from(startedAt.plus(Duration.ofHours(3))));
            update.setObject(3, event.value());
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        return event;
    }
}
