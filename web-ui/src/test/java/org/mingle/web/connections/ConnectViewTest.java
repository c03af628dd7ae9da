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
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.connections.ConnectionSource;
import org.mingle.domain.connections.NetworkFilter;
import org.mingle.domain.events.EventService;
import org.mingle.domain.meetings.BlockService;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.web.accounts.LoginView;
import org.mingle.web.profiles.ProfileFixtures;
import org.mingle.web.registrations.QrCodes;
import org.mingle.web.vaadin.KaribuViewTest;

/** The connect code to show, and the page a scanned code opens: who it is, and connecting at the right event. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConnectViewTest extends KaribuViewTest {

    private static final String PUBLIC_URL = "https://mingle.example.org";

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(super.getProperties());
        properties.put("mingle.public-url", PUBLIC_URL);
        return properties;
    }

    @Inject
    ConnectionService connections;
    @Inject
    EventService eventService;
    @Inject
    RegistrationService registrations;
    @Inject
    ProfileService profileService;
    @Inject
    BlockService blocks;

    private Account ana;
    private Account ben;
    private Account cleo;
    private Account dan;
    private Account eve;
    private ConnectionFixtures fixtures;

    @BeforeAll
    void accounts() {
        var organizer = signUp("Olga Organizer", "olga.connect@example.org");
        ana = signUp("Ana Alves", "ana.connect@example.org");
        ben = signUp("Ben Bauer", "ben.connect@example.org");
        cleo = signUp("Cleo Clarke", "cleo.connect@example.org");
        dan = signUp("Dan Dahl", "dan.connect@example.org");
        eve = signUp("Eve Evans", "eve.connect@example.org");
        fixtures = new ConnectionFixtures(eventService, registrations, organizer);
        new ProfileFixtures(profileService).save(ben.id(), "Angel investor", List.of("Climate Tech"), List.of(),
                List.of("INVESTMENT"), List.of());
    }

    @Test
    void myConnectCodeShowsTheCodeInBigLettersAndAQrCodeOfTheAbsoluteConnectAddress() {
        signInAs(ana);

        UI.getCurrent().navigate("me/connect");

        String code = connections.myCode(ana.id()).value();
        assertThat(text("connect-code")).isEqualTo(code).hasSize(8);
        // on the configured public address, not on the host of the request the page was shown for
        String address = text("connect-url");
        assertThat(address).isEqualTo(PUBLIC_URL + "/connect/" + code);
        var qr = _get(Image.class, spec -> spec.withId("connect-qr"));
        assertThat(qr.getAlt()).hasValue("QR code of your connect page " + address);
        String svg = new String(Base64.getDecoder().decode(qr.getSrc().substring(qr.getSrc().indexOf(',') + 1)),
                StandardCharsets.UTF_8);
        assertThat(svg).isEqualTo(QrCodes.svg(address));
        assertThat(text("connect-hint")).startsWith("Let people you meet scan this.");
        assertThat(_get(SideNavItem.class, spec -> spec.withId("nav-connect-code")).getPath()).isEqualTo("me/connect");

        // The same code every time.
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("me/connect");
        assertThat(text("connect-code")).isEqualTo(code);
    }

    @Test
    void oneEventHappeningNowConnectsTheTwoAtOnce() {
        var event = fixtures.now("Climate breakfast", List.of(ana, ben));
        signInAs(ana);

        open(connections.myCode(ben.id()).value());

        assertThat(text("connect-person-name")).isEqualTo("Ben Bauer");
        assertThat(text("connect-person-headline")).isEqualTo("Angel investor");
        assertThat(text("connect-message")).isEqualTo("You and Ben Bauer are connected at Climate breakfast.");
        var mine = connections.network(ana.id(), new NetworkFilter(event.id(), null, null, null, false));
        assertThat(mine).singleElement().satisfies(connection -> {
            assertThat(connection.other().accountId()).isEqualTo(ben.id());
            assertThat(connection.eventId()).isEqualTo(event.id());
            assertThat(connection.source()).isEqualTo(ConnectionSource.CODE);
        });
        assertThat(connections.network(ben.id(), new NetworkFilter(event.id(), null, null, null, false)))
                .singleElement()
                .satisfies(theirs -> assertThat(theirs.other().accountId()).isEqualTo(ana.id()));
        var link = _get(RouterLink.class, spec -> spec.withId("connect-open-network"));
        assertThat(link.getHref()).isEqualTo("network?connection=" + mine.get(0).id());
        _assertNone(Div.class, spec -> spec.withId("connect-events"));

        // Scanning again is harmless: still one connection.
        open(connections.myCode(ben.id()).value().toLowerCase());
        assertThat(text("connect-message")).isEqualTo("You and Ben Bauer are connected at Climate breakfast.");
        assertThat(connections.network(ana.id(), new NetworkFilter(event.id(), null, null, null, false))).hasSize(1);

        // The link opens the entry in the network.
        UI.getCurrent().navigate(NetworkView.class, NetworkView.opening(mine.get(0).id()));
        var dialog = _get(Dialog.class, spec -> spec.withId(ConnectionDialog.ID));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Ben Bauer");
    }

    @Test
    void withEventsInCommonButNoneHappeningNowThereIsAButtonPerEvent() {
        var first = fixtures.later("Autumn founders dinner", List.of(cleo, dan));
        var second = fixtures.later("Winter investor lunch", List.of(cleo, dan));
        signInAs(cleo);

        open(connections.myCode(dan.id()).value());

        assertThat(text("connect-person-name")).isEqualTo("Dan Dahl");
        assertThat(text("connect-question")).isEqualTo("Where did you meet Dan Dahl?");
        var buttons = _find(Button.class, spec -> spec.withClasses("connect-choice"));
        assertThat(buttons).extracting(Button::getText)
                .containsExactlyInAnyOrder("Connect at Autumn founders dinner", "Connect at Winter investor lunch");
        assertThat(connections.network(cleo.id(), NetworkFilter.ALL)).as("nothing recorded yet").isEmpty();
        _assertNone(Component.class, spec -> spec.withId("connect-message"));

        _click(_get(Button.class, spec -> spec.withId("connect-at-" + second.id())));

        assertThat(text("connect-message")).isEqualTo("You and Dan Dahl are connected at Winter investor lunch.");
        assertThat(connections.network(cleo.id(), NetworkFilter.ALL)).singleElement()
                .satisfies(connection -> assertThat(connection.eventId()).isEqualTo(second.id()));
        assertThat(connections.network(cleo.id(), new NetworkFilter(first.id(), null, null, null, false))).isEmpty();
        _assertNone(Div.class, spec -> spec.withId("connect-events"));
    }

    @Test
    void withSeveralEventsHappeningNowThePersonChooses() {
        var morning = fixtures.now("Morning coffee", List.of(eve, dan));
        fixtures.now("Lunch pitches", List.of(eve, dan));
        signInAs(eve);

        open(connections.myCode(dan.id()).value());

        assertThat(text("connect-question")).isEqualTo("You and Dan Dahl are at more than one event today. "
                + "Where did you meet?");
        assertThat(_find(Button.class, spec -> spec.withClasses("connect-choice"))).hasSize(2);
        assertThat(connections.network(eve.id(), NetworkFilter.ALL)).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("connect-at-" + morning.id())));

        assertThat(text("connect-message")).isEqualTo("You and Dan Dahl are connected at Morning coffee.");
    }

    @Test
    void peopleWhoAttendNoEventTogetherAreToldSo() {
        fixtures.now("Only Ana goes", List.of(ana));
        signInAs(ana);

        open(connections.myCode(eve.id()).value());

        assertThat(text("connect-person-name")).isEqualTo("Eve Evans");
        assertThat(text("connect-message")).isEqualTo("You and Eve Evans are not attendees of the same event.");
        _assertNone(Button.class, spec -> spec.withClasses("connect-choice"));
        _assertNone(RouterLink.class, spec -> spec.withId("connect-open-network"));
    }

    @Test
    void anUnknownCodeAndOnesOwnCodeGetAFriendlyWord() {
        signInAs(ana);

        open("ZZZZZZZZ");
        assertThat(text("connect-notice")).isEqualTo("No one has this connect code. Check the address, or scan the "
                + "QR code again.");
        _assertNone(Component.class, spec -> spec.withId("connect-person"));

        open("not-a-code-at-all");
        assertThat(text("connect-notice")).startsWith("No one has this connect code.");

        open(connections.myCode(ana.id()).value());
        assertThat(text("connect-notice")).startsWith("This is your own connect code");
        assertThat(_get(RouterLink.class, spec -> spec.withId("connect-show-my-code")).getHref())
                .isEqualTo("me/connect");
        NotificationsKt.expectNoNotifications();
    }

    @Test
    void aBlockIsAFriendlyRefusalNotAnError() {
        var friday = fixtures.now("Blocked Friday", List.of(cleo, eve));
        blocks.block(eve.id(), cleo.id());
        signInAs(cleo);

        open(connections.myCode(eve.id()).value());

        // Eve blocked Cleo: the rules refuse, in words, and nothing is recorded.
        assertThat(text("connect-message")).isEqualTo("You cannot connect with this person.");
        _assertNone(RouterLink.class, spec -> spec.withId("connect-open-network"));
        assertThat(connections.network(cleo.id(), new NetworkFilter(friday.id(), null, null, null, false)))
                .isEmpty();
        NotificationsKt.expectNoNotifications();
    }

    @Test
    void aSignedOutVisitorLogsInFirstAndComesBackToConnect() {
        fixtures.now("Scan and sign in", List.of(ben, cleo));
        String code = connections.myCode(cleo.id()).value();

        open(code);

        assertThat(_get(LoginView.class)).isNotNull();
        assertThat(path()).isEqualTo("login?continue=connect%2F" + code);
        _setValue(_get(EmailField.class, spec -> spec.withId("login-email")), "ben.connect@example.org");
        _setValue(_get(PasswordField.class, spec -> spec.withId("login-password")), PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("login-submit")));

        assertThat(path()).isEqualTo("connect/" + code);
        assertThat(text("connect-message")).isEqualTo("You and Cleo Clarke are connected at Scan and sign in.");
        assertThat(connections.network(ben.id(), NetworkFilter.ALL)).extracting(c -> c.other().displayName())
                .contains("Cleo Clarke");
    }

    @Test
    void theEventHomeShowsAConfirmedAttendeeBothTheirCodes() {
        var event = fixtures.later("Code on the event page", List.of(ana));
        signInAs(ana);
        UI.getCurrent().navigate("events/" + event.id());
        var tab = _get(RouterLink.class, spec -> spec.withId("home-code"));
        assertThat(tab.getHref()).isEqualTo("events/" + event.id() + "/my-code");

        UI.getCurrent().navigate(tab.getHref());

        assertThat(_get(Span.class, spec -> spec.withId("connect-code")).getText())
                .isEqualTo(connections.myCode(ana.id()).value());
        var registration = registrations.mineAt(ana.id(), event.id()).orElseThrow();
        assertThat(_get(Span.class, spec -> spec.withId("checkin-code-" + registration.id())).getText())
                .isEqualTo(registration.checkInCode());

        signInAs(dan);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("events/" + event.id());
        _assertNone(RouterLink.class, spec -> spec.withId("home-code"));
    }

    private static void open(String code) {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("connect/" + code);
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private static String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }
}
