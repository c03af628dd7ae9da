package org.mingle.web.events;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.events.EventService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.registration.RegistrationStatus;
import org.mingle.web.vaadin.KaribuViewTest;

/** Registering, the waitlist and cancelling on the event page, as attendees see them. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventRegistrationTest extends KaribuViewTest {

    @Inject
    EventService eventService;
    @Inject
    RegistrationService registrations;

    private Account organizer;
    private Account ada;
    private Account bob;
    private Account cleo;
    private EventFixtures fixtures;

    @BeforeAll
    void accounts() {
        organizer = signUp("Olga Organizer", "olga@example.org");
        ada = signUp("Ada Lovelace", "ada@example.org");
        bob = signUp("Bob Babbage", "bob@example.org");
        cleo = signUp("Cleo Clarke", "cleo@example.org");
        fixtures = new EventFixtures(eventService, organizer.id());
    }

    @Test
    void anAttendeeRegistersAndIsConfirmed() {
        var event = fixtures.published("Founders breakfast", 40, false);
        signInAs(ada);
        open(event);
        _assertNone(Paragraph.class, spec -> spec.withId("registration-status"));
        _assertNone(Button.class, spec -> spec.withId("cancel-registration"));

        _click(button("register"));

        assertThat(status().getText()).isEqualTo("You're confirmed");
        NotificationsKt.expectNotifications("You're registered. See you there!");
        _assertNone(Button.class, spec -> spec.withId("register"));
        assertThat(button("cancel-registration").isVisible()).isTrue();
        assertThat(text("event-capacity")).isEqualTo("40 places · 1 confirmed");
        assertThat(_get(RouterLink.class, spec -> spec.withId("show-checkin-code")).getHref())
                .isEqualTo("my-registrations");
        assertThat(registrations.mineAt(ada.id(), event.id()).orElseThrow().status())
                .isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void aCompletedEventNoLongerOffersTheCheckInCode() {
        var event = fixtures.published("Finished forum", 40, false);
        registrations.register(ada.id(), event.id());
        signInAs(ada);
        open(event);
        assertThat(_get(RouterLink.class, spec -> spec.withId("show-checkin-code")).isVisible()).isTrue();

        eventService.complete(organizer.id(), event.id());
        open(event);

        assertThat(status().getText()).isEqualTo("You're confirmed");
        _assertNone(RouterLink.class, spec -> spec.withId("show-checkin-code"));
    }

    @Test
    void onAFullEventTheAttendeeGoesOnTheWaitlistAndSeesTheirPosition() {
        var event = fixtures.published("Tiny dinner", 1, false);
        registrations.register(ada.id(), event.id());
        signInAs(bob);
        open(event);
        assertThat(text("registration-note")).isEqualTo("The event is full: registering puts you on the waitlist.");

        _click(button("register"));

        assertThat(status().getText()).isEqualTo("On the waitlist, position 1");
        NotificationsKt.expectNotifications("The event is full: you're on the waitlist, position 1.");
        assertThat(text("event-capacity")).isEqualTo("1 place · 1 confirmed · 1 on the waitlist");
        _assertNone(RouterLink.class, spec -> spec.withId("show-checkin-code"));
    }

    @Test
    void cancellingAfterConfirmationPromotesTheFirstOnTheWaitlist() {
        var event = fixtures.published("Pairing session", 1, false);
        registrations.register(ada.id(), event.id());
        registrations.register(bob.id(), event.id());
        registrations.register(cleo.id(), event.id());

        signInAs(ada);
        open(event);
        assertThat(status().getText()).isEqualTo("You're confirmed");
        _click(button("cancel-registration"));
        var dialog = _get(Dialog.class, spec -> spec.withId("cancel-registration-dialog"));
        assertThat(dialog.isOpened()).isTrue();
        _click(button("confirm-cancel-registration"));

        assertThat(dialog.isOpened()).isFalse();
        NotificationsKt.expectNotifications("Your registration is cancelled.");
        _assertNone(Paragraph.class, spec -> spec.withId("registration-status"));
        assertThat(button("register").isVisible()).isTrue();

        signInAs(bob);
        open(event);
        assertThat(status().getText()).isEqualTo("You're confirmed");
        signInAs(cleo);
        open(event);
        assertThat(status().getText()).isEqualTo("On the waitlist, position 1");
    }

    @Test
    void keepingTheRegistrationInTheDialogChangesNothing() {
        var event = fixtures.published("Second thoughts social", 10, false);
        registrations.register(ada.id(), event.id());
        signInAs(ada);
        open(event);

        _click(button("cancel-registration"));
        var dialog = _get(Dialog.class, spec -> spec.withId("cancel-registration-dialog"));
        _click(button("keep-registration"));

        assertThat(dialog.isOpened()).isFalse();
        assertThat(status().getText()).isEqualTo("You're confirmed");
        assertThat(registrations.mineAt(ada.id(), event.id())).isPresent();
    }

    @Test
    void withApprovalTheAttendeeWaitsForTheOrganizers() {
        var event = fixtures.published("Curated investor dinner", 10, true);
        signInAs(ada);
        open(event);
        assertThat(text("registration-note")).isEqualTo("The organizers approve each registration.");

        _click(button("register"));

        assertThat(status().getText()).isEqualTo("Waiting for the organizers' approval");
        NotificationsKt.expectNotifications("Registration sent: the organizers will confirm it.");
    }

    @Test
    void aDeclinedAttendeeIsToldSoAndCannotRegisterAgain() {
        var event = fixtures.published("Invitation-only salon", 10, true);
        var pending = registrations.register(cleo.id(), event.id());
        registrations.decline(organizer.id(), event.id(), pending.id());
        signInAs(cleo);

        open(event);

        assertThat(text("registration-note")).isEqualTo("The organizers declined your registration.");
        _assertNone(Button.class, spec -> spec.withId("register"));
    }

    @Test
    void registeringTwiceFromAnotherTabShowsTheDomainsMessage() {
        var event = fixtures.published("Double click meetup", 10, false);
        signInAs(bob);
        open(event);
        registrations.register(bob.id(), event.id()); // meanwhile, in another tab

        _click(button("register"));

        NotificationsKt.expectNotifications("You are already registered for this event.");
        assertThat(status().getText()).isEqualTo("You're confirmed");
    }

    @Test
    void anAnonymousVisitorIsOfferedToLogInAndComeBack() {
        var event = fixtures.published("Open networking night", 10, false);

        open(event);

        var logIn = _get(RouterLink.class, spec -> spec.withId("login-to-register"));
        assertThat(logIn.getText()).isEqualTo("Log in to register");
        assertThat(logIn.getHref()).isEqualTo("login?continue=events%2F" + event.id());
        _assertNone(Button.class, spec -> spec.withId("register"));
    }

    @Test
    void aCancelledEventSaysSoAndOffersNoRegistration() {
        var event = fixtures.published("Rained-out rooftop party", 10, false);
        registrations.register(ada.id(), event.id());
        eventService.cancel(organizer.id(), event.id());
        signInAs(ada);

        open(event);

        assertThat(text("event-cancelled"))
                .isEqualTo("This event has been cancelled by its organizers. Registrations no longer apply.");
        _assertNone(Button.class, spec -> spec.withId("register"));
        _assertNone(Button.class, spec -> spec.withId("cancel-registration"));
        _assertNone(Anchor.class, spec -> spec.withId("add-to-calendar"));
    }

    @Test
    void aPublishedEventShowsNoCancellationNotice() {
        var event = fixtures.published("Quiet evening", 10, false);
        open(event);
        _assertNone(Div.class, spec -> spec.withId("event-cancelled"));
    }

    @Test
    void addToCalendarDownloadsTheEventAsAnIcsFile() {
        var event = fixtures.published("Calendar-worthy summit", 10, false);
        open(event);

        var link = _get(Anchor.class, spec -> spec.withId("add-to-calendar"));
        String ics = new String(DownloadKt._download(link), StandardCharsets.UTF_8);

        assertThat(link.getElement().hasAttribute("download")).isTrue();
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("SUMMARY:Calendar-worthy summit")
                .contains("BEGIN:VEVENT");
        assertThat(RegistrationPanel.fileName("Calendar-worthy summit")).isEqualTo("calendar-worthy-summit.ics");
        assertThat(RegistrationPanel.fileName("!!!")).isEqualTo("event.ics");
    }

    @Test
    void theTeamGetsALinkToTheDashboardAndOthersDoNot() {
        var event = fixtures.published("Staffed workshop", 10, false);
        eventService.addToTeam(organizer.id(), event.id(), cleo.email().value(), EventRole.CHECKIN_STAFF, null);

        signInAs(cleo);
        open(event);
        assertThat(_get(RouterLink.class, spec -> spec.withId("manage")).getHref())
                .isEqualTo("events/" + event.id() + "/manage");

        signInAs(bob);
        open(event);
        _assertNone(RouterLink.class, spec -> spec.withId("manage"));
    }

    private static void open(Event event) {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("events/" + event.id());
    }

    private static Paragraph status() {
        return _get(Paragraph.class, spec -> spec.withId("registration-status"));
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getText();
    }
}
