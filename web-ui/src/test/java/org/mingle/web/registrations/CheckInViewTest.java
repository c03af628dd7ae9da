package org.mingle.web.registrations;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.events.EventService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.web.events.EventFixtures;
import org.mingle.web.shell.ObjectNotFoundView;
import org.mingle.web.vaadin.KaribuViewTest;

/** The check-in page: by code (typed or scanned, Enter submits), by name, and the live count. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckInViewTest extends KaribuViewTest {

    @Inject
    EventService eventService;
    @Inject
    RegistrationService registrations;

    private Account owner;
    private Account staff;
    private Account ada;
    private Account bob;
    private Account cleo;
    private EventFixtures fixtures;

    @BeforeAll
    void accounts() {
        owner = signUp("Olivia Owner", "olivia@example.org");
        staff = signUp("Sam Staff", "sam@example.org");
        ada = signUp("Ada Lovelace", "ada@example.org");
        bob = signUp("Bob Babbage", "bob@example.org");
        cleo = signUp("Cleo Clarke", "cleo@example.org");
        fixtures = new EventFixtures(eventService, owner.id());
    }

    @Test
    void aScannedCodeFollowedByEnterChecksInAndTheFieldIsReadyForTheNext() {
        var event = fixtures.published("Door test", 2, false);
        var adaAt = registrations.register(ada.id(), event.id());
        registrations.register(bob.id(), event.id());
        signInAs(owner);
        open(event);
        assertThat(text("checkin-count")).isEqualTo("0 / 2 checked in");
        assertThat(text("checkin-result")).isEqualTo("Ready: scan or type a code.");
        assertThat(result().getElement().hasAttribute("data-result")).isFalse();

        scan(adaAt.checkInCode());

        assertThat(text("checkin-result")).isEqualTo("Checked in: Ada Lovelace");
        assertThat(result().getElement().getAttribute("data-result")).isEqualTo("success");
        assertThat(text("checkin-count")).isEqualTo("1 / 2 checked in");
        assertThat(codeField().getValue()).isEmpty();
        assertThat(registrations.mineAt(ada.id(), event.id()).orElseThrow().checkedIn()).isTrue();
    }

    @Test
    void aGermanDoorSpeaksGermanAndWritesTheTimeOfTheFirstCheckIn() {
        var event = fixtures.published("Türtest", 5, false);
        var adaAt = registrations.register(ada.id(), event.id());
        signInAs(owner);
        UI.getCurrent().setLocale(Locale.GERMANY);
        open(event);
        assertThat(text("checkin-count")).isEqualTo("0 / 1 eingecheckt");
        assertThat(text("checkin-result")).isEqualTo("Bereit: Code scannen oder eintippen.");

        scan(adaAt.checkInCode());
        assertThat(text("checkin-result")).isEqualTo("Eingecheckt: Ada Lovelace");
        scan(adaAt.checkInCode());

        assertThat(text("checkin-result")).matches("Bereits eingecheckt: Ada Lovelace \\(um \\d\\d:\\d\\d\\)");
        assertThat(text("checkin-count")).isEqualTo("1 / 1 eingecheckt");
    }

    @Test
    void checkingInTwiceIsHarmlessAndSaysSo() {
        var event = fixtures.published("Twice test", 5, false);
        var adaAt = registrations.register(ada.id(), event.id());
        signInAs(owner);
        open(event);

        scan(adaAt.checkInCode());
        scan(adaAt.checkInCode());

        assertThat(text("checkin-result")).startsWith("Already checked in: Ada Lovelace");
        assertThat(result().getElement().getAttribute("data-result")).isEqualTo("warning");
        assertThat(text("checkin-count")).isEqualTo("1 / 1 checked in");
    }

    @Test
    void anUnknownCodeSaysSo() {
        var event = fixtures.published("Unknown test", 5, false);
        registrations.register(ada.id(), event.id());
        signInAs(owner);
        open(event);

        scan("ZZZZZZZZZZ");

        assertThat(text("checkin-result")).isEqualTo("Unknown code: ZZZZZZZZZZ");
        assertThat(result().getElement().getAttribute("data-result")).isEqualTo("error");
        assertThat(text("checkin-count")).isEqualTo("0 / 1 checked in");
    }

    @Test
    void aCodeOfAnotherEventIsUnknownHere() {
        var here = fixtures.published("Here", 5, false);
        var elsewhere = fixtures.published("Elsewhere", 5, false);
        var adaElsewhere = registrations.register(ada.id(), elsewhere.id());
        signInAs(owner);
        open(here);

        scan(adaElsewhere.checkInCode());

        assertThat(text("checkin-result")).isEqualTo("Unknown code: " + adaElsewhere.checkInCode());
    }

    @Test
    void aWaitlistedPersonIsNotConfirmed() {
        var event = fixtures.published("Waitlist door", 1, false);
        registrations.register(ada.id(), event.id());
        var bobAt = registrations.register(bob.id(), event.id());
        signInAs(owner);
        open(event);

        scan(bobAt.checkInCode());

        assertThat(text("checkin-result")).isEqualTo("Not confirmed (waitlisted): Bob Babbage");
        assertThat(result().getElement().getAttribute("data-result")).isEqualTo("not-confirmed");
        assertThat(text("checkin-count")).isEqualTo("0 / 1 checked in");
    }

    @Test
    void aCodeTypedByHandInLowerCaseWithSpacesWorksWithTheButton() {
        var event = fixtures.published("Hand typed", 5, false);
        var cleoAt = registrations.register(cleo.id(), event.id());
        signInAs(owner);
        open(event);

        String code = cleoAt.checkInCode().toLowerCase(Locale.ROOT);
        _setValue(codeField(), " " + code.substring(0, 5) + " " + code.substring(5) + " ");
        _click(_get(Button.class, spec -> spec.withId("checkin-submit")));

        assertThat(text("checkin-result")).isEqualTo("Checked in: Cleo Clarke");
    }

    @Test
    void checkInStaffFindSomeoneByNameAndCheckThemIn() {
        var event = fixtures.published("Search door", 1, false);
        eventService.addToTeam(owner.id(), event.id(), staff.email().value(), EventRole.CHECKIN_STAFF, null);
        var adaAt = registrations.register(ada.id(), event.id());
        var bobAt = registrations.register(bob.id(), event.id());
        signInAs(staff);
        open(event);

        _setValue(_get(TextField.class, spec -> spec.withId("checkin-search")), "b");
        // Bob is on the waitlist: listed, but with no check-in button; Babbage matches "b", Lovelace does not.
        assertThat(_get(Div.class, spec -> spec.withId("checkin-row-" + bobAt.id())).getElement().getTextRecursively())
                .contains("Bob Babbage").contains("Waitlist #1");
        _assertNone(Button.class, spec -> spec.withId("checkin-" + bobAt.id()));

        _setValue(_get(TextField.class, spec -> spec.withId("checkin-search")), "lovelace");
        _click(_get(Button.class, spec -> spec.withId("checkin-" + adaAt.id())));

        assertThat(text("checkin-result")).isEqualTo("Checked in: Ada Lovelace");
        assertThat(text("checkin-count")).isEqualTo("1 / 1 checked in");
        _assertNone(Button.class, spec -> spec.withId("checkin-" + adaAt.id()));
        assertThat(_get(Div.class, spec -> spec.withId("checkin-row-" + adaAt.id())).getElement()
                .getTextRecursively()).contains("Checked in");
    }

    @Test
    void aSearchWithoutMatchesSaysSo() {
        var event = fixtures.published("Empty search", 5, false);
        signInAs(owner);
        open(event);

        _setValue(_get(TextField.class, spec -> spec.withId("checkin-search")), "nobody at all");

        assertThat(text("checkin-no-results")).isEqualTo("Nobody registered matches.");
    }

    @Test
    void theCountFollowsCheckInsAtOtherDoorsAsTheyHappen() {
        var event = fixtures.published("Two doors", 5, false);
        var adaAt = registrations.register(ada.id(), event.id());
        signInAs(owner);
        open(event);
        assertThat(text("checkin-count")).isEqualTo("0 / 1 checked in");

        registrations.checkIn(owner.id(), event.id(), adaAt.checkInCode()); // at the other door

        awaitLiveText(() -> text("checkin-count"), "1 / 1 checked in");
    }

    @Test
    void someoneOffTheTeamGetsTheNotFoundPage() {
        var event = fixtures.published("Guarded door", 5, false);
        signInAs(bob);

        open(event);

        assertThat(_get(ObjectNotFoundView.class).heading()).isEqualTo("Event not found");
        _assertNone(CheckInView.class);
    }

    private static void open(Event event) {
        UI.getCurrent().navigate("events/" + event.id() + "/check-in");
    }

    /** As a USB scanner does it: the code typed into the field, then Enter. */
    private static void scan(String code) {
        var field = codeField();
        _setValue(field, code);
        ShortcutsKt._fireShortcut(field, Key.ENTER);
    }

    private static TextField codeField() {
        return _get(TextField.class, spec -> spec.withId("checkin-code"));
    }

    private static Div result() {
        return _get(Div.class, spec -> spec.withId("checkin-result"));
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getText();
    }
}
