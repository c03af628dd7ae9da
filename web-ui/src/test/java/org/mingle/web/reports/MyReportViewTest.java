package org.mingle.web.reports;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventService;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.web.connections.NetworkView;
import org.mingle.web.events.EventFixtures;
import org.mingle.web.shell.ObjectNotFoundView;
import org.mingle.web.vaadin.KaribuViewTest;

/** An attendee's own report: whom they met, outside their industry, meetings, follow-ups, and links to the notes. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MyReportViewTest extends KaribuViewTest {

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

    private Account organizer;
    private Account ana;
    private Account ben;
    private Account cleo;
    private Account dan;
    private EventFixtures events;
    private ReportFixtures fixtures;

    @BeforeAll
    void people() {
        organizer = signUp("Olga Organizer", "olga.myreport@example.org");
        ana = signUp("Ana Lima", "ana.myreport@example.org");
        ben = signUp("Ben Okafor", "ben.myreport@example.org");
        cleo = signUp("Cleo Clarke", "cleo.myreport@example.org");
        dan = signUp("Dan Dahl", "dan.myreport@example.org");
        events = new EventFixtures(eventService, organizer.id());
        fixtures = new ReportFixtures(profiles, registrations, connections);
        fixtures.profile(ana, "Grid engineer", "Voltaic", "Energy", List.of("Grid"));
        fixtures.profile(ben, "Angel investor", "Northwind", "Finance", List.of("Batteries"));
        fixtures.profile(cleo, "Battery chemist", "Cellwise", "Energy", List.of("Grid"));
    }

    @Test
    void anAttendeeSeesWhomTheyMetAndWhatIsLeftToFollowUp() {
        var event = events.published("Climate mixer", 40, false);
        for (Account attendee : List.of(ana, ben, cleo, dan)) {
            fixtures.attend(organizer, event, attendee, true);
        }
        var anaBen = fixtures.connect(event, ana, ben);
        var anaCleo = fixtures.connect(event, cleo, ana);
        fixtures.connect(event, ben, dan); // not Ana's
        fixtures.notes(ana, anaBen, "TO_CONTACT", null);
        var request = meetingRequests.request(ana.id(), event.id(), ben.id(), null);
        meetingRequests.accept(ben.id(), event.id(), request.id());
        signInAs(ana);

        open(event);

        assertThat(_get(MyReportView.class)).isNotNull();
        assertThat(text("my-report-event")).isEqualTo("Climate mixer");
        assertThat(figure("people-met")).isEqualTo("2");
        assertThat(figure("outside-industry")).as("Ben is in finance; Cleo, like Ana, in energy").isEqualTo("1");
        assertThat(text("my-figure-outside-industry-detail")).isEqualTo("of 2 people met");
        assertThat(figure("meetings")).as("booked, not held yet").isEqualTo("0");
        assertThat(text("my-figure-meetings-detail")).isEqualTo("of 1 one-to-one meeting booked");
        assertThat(figure("follow-ups")).isEqualTo("1");

        var cards = _find(RouterLink.class, spec -> spec.withClasses("my-report-connection"));
        assertThat(cards).extracting(RouterLink::getHref).containsExactlyInAnyOrder(
                "network?connection=" + anaBen, "network?connection=" + anaCleo);
        assertThat(text("my-connection-" + anaBen + "-name")).isEqualTo("Ben Okafor");
        assertThat(text("my-connection-" + anaBen + "-about")).isEqualTo("Angel investor · Northwind · Finance");
        assertThat(text("my-connection-" + anaCleo + "-name")).isEqualTo("Cleo Clarke");
        assertThat(text("my-report-connections")).doesNotContain("Dan Dahl");
        _assertNone(Div.class, spec -> spec.withId("my-report-empty"));
        _assertNone(Div.class, spec -> spec.withId("my-report-not-attendee"));

        // The card opens the connection's notes in "My network".
        UI.getCurrent().navigate(NetworkView.class, NetworkView.opening(anaBen));
        assertThat(_get(NetworkView.class)).isNotNull();
    }

    @Test
    void theEventPageLeadsConfirmedAttendeesHere() {
        var event = events.published("Linked mixer", 40, false);
        fixtures.attend(organizer, event, ana, false);
        signInAs(ana);

        UI.getCurrent().navigate("events/" + event.id());

        var link = _get(RouterLink.class, spec -> spec.withId("my-report-link"));
        assertThat(link.isVisible()).isTrue();
        assertThat(link.getText()).isEqualTo("My report");
        assertThat(link.getHref()).isEqualTo("events/" + event.id() + "/my-report");

        signInAs(ben); // not registered
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("events/" + event.id());
        _assertNone(RouterLink.class, spec -> spec.withId("my-report-link"));
    }

    @Test
    void someoneWithoutAConnectionYetIsShownHowToConnect() {
        var event = events.published("First evening", 40, false);
        fixtures.attend(organizer, event, dan, false);
        signInAs(dan);

        open(event);

        assertThat(figure("people-met")).isEqualTo("0");
        assertThat(figure("follow-ups")).isEqualTo("0");
        assertThat(text("my-report-empty")).startsWith("You have not connected with anyone at this event yet.");
        assertThat(_get(RouterLink.class, spec -> spec.withId("my-report-connect-code")).getHref())
                .isEqualTo("me/connect");
        assertThat(_find(RouterLink.class, spec -> spec.withClasses("my-report-connection"))).isEmpty();
    }

    @Test
    void aGermanReportSpeaksGerman() {
        var event = events.published("Erster Abend", 40, false);
        fixtures.attend(organizer, event, dan, false);
        signInAs(dan);
        UI.getCurrent().setLocale(Locale.GERMANY);

        open(event);

        assertThat(text("my-figure-people-met-detail")).isEqualTo("in deinem Netzwerk aus dieser Veranstaltung");
        assertThat(text("my-figure-outside-industry-detail")).isEqualTo("von 0 getroffenen Personen");
        assertThat(text("my-report-empty"))
                .startsWith("Du hast dich bei dieser Veranstaltung noch mit niemandem vernetzt.");
        assertThat(_get(RouterLink.class, spec -> spec.withId("my-report-connect-code")).getText())
                .isEqualTo("Meinen Kontaktcode zeigen");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Mein Bericht · Erster Abend · Mingle");
    }

    @Test
    void someoneNotConfirmedIsToldKindlyAndAnUnknownEventIsNotFound() {
        var event = events.published("Members evening", 40, false);
        registrations.register(cleo.id(), event.id());
        registrations.cancel(cleo.id(), event.id());
        signInAs(cleo);

        open(event);

        assertThat(text("my-report-not-attendee")).startsWith("Event reports are for the attendees of this event.");
        assertThat(_get(RouterLink.class, spec -> spec.withId("my-report-go-to-event")).getHref())
                .isEqualTo("events/" + event.id());
        _assertNone(Div.class, spec -> spec.withId("my-report-figures"));

        UI.getCurrent().navigate("events/" + UUID.randomUUID() + "/my-report");
        assertThat(_get(ObjectNotFoundView.class).heading()).isEqualTo("Event not found");
    }

    private static void open(Event event) {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("events/" + event.id() + "/my-report");
    }

    private static String figure(String key) {
        return text("my-figure-" + key + "-value");
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
