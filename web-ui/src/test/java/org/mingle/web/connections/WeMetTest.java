package org.mingle.web.connections;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.connections.ConnectionSource;
import org.mingle.domain.connections.MyConnection;
import org.mingle.domain.connections.NetworkFilter;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventService;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.rounds.RoundService;
import org.mingle.domain.rounds.RoundsInput;
import org.mingle.web.profiles.ProfileFixtures;
import org.mingle.web.vaadin.KaribuViewTest;

/** "We met" on a match and on a round companion, and "Add a connection" by name, each recording a connection. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WeMetTest extends KaribuViewTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Inject
    ConnectionService connections;
    @Inject
    EventService eventService;
    @Inject
    RegistrationService registrations;
    @Inject
    MeetingRequestService meetings;
    @Inject
    RoundService rounds;
    @Inject
    ProfileService profileService;

    private Account organizer;
    private Account ana;
    private Account ben;
    private Account cleo;
    private Account dan;
    private ConnectionFixtures fixtures;

    @BeforeAll
    void accounts() {
        organizer = signUp("Olga Organizer", "olga.wemet@example.org");
        ana = signUp("Ana Alves", "ana.wemet@example.org");
        ben = signUp("Ben Bauer", "ben.wemet@example.org");
        cleo = signUp("Cleo Clarke", "cleo.wemet@example.org");
        dan = signUp("Dan Dahl", "dan.wemet@example.org");
        fixtures = new ConnectionFixtures(eventService, registrations, organizer);
        var profiles = new ProfileFixtures(profileService);
        profiles.save(ana.id(), "Climate founder", List.of("Climate Tech"), List.of("INVESTMENT"), List.of(),
                List.of());
        profiles.save(ben.id(), "Angel investor", List.of("Climate Tech"), List.of(), List.of("INVESTMENT"),
                List.of());
    }

    @Test
    void weMetOnAMatchRecordsTheConnectionAndTurnsIntoConnected() {
        var event = fixtures.later("Matched at the mixer", List.of(ana, ben, cleo));
        var request = meetings.request(ana.id(), event.id(), ben.id(), null);
        meetings.accept(ben.id(), event.id(), request.id());
        signInAs(ana);

        UI.getCurrent().navigate("events/" + event.id() + "/people", QueryParameters.of("tab", "matches"));

        var weMet = _get(Button.class, spec -> spec.withId("we-met-" + ben.id()));
        assertThat(weMet.getText()).isEqualTo("We met");
        assertThat(weMet.isEnabled()).isTrue();
        _click(weMet);

        NotificationsKt.expectNotifications("You and Ben Bauer are connected. Find them under My network.");
        assertThat(weMet.getText()).isEqualTo("Connected \u2713");
        assertThat(weMet.isEnabled()).isFalse();
        assertThat(network(ana, event)).singleElement().satisfies(connection -> {
            assertThat(connection.other().accountId()).isEqualTo(ben.id());
            assertThat(connection.source()).isEqualTo(ConnectionSource.MEETING);
        });
        assertThat(network(ben, event)).hasSize(1);

        // Ben's match card knows already; a second recording would be harmless anyway.
        signInAs(ben);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("events/" + event.id() + "/people", QueryParameters.of("tab", "matches"));
        var his = _get(Button.class, spec -> spec.withId("we-met-" + ana.id()));
        assertThat(his.getText()).isEqualTo("Connected \u2713");
        assertThat(his.isEnabled()).isFalse();
        connections.record(ben.id(), event.id(), ana.id(), ConnectionSource.MEETING);
        assertThat(network(ben, event)).hasSize(1);
    }

    @Test
    void addAConnectionFindsAttendeesByNameAndConnects() {
        var event = fixtures.now("Hallway track", List.of(ana, ben, cleo));
        connections.record(ana.id(), event.id(), ben.id(), ConnectionSource.CODE);
        signInAs(ana);
        UI.getCurrent().navigate("events/" + event.id() + "/people");

        _click(_get(Button.class, spec -> spec.withId("add-connection")));
        var dialog = _get(Dialog.class, spec -> spec.withId(AddConnectionDialog.ID));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(text("add-connection-hint")).startsWith("Type part of a name");

        _setValue(_get(TextField.class, spec -> spec.withId("add-connection-search")), "dan");
        assertThat(text("add-connection-hint")).isEqualTo("Nobody at this event matches \u201cdan\u201d.");
        _setValue(_get(TextField.class, spec -> spec.withId("add-connection-search")), "e");
        assertThat(_find(Div.class, spec -> spec.withClasses("add-connection-row")))
                .extracting(row -> row.getElement().getAttribute("data-account-id"))
                .containsExactly(ben.id().toString(), cleo.id().toString());
        var withBen = _get(Button.class, spec -> spec.withId("connect-with-" + ben.id()));
        assertThat(withBen.getText()).isEqualTo("Connected \u2713");
        assertThat(withBen.isEnabled()).isFalse();
        var withCleo = _get(Button.class, spec -> spec.withId("connect-with-" + cleo.id()));
        assertThat(withCleo.getText()).isEqualTo("Connect");

        _click(withCleo);

        assertThat(withCleo.getText()).isEqualTo("Connected \u2713");
        NotificationsKt.expectNotifications("You and Cleo Clarke are connected. Find them under My network.");
        assertThat(network(ana, event)).extracting(c -> c.other().displayName(), MyConnection::source)
                .containsExactlyInAnyOrder(org.assertj.core.api.Assertions.tuple("Ben Bauer", ConnectionSource.CODE),
                        org.assertj.core.api.Assertions.tuple("Cleo Clarke", ConnectionSource.SEARCH));
    }

    @Test
    void aPersonWithoutAPlaceIsNotOfferedToConnect() {
        var event = fixtures.now("Guests and others", List.of(ana, ben));
        signInAs(dan);

        UI.getCurrent().navigate("events/" + event.id() + "/people");

        _assertNone(Button.class, spec -> spec.withId("add-connection"));
    }

    @Test
    void weMetOnARoundCompanionRecordsTheConnection() {
        var event = fixtures.later("Round robin", List.of(ana, ben));
        for (Account attendee : List.of(ana, ben)) {
            var registration = registrations.mineAt(attendee.id(), event.id()).orElseThrow();
            registrations.checkIn(organizer.id(), event.id(), registration.checkInCode());
        }
        Instant start = LocalDate.now(BERLIN).plusDays(1).atTime(18, 0).atZone(BERLIN).toInstant();
        rounds.generate(organizer.id(), event.id(), new RoundsInput(1, 8, start, 2, false, "TRIO"));
        signInAs(ana);

        UI.getCurrent().navigate("events/" + event.id() + "/my-rounds");

        String id = "my-round-1-person-" + ben.id() + "-we-met";
        var weMet = _get(Button.class, spec -> spec.withId(id));
        assertThat(weMet.getText()).isEqualTo("We met");
        _click(weMet);

        assertThat(weMet.getText()).isEqualTo("Connected \u2713");
        assertThat(weMet.isEnabled()).isFalse();
        assertThat(network(ana, event)).singleElement().satisfies(connection -> {
            assertThat(connection.other().accountId()).isEqualTo(ben.id());
            assertThat(connection.source()).isEqualTo(ConnectionSource.ROUND);
        });

        // Drawn again (another visit), the button remembers.
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("events/" + event.id() + "/my-rounds");
        assertThat(_get(Button.class, spec -> spec.withId(id)).getText()).isEqualTo("Connected \u2713");
    }

    private List<MyConnection> network(Account me, Event event) {
        return connections.network(me.id(), new NetworkFilter(event.id(), null, null, null, false));
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
