package org.mingle.web.reports;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mingle.web.reports.Svgs.child;
import static org.mingle.web.reports.Svgs.parse;
import static org.mingle.web.reports.Svgs.withClass;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.events.EventService;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.profiles.ProfilePhotoService;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.reports.ReportService;
import org.mingle.testsupport.TestImages;
import org.mingle.web.events.EventDashboardView;
import org.mingle.web.events.EventFixtures;
import org.mingle.web.shell.ObjectNotFoundView;
import org.mingle.web.vaadin.KaribuViewTest;
import org.w3c.dom.Element;

/**
 * The organizers' report: the figures of a small event counted by hand, the charts and the network drawn from them,
 * the outcomes with small counts hidden, the CSV of every connection, and nobody else getting in.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventReportViewTest extends KaribuViewTest {

    @Inject
    EventService eventService;
    @Inject
    RegistrationService registrations;
    @Inject
    ConnectionService connections;
    @Inject
    ProfileService profiles;
    @Inject
    MeetingRequestService meetingRequests;
    @Inject
    ReportService reports;
    @Inject
    ProfilePhotoService photos;

    private Account organizer;
    private Account staff;
    private Account ana;
    private Account ben;
    private Account cleo;
    private Account dan;
    private Account eve;
    private EventFixtures events;
    private ReportFixtures fixtures;

    @BeforeAll
    void people() {
        organizer = signUp("Olga Organizer", "olga.report@example.org");
        staff = signUp("Sam Staff", "sam.report@example.org");
        ana = signUp("Ana Lima", "ana.report@example.org");
        ben = signUp("Ben Okafor", "ben.report@example.org");
        cleo = signUp("Cleo Clarke", "cleo.report@example.org");
        dan = signUp("Dan Dahl", "dan.report@example.org");
        eve = signUp("Eve Evans", "eve.report@example.org");
        events = new EventFixtures(eventService, organizer.id());
        fixtures = new ReportFixtures(profiles, registrations, connections);
        fixtures.profile(ana, "Grid engineer", "Voltaic", "Energy", List.of("Batteries", "Grid"));
        fixtures.profile(ben, "Angel investor", "Northwind", "Finance", List.of("Batteries"));
        fixtures.profile(cleo, "Battery chemist", "Cellwise", "Energy", List.of("Grid"));
        fixtures.profile(dan, "Designer", "Studio D", "Design", List.of("Batteries"));
    }

    @Test
    void theOrganizerSeesTheFiguresChartsOutcomesAndNetworkOfTheirEvent() {
        var event = events.published("Climate mixer", 40, false);
        fixtures.attend(organizer, event, ana, true);
        fixtures.attend(organizer, event, ben, true);
        fixtures.attend(organizer, event, cleo, true);
        fixtures.attend(organizer, event, dan, false); // confirmed, not here (yet)
        registrations.register(eve.id(), event.id());
        registrations.cancel(eve.id(), event.id());
        var anaBen = fixtures.connect(event, ana, ben);
        var anaCleo = fixtures.connect(event, ana, cleo);
        fixtures.connect(event, ben, cleo);
        fixtures.notes(ana, anaBen, "TO_CONTACT", "JOB");
        fixtures.notes(ben, fixtures.connectionOf(ben, event, ana), null, "JOB");
        fixtures.notes(cleo, fixtures.connectionOf(cleo, event, ben), null, "JOB");
        fixtures.notes(ana, anaCleo, null, "CLIENT");
        var request = meetingRequests.request(ana.id(), event.id(), ben.id(), null);
        meetingRequests.accept(ben.id(), event.id(), request.id());
        meetingRequests.request(cleo.id(), event.id(), dan.id(), null);
        signInAs(organizer);

        open(event);

        assertThat(_get(EventReportView.class)).isNotNull();
        assertThat(text("report-event")).startsWith("Climate mixer · ");
        assertThat(text("report-so-far")).isEqualTo("The event is not over yet: these are the figures so far.");
        // Counted by hand: 5 registered (Eve cancelled), 4 confirmed, 3 checked in, who are the attendees counted.
        assertThat(figure("registered")).isEqualTo("5");
        assertThat(text("figure-registered-detail")).isEqualTo("4 confirmed");
        assertThat(figure("checked-in")).isEqualTo("3");
        assertThat(text("figure-checked-in-detail")).isEqualTo("of 4 confirmed");
        assertThat(figure("connections")).isEqualTo("3");
        assertThat(figure("connected-share")).isEqualTo("100%");
        assertThat(text("figure-connected-share-detail")).isEqualTo("3 of 3 people");
        assertThat(figure("average")).as("two connections each").isEqualTo("2.0");
        // Ana (Energy) with Ben (Finance) and Ben with Cleo (Energy) cross industries; Ana with Cleo does not.
        assertThat(figure("cross-industry")).isEqualTo("67%");
        assertThat(text("figure-cross-industry-label")).isEqualTo("Perspectives widened");
        assertThat(text("figure-cross-industry-detail")).isEqualTo("2 connections across industries");
        assertThat(figure("first-timers")).isEqualTo("3");
        assertThat(text("figure-first-timers-detail")).isEqualTo("of 4 here for the first time");
        assertThat(figure("requests")).isEqualTo("2");
        assertThat(text("figure-requests-detail")).isEqualTo("1 accepted");
        assertThat(figure("recommended")).isEqualTo(Integer.toString(
                reports.report(organizer.id(), event.id()).networking().recommendedConnections()));
        assertThat(figure("round-pairs")).isEqualTo("0");
        assertThat(text("figure-round-pairs-detail")).isEqualTo("of 0 pairs at a table");
        // Ben accepted Ana's request at once; Dan has not answered Cleo's.
        assertThat(text("report-requests-sent-value")).isEqualTo("2");
        assertThat(text("report-requests-acceptance-value")).isEqualTo("100%");
        assertThat(text("report-requests-acceptance-detail")).isEqualTo("1 of 1 answered requests");
        assertThat(text("report-requests-median-value")).isEqualTo("under a minute");
        assertThat(text("report-requests-expired-value")).isEqualTo("0");
        assertThat(figure("held")).as("no meeting had a slot").isEqualTo("0");
        assertThat(figure("no-shows")).isEqualTo("0");
        assertThat(text("figure-held-share-label")).isEqualTo("Held, of meetings whose slot has ended");
        assertThat(text("figure-held-share-detail")).isEqualTo("of 0 meetings");

        assertThat(bars("chart-funnel")).containsExactly("Registered=5", "Confirmed=4", "Checked in=3",
                "Waitlisted=0", "Pending approval=0", "Cancelled=1", "No-shows=0");
        assertThat(bars("chart-degrees")).as("everyone checked in made two").containsExactly("0=0", "1=0", "2=3");
        assertThat(bars("chart-top-interests")).containsExactly("Batteries=3", "Grid=2");
        assertThat(bars("chart-connecting-interests")).containsExactly("Batteries=1", "Grid=1");
        assertThat(child(svg("chart-funnel"), "title").getTextContent()).isEqualTo("Attendance funnel");

        // Outcomes: three reported a job; one client is too few to show.
        assertThat(text("outcome-job")).startsWith("A job");
        assertThat(text("outcome-job-count")).isEqualTo("3");
        assertThat(text("outcome-client-count")).isEqualTo("fewer than 3");
        assertThat(text("outcome-mentor-count")).isEqualTo("0");
        assertThat(_find(NativeTableRow.class).stream()
                .filter(row -> row.getId().orElse("").startsWith("outcome-"))).hasSize(7);

        // The network: the three who connected, Energy and Finance in the legend, a line a connection.
        var network = svg("network-picture");
        var dots = withClass(network, "circle", "network-dot");
        assertThat(dots).extracting(dot -> child(dot, "title").getTextContent()).containsExactlyInAnyOrder(
                "Ana Lima · Energy · 2 connections", "Ben Okafor · Finance · 2 connections",
                "Cleo Clarke · Energy · 2 connections");
        assertThat(Svgs.all(network, "line")).hasSize(3);
        assertThat(text("network-caption")).isEqualTo("Showing all 3 people who made a connection.");
        assertThat(_find(ListItem.class).stream()
                .filter(item -> item.getId().orElse("").startsWith("network-legend-"))
                .map(item -> item.getElement().getTextRecursively())).containsExactly("Energy (2)", "Finance (1)");

        assertThat(_get(Button.class, spec -> spec.withId("report-print")).getText()).isEqualTo("Print / save as PDF");
        assertThat(_get(Component.class, spec -> spec.withId("report-actions")).getClassNames()).contains("no-print");
        assertThat(_get(RouterLink.class, spec -> spec.withId("report-dashboard")).getHref())
                .isEqualTo("events/" + event.id() + "/manage");
    }

    @Test
    void theNetworkShowsTheFacesOfPeopleWithAPhotoAndADotForTheOthers() {
        var event = events.published("Faces in the network", 40, false);
        var fay = signUp("Fay Photo", "fay.report@example.org");
        photos.upload(fay.id(), TestImages.png(TestImages.stripes(300, 300, Color.ORANGE, Color.GRAY)));
        fixtures.attend(organizer, event, fay, true);
        fixtures.attend(organizer, event, ben, true);
        fixtures.connect(event, fay, ben);
        signInAs(organizer);

        open(event);

        var network = svg("network-picture");
        var faces = Svgs.all(network, "image");
        assertThat(faces).as("Fay's photo, Ben has none").hasSize(1);
        var face = faces.get(0);
        assertThat(face.getAttribute("href")).startsWith("VAADIN/dynamic/resource/");
        String clip = face.getAttribute("clip-path");
        assertThat(Svgs.all(network, "clipPath")).extracting(path -> "url(#" + path.getAttribute("id") + ")")
                .containsExactly(clip);
        var dots = withClass(network, "circle", "network-dot");
        assertThat(dots).extracting(dot -> child(dot, "title").getTextContent(), dot -> dot.getAttribute("fill"))
                .containsExactlyInAnyOrder(tuple("Fay Photo · industry not shown · 1 connection", "none"),
                        tuple("Ben Okafor · Finance · 1 connection", NetworkSvg.PALETTE.get(0)));
    }

    @Test
    void everyConnectionDownloadsAsCsvMadeSafeForSpreadsheets() {
        var event = events.published("Exported connections", 40, false);
        var formula = signUp("=HYPERLINK(1)", "formula.report@example.org");
        fixtures.attend(organizer, event, ana, true);
        fixtures.attend(organizer, event, ben, true);
        fixtures.attend(organizer, event, formula, true);
        fixtures.connect(event, ana, ben);
        fixtures.connect(event, formula, ana);
        signInAs(organizer);
        open(event);

        var link = _get(Anchor.class, spec -> spec.withId("report-csv"));
        String csv = new String(DownloadKt._download(link), StandardCharsets.UTF_8);

        assertThat(link.getText()).isEqualTo("Download connections (CSV)");
        assertThat(link.getElement().hasAttribute("download")).isTrue();
        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(csv).startsWith("\uFEFFConnected at (")
                .contains("Ana Lima", "Ben Okafor", "'=HYPERLINK(1)").doesNotContain(",=HYPERLINK");
    }

    @Test
    void beforeItsStartTheReportSaysItWillFillInInsteadOfShowingZeros() {
        var event = events.published("Not yet", 40, false);
        fixtures.attend(organizer, event, eve, false);
        fixtures.attend(organizer, event, ana, false);
        signInAs(organizer);

        open(event);

        assertThat(text("report-so-far")).startsWith("The event starts ")
                .contains("This report fills in as people check in, meet and connect");
        assertThat(figure("registered")).isEqualTo("2");
        _assertNone(Div.class, spec -> spec.withId("figure-connections"));
        _assertNone(Div.class, spec -> spec.withId("report-charts"));
        _assertNone(Section.class, spec -> spec.withId("report-network"));
        _assertNone(Section.class, spec -> spec.withId("report-outcomes"));
        _assertNone(Section.class, spec -> spec.withId("report-requests"));
    }

    @Test
    void aGermanReportSpeaksGermanAndWritesNumbersTheGermanWay() {
        var event = events.published("Stiller Anfang", 40, false);
        fixtures.attend(organizer, event, eve, true);
        signInAs(organizer);
        UI.getCurrent().setLocale(Locale.GERMANY);

        open(event);

        assertThat(text("report-so-far")).isEqualTo("Die Veranstaltung ist noch nicht vorbei: Das sind die Zahlen "
                + "bis jetzt.");
        assertThat(text("figure-registered-label")).isEqualTo("Angemeldet");
        assertThat(text("figure-connected-share-value")).isEqualTo("0\u00a0%");
        assertThat(text("figure-average-value")).isEqualTo("0,0");
        assertThat(text("figure-held-label")).isEqualTo("Stattgefundene Treffen");
        assertThat(bars("chart-funnel")).startsWith("Angemeldet=1", "Bestätigt=1", "Eingecheckt=1");
        assertThat(child(svg("chart-funnel"), "title").getTextContent()).isEqualTo("Teilnahme-Trichter");
        assertThat(text("chart-top-interests-empty")).isEqualTo("Noch niemand unter den Teilnehmenden teilt seine "
                + "Interessen.");
        assertThat(_get(Anchor.class, spec -> spec.withId("report-csv")).getText())
                .isEqualTo("Kontakte herunterladen (CSV)");
    }

    @Test
    void anEventUnderWayWithoutConnectionsYetSaysSoInsteadOfEmptyPictures() {
        var event = events.published("Quiet start", 40, false);
        fixtures.attend(organizer, event, eve, true);
        signInAs(organizer);

        open(event);

        assertThat(text("report-so-far")).isEqualTo("The event is not over yet: these are the figures so far.");
        assertThat(figure("registered")).isEqualTo("1");
        assertThat(figure("connections")).isEqualTo("0");
        assertThat(figure("connected-share")).isEqualTo("0%");
        assertThat(figure("average")).isEqualTo("0.0");
        assertThat(bars("chart-degrees")).containsExactly("0=1");
        assertThat(text("chart-top-interests-empty")).isEqualTo("No attendee shares their interests yet.");
        assertThat(text("chart-connecting-interests-empty")).isEqualTo("No connection shares an interest yet.");
        _assertNone(Svg.class, spec -> spec.withId("network-picture"));
        assertThat(text("network-empty")).startsWith("No connections yet.");
        assertThat(text("outcome-job-count")).isEqualTo("0");
        var csv = new String(DownloadKt._download(_get(Anchor.class, spec -> spec.withId("report-csv"))),
                StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).hasSize(1);
    }

    @Test
    void theDashboardLeadsOrganizersHereOncePublished() {
        var draft = events.draft("Still a draft", "Hall 2");
        signInAs(organizer);
        UI.getCurrent().navigate("events/" + draft.id() + "/manage");
        _assertNone(RouterLink.class, spec -> spec.withId("open-report"));

        var event = eventService.publish(organizer.id(), draft.id());
        UI.getCurrent().navigate("events/" + event.id() + "/manage");

        var link = _get(RouterLink.class, spec -> spec.withId("open-report"));
        assertThat(link.getText()).isEqualTo("Event report");
        assertThat(link.getHref()).isEqualTo("events/" + event.id() + "/report");
    }

    @Test
    void attendeesCheckInStaffAndUnknownIdsGetTheNotFoundPage() {
        var event = events.published("Organizers only", 40, false);
        fixtures.attend(organizer, event, ana, true);
        eventService.addToTeam(organizer.id(), event.id(), "sam.report@example.org", EventRole.CHECKIN_STAFF,
                "192.0.2.1");

        signInAs(ana);
        UI.getCurrent().navigate("events/" + event.id() + "/report");
        assertThat(_get(ObjectNotFoundView.class).heading()).isEqualTo("Event not found");
        _assertNone(EventReportView.class);
        _assertNone(Anchor.class, spec -> spec.withId("report-csv"));

        signInAs(staff);
        UI.getCurrent().navigate("events/" + event.id() + "/report");
        assertThat(_get(ObjectNotFoundView.class).heading()).isEqualTo("Event not found");
        UI.getCurrent().navigate("events/" + event.id() + "/manage");
        assertThat(_get(EventDashboardView.class)).as("check-in staff see the dashboard").isNotNull();
        _assertNone(RouterLink.class, spec -> spec.withId("open-report")); // but not the report

        signInAs(organizer);
        UI.getCurrent().navigate("events/" + UUID.randomUUID() + "/report");
        assertThat(_get(ObjectNotFoundView.class).heading()).isEqualTo("Event not found");
        UI.getCurrent().navigate("events/not-an-id/report");
        assertThat(_get(ObjectNotFoundView.class).heading()).isEqualTo("Event not found");
    }

    private static void open(Event event) {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("events/" + event.id() + "/report");
    }

    private static String figure(String key) {
        return text("figure-" + key + "-value");
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    /** The SVG a component shows, as XML. */
    private static Element svg(String id) {
        return parse(_get(Svg.class, spec -> spec.withId(id)).getElement().getProperty("innerHTML"));
    }

    /** A chart's bars as "label=value". */
    private static List<String> bars(String id) {
        return withClass(svg(id), "g", "bar").stream()
                .map(bar -> bar.getAttribute("data-label") + "=" + bar.getAttribute("data-value")).toList();
    }
}
