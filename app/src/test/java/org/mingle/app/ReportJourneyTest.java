package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.awt.Color;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.connections.ConnectionId;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.connections.ConnectionSource;
import org.mingle.domain.connections.NetworkFilter;
import org.mingle.domain.connections.NotesPatch;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.profiles.ProfilePhotoService;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.testsupport.TestImages;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In a real browser: after an evening where people checked in, connected and reported what came of it, the organizer
 * opens the event's report from the dashboard: the figures, the charts and the network of who met whom, on a wide
 * screen, on a phone and as it prints; the connections download as CSV. Then Ana, an attendee, opens her own report
 * from the event page on her phone: whom she met and what is left to follow up.
 */
@MicronautTest(transactional = false) // what the test creates must be committed for the server to see it
class ReportJourneyTest extends BrowserJourneys {

    private static final String ZONE = "Europe/Berlin";
    private static final String TITLE = "Climate founders evening";

    @Inject
    ProfilePhotoService photos;
    @Inject
    ProfileService profiles;
    @Inject
    ConnectionService connections;
    @Inject
    MeetingRequestService meetings;
    @Inject
    DataSource dataSource;

    @Test
    void theOrganizerReadsTheReportOfTheEveningAndAnAttendeeHerOwn() throws Exception {
        var organizer = signedUp("Olga Organizer", "olga.report@example.com");
        var ana = signedUp("Ana Lima", "ana.report@example.com");
        var ben = signedUp("Ben Okafor", "ben.report@example.com");
        var cleo = signedUp("Cleo Clarke", "cleo.report@example.com");
        var dan = signedUp("Dan Dahl", "dan.report@example.com");
        var eve = signedUp("Eve Evans", "eve.report@example.com");
        var finn = signedUp("Finn Fischer", "finn.report@example.com"); // no profile: industry unknown
        var gus = signedUp("Gus Grant", "gus.report@example.com"); // confirmed, never came
        var hana = signedUp("Hana Hall", "hana.report@example.com"); // cancelled
        profile(ana, "Grid engineer", "Voltaic", "Energy", List.of("Batteries", "Grid", "Hydrogen"));
        profile(ben, "Angel investor", "Northwind", "Finance", List.of("Batteries", "Impact investing"));
        profile(cleo, "Battery chemist", "Cellwise", "Energy", List.of("Grid", "Batteries"));
        profile(dan, "Product designer", "Studio D", "Design", List.of("Circular economy"));
        profile(eve, "Clinician", "Charité", "Health", List.of("Hydrogen"));
        photos.upload(ana.id(), TestImages.png(TestImages.stripes(300, 300, Color.ORANGE, Color.GRAY)));

        var event = eveningWith(organizer, List.of(ana, ben, cleo, dan, eve, finn), List.of(gus, hana));
        registrations.cancel(hana.id(), event);
        var anaBen = connect(event, ana, ben);
        var anaCleo = connect(event, ana, cleo);
        connect(event, ana, dan);
        var benCleo = connect(event, ben, cleo);
        connect(event, ben, eve);
        connect(event, cleo, finn);
        connect(event, dan, eve);
        notes(ana, anaBen, "TO_CONTACT", "JOB");
        notes(ben, connectionOf(ben, event, ana), null, "JOB");
        notes(cleo, connectionOf(cleo, event, ben), null, "JOB");
        notes(ana, anaCleo, null, "CLIENT");
        var request = meetings.request(ana.id(), event, ben.id(), "Coffee after the talks?");
        meetings.accept(ben.id(), event, request.id());
        meetings.request(eve.id(), event, dan.id(), null);
        assertThat(benCleo).isNotNull();
        moveIntoThePast(event);
        events.complete(organizer.id(), event);

        startJourney(ZONE);
        var wait = journey.await();

        // The organizer, on a wide screen, from the dashboard to the report.
        journey.logIn(organizer.email().value(), PASSWORD, organizer.displayName());
        journey.open("/events/" + event + "/manage");
        journey.click("open-report");
        journey.waitFor("report-figures");
        journey.waitForText("figure-connections-value", "7");
        assertThat(journey.browser().getCurrentUrl()).endsWith("/events/" + event + "/report");
        assertThat(text("figure-registered-value")).isEqualTo("8");
        assertThat(text("figure-checked-in-value")).isEqualTo("6");
        assertThat(text("figure-connected-share-value")).isEqualTo("100%");
        assertThat(text("figure-average-value")).as("14 ends over 6 attendees").isEqualTo("2.3");
        assertThat(text("figure-cross-industry-value")).as("5 of 7 across industries").isEqualTo("71%");
        assertThat(text("figure-cross-industry")).contains("Perspectives widened");
        assertThat(text("figure-requests-detail")).isEqualTo("1 accepted");
        assertThat(text("report-requests-acceptance-value")).as("Ben accepted; Dan has not answered").isEqualTo("100%");
        assertThat(text("report-requests-acceptance-detail")).isEqualTo("1 of 1 answered requests");
        assertThat(text("outcome-job-count")).isEqualTo("3");
        assertThat(text("outcome-client-count")).isEqualTo("fewer than 3");
        assertThat(journey.browser().findElements(By.id("report-so-far")).stream()
                .noneMatch(WebElement::isDisplayed)).as("the event is over: final figures").isTrue();
        List<WebElement> dots = wait.until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#network-picture svg circle.network-dot"), 6));
        String titles = (String) journey.browser().executeScript("return Array.from(document.querySelectorAll("
                + "'#network-picture circle.network-dot title')).map(t => t.textContent).join('|')");
        assertThat(titles).contains("Ana Lima · Energy · 3 connections", "Ben Okafor · Finance · 3 connections",
                "Finn Fischer · industry not shown · 1 connection");
        assertThat(dots.get(0).isDisplayed()).isTrue();
        assertThat(journey.browser().findElements(By.cssSelector("#network-picture svg line"))).hasSize(7);
        String face = (String) journey.browser().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const image = document.querySelector('#network-picture svg image.network-face');
                fetch(image.href.baseVal).then(r => done(r.status + ' ' + r.headers.get('content-type')),
                        e => done('failed: ' + e));
                """);
        assertThat(face).as("Ana's face in the picture, as the organizer's browser loads it").isEqualTo("200 image/jpeg");
        assertThat(text("network-caption")).isEqualTo("Showing all 6 people who made a connection.");
        assertThat(text("network-legend")).contains("Energy (2)", "Finance (1)", "Industry not shown (1)");
        assertThat(journey.browser().findElements(By.cssSelector("#chart-funnel svg g.bar"))).hasSize(7);
        assertThat(journey.browser().findElement(By.cssSelector("#chart-funnel svg")).getSize().getWidth())
                .as("the chart is drawn at its column's width").isGreaterThan(300);
        assertThat(journey.browser().findElement(By.cssSelector("#chart-funnel svg")).getAttribute("aria-labelledby"))
                .isEqualTo("chart-funnel-svg-title chart-funnel-svg-desc");
        assertThat(text("report-print")).isEqualTo("Print / save as PDF");

        // The CSV, fetched as the browser downloads it: one row a connection, for the signed-in organizer.
        String href = journey.waitFor("report-csv").getAttribute("href");
        String csv = (String) journey.browser().executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer())"
                        + ".then(b => done(new TextDecoder('utf-8', {ignoreBOM: true}).decode(b)),"
                        + " e => done('failed: ' + e));", href);
        assertThat(csv).as("UTF-8 with a byte order mark").startsWith("\uFEFFConnected at (");
        assertThat(csv.strip().split("\\R")).as("a header and seven connections").hasSize(8);
        assertThat(csv).contains("Ana Lima", "Finn Fischer");
        fullPageScreenshot(1280, "report-organizer", "report-page");

        // As it prints: no navigation, no buttons.
        journey.browser().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(journey.browser().findElement(By.id("report-actions")).isDisplayed()).isFalse();
        assertThat(journey.browser().findElement(By.id("report-dashboard")).isDisplayed()).isFalse();
        assertThat(journey.browser().findElement(By.id("report-figures")).isDisplayed()).isTrue();
        fullPageScreenshot(1280, "report-organizer-print", "report-page");
        journey.browser().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        assertThat(journey.printedPages()).as("the whole report on paper, not its first screen").isGreaterThan(1);

        // On a phone: one column, nothing wider than the screen.
        fullPageScreenshot(375, "report-organizer-phone", "report-page");
        Number overflow = (Number) journey.browser().executeScript(
                "return document.getElementById('report-page').scrollWidth"
                        + " - document.getElementById('report-page').clientWidth");
        assertThat(overflow.intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0);
        journey.resize(1280, 900);
        journey.logOut();

        // Ana, on her phone, from the event page to her own report.
        journey.resize(375, 812);
        journey.logIn(ana.email().value(), PASSWORD, ana.displayName());
        journey.open("/events/" + event);
        journey.click("my-report-link");
        journey.waitForText("my-figure-people-met-value", "3");
        assertThat(text("my-figure-outside-industry-value")).as("Ben in finance, Dan in design").isEqualTo("2");
        assertThat(text("my-figure-follow-ups-value")).isEqualTo("1");
        assertThat(text("my-figure-meetings-detail")).isEqualTo("of 1 one-to-one meeting booked");
        var cards = journey.browser().findElements(By.cssSelector("#my-report-connections a.my-report-connection"));
        assertThat(cards).hasSize(3);
        assertThat(text("my-report-connections")).contains("Ben Okafor", "Cleo Clarke", "Dan Dahl")
                .doesNotContain("Eve Evans");
        assertThat(journey.browser().findElement(By.id("my-connection-" + anaBen)).getAttribute("href"))
                .endsWith("/network?connection=" + anaBen);
        fullPageScreenshot(375, "report-attendee-phone", "my-report-page");

        // A card opens the notes on that person in her network.
        journey.resize(375, 812);
        journey.click("my-connection-" + anaBen);
        journey.waitFor("connection-note");
        wait.until(ExpectedConditions.urlContains("/network?connection=" + anaBen));
    }

    /**
     * A published evening where these people hold places and came (checked in), and these others registered; then
     * Berlin's evening moves to tonight, already over, as the clock would have moved it (a new event cannot start in
     * the past).
     */
    private EventId eveningWith(Account organizer, List<Account> present, List<Account> registeredOnly) {
        var start = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
        var draft = events.create(organizer.id(), new EventInput(TITLE, "Short talks, then everyone meets everyone.",
                start, start.plus(Duration.ofHours(3)), ZONE, "Impact Hub Berlin", 60, null, false, 0.5));
        var event = events.publish(organizer.id(), draft.id()).id();
        for (Account person : present) {
            var registration = registrations.register(person.id(), event);
            registrations.checkIn(organizer.id(), event, registration.checkInCode());
        }
        for (Account person : registeredOnly) {
            registrations.register(person.id(), event);
        }
        return event;
    }

    private void moveIntoThePast(EventId event) throws Exception {
        var startedAt = Instant.now().minus(Duration.ofHours(4)).truncatedTo(ChronoUnit.MINUTES);
        try (var connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             var update = connection.prepareStatement(
                     "update events set starts_at = ?, ends_at = ? where id = ?")) {
            update.setTimestamp(1, Timestamp.from(startedAt));
            update.setTimestamp(2, Timestamp.from(startedAt.plus(Duration.ofHours(3))));
            update.setObject(3, event.value());
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    /**
     * The whole view in one picture: the window made as tall as the view needs (within reason), at this width. The
     * view scrolls inside the app layout, under its bar: the window grows by what its scroller (found through the
     * slots and shadow roots) still hides, until nothing is hidden.
     */
    private void fullPageScreenshot(int width, String name, String viewId) throws Exception {
        journey.resize(width, 900);
        for (int i = 0; i < 4; i++) {
            Number hidden = (Number) journey.browser().executeScript("""
                    let hidden = 0;
                    for (let n = document.getElementById(arguments[0]); n; n = n.assignedSlot || n.parentNode
                            || n.host) {
                        if (n.nodeType === Node.ELEMENT_NODE && /(auto|scroll)/.test(getComputedStyle(n).overflowY)) {
                            hidden = Math.max(hidden, n.scrollHeight - n.clientHeight);
                        }
                    }
                    const page = document.scrollingElement;
                    return Math.max(hidden, page.scrollHeight - page.clientHeight);""", viewId);
            int height = journey.browser().manage().window().getSize().getHeight();
            if (hidden.intValue() <= 0 || height >= 8000) {
                break;
            }
            journey.resize(width, Math.min(height + hidden.intValue() + 8, 8000));
        }
        journey.browser().executeScript("document.getElementById(arguments[0]).scrollIntoView({block: 'start'})",
                viewId);
        journey.screenshot(name);
    }

    private String text(String id) {
        return journey.waitFor(id).getText().strip();
    }

    private ConnectionId connect(EventId event, Account from, Account to) {
        return connections.record(from.id(), event, to.id(), ConnectionSource.SEARCH).connection().id();
    }

    private ConnectionId connectionOf(Account owner, EventId event, Account other) {
        return connections.network(owner.id(), new NetworkFilter(event, null, null, null, false)).stream()
                .filter(c -> c.other().accountId().equals(other.id())).findFirst().orElseThrow().id();
    }

    private void notes(Account owner, ConnectionId connection, String followUp, String outcome) {
        connections.update(owner.id(), connection, new NotesPatch(null, null,
                followUp == null ? null : Optional.of(followUp), null, Optional.of(outcome)));
    }

    private void profile(Account account, String headline, String company, String industry, List<String> interests) {
        profiles.update(account.id(), new ProfileInput(null, headline, "", company, industry, null, interests,
                List.of(), List.of(), List.of(), Map.of()));
    }
}
