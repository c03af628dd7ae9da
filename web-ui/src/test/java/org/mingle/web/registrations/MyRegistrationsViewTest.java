package org.mingle.web.registrations;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.events.EventService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.web.accounts.LoginView;
import org.mingle.web.events.EventFixtures;
import org.mingle.web.vaadin.KaribuViewTest;

/** "My registrations": each registration's status, and the check-in code with its QR code when confirmed. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MyRegistrationsViewTest extends KaribuViewTest {

    private static final String DATA_PREFIX = "data:image/svg+xml;base64,";

    @Inject
    EventService eventService;
    @Inject
    RegistrationService registrations;

    private Account organizer;
    private Account ada;
    private Account bob;
    private EventFixtures fixtures;

    @BeforeAll
    void accounts() {
        organizer = signUp("Olga Organizer", "olga@example.org");
        ada = signUp("Ada Lovelace", "ada@example.org");
        bob = signUp("Bob Babbage", "bob@example.org");
        fixtures = new EventFixtures(eventService, organizer.id());
    }

    @Test
    void aConfirmedRegistrationShowsItsCodeAsTextAndQrCodeOthersDoNot() {
        var roomy = fixtures.published("Roomy meetup", 10, false);
        var tiny = fixtures.published("Tiny meetup", 1, false);
        var curated = fixtures.published("Curated meetup", 10, true);
        registrations.register(ada.id(), tiny.id());
        var confirmed = registrations.register(bob.id(), roomy.id());
        var waitlisted = registrations.register(bob.id(), tiny.id());
        var pending = registrations.register(bob.id(), curated.id());
        signInAs(bob);

        UI.getCurrent().navigate("my-registrations");

        assertThat(_get(MyRegistrationsView.class).getId()).contains("my-registrations");
        assertThat(text("registration-status-" + confirmed.id())).isEqualTo("You're confirmed");
        assertThat(text("checkin-code-" + confirmed.id())).isEqualTo(confirmed.checkInCode());
        var qr = _get(Image.class, spec -> spec.withId("checkin-qr-" + confirmed.id()));
        assertThat(qr.getSrc()).startsWith(DATA_PREFIX);
        String svg = new String(Base64.getDecoder().decode(qr.getSrc().substring(DATA_PREFIX.length())),
                StandardCharsets.UTF_8);
        assertThat(svg).isEqualTo(QrCodes.svg(confirmed.checkInCode())).startsWith("<svg");
        assertThat(qr.getAlt().orElseThrow()).contains(confirmed.checkInCode());

        assertThat(text("registration-status-" + waitlisted.id())).isEqualTo("On the waitlist, position 1");
        assertThat(text("registration-status-" + pending.id())).isEqualTo("Waiting for the organizers' approval");
        for (var unconfirmed : java.util.List.of(waitlisted, pending)) {
            _assertNone(Image.class, spec -> spec.withId("checkin-qr-" + unconfirmed.id()));
            _assertNone(Span.class, spec -> spec.withId("checkin-code-" + unconfirmed.id()));
        }
        assertThat(_find(Image.class)).hasSize(1);
    }

    @Test
    void theNextEventComesFirstWithItsSignUpsAgainstCapacity() {
        var cleo = signUp("Cleo Codd", "cleo.order@example.org");
        var later = fixtures.publishedLater("Later meetup", 20);
        var sooner = fixtures.publishedLater("Sooner meetup", 10);
        registrations.register(cleo.id(), later.id());
        registrations.register(cleo.id(), sooner.id());
        registrations.register(ada.id(), sooner.id());
        signInAs(cleo);

        UI.getCurrent().navigate("my-registrations");

        var cards = _get(Div.class, spec -> spec.withId("my-registrations-list")).getChildren().toList();
        assertThat(cards).extracting(card -> card.getElement().getAttribute("data-event-id"))
                .containsExactly(sooner.id().toString(), later.id().toString());
        assertThat(cards.get(0).getElement().getTextRecursively()).contains("2 of 40 seats taken");
        assertThat(cards.get(1).getElement().getTextRecursively()).contains("1 of 40 seats taken");
    }

    @Test
    void aRegistrationCancelledByItsOwnerIsLeftOutAndACancelledEventSaysSo() {
        var dropped = fixtures.published("Dropped meetup", 10, false);
        var cancelledEvent = fixtures.published("Called-off meetup", 10, false);
        var mine = registrations.register(ada.id(), dropped.id());
        registrations.cancel(ada.id(), dropped.id());
        var fallen = registrations.register(ada.id(), cancelledEvent.id());
        eventService.cancel(organizer.id(), cancelledEvent.id());
        signInAs(ada);

        UI.getCurrent().navigate("my-registrations");

        _assertNone(Div.class, spec -> spec.withId("registration-" + mine.id()));
        var card = _get(Div.class, spec -> spec.withId("registration-" + fallen.id()));
        assertThat(card.getElement().getTextRecursively())
                .contains("Called-off meetup").contains("This event has been cancelled by its organizers.");
        _assertNone(Image.class, spec -> spec.withId("checkin-qr-" + fallen.id()));
    }

    @Test
    void withoutRegistrationsThePageSaysSo() {
        var nobody = signUp("Nadia Nobody", "nadia@example.org");
        signInAs(nobody);

        UI.getCurrent().navigate("my-registrations");

        assertThat(text("my-registrations-empty")).startsWith("You have not registered for any events yet.");
        assertThat(_get(SideNavItem.class, spec -> spec.withId("nav-my-registrations")).getPath())
                .isEqualTo("my-registrations");
    }

    @Test
    void anAnonymousVisitorIsSentToLogIn() {
        UI.getCurrent().navigate("my-registrations");

        assertThat(_get(LoginView.class)).isNotNull();
        _assertNone(SideNavItem.class, spec -> spec.withId("nav-my-registrations"));
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getText();
    }
}
