package org.mingle.web.events;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.registration.Registration;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.registration.RegistrationStatus;
import org.mingle.web.shell.ObjectNotFoundView;
import org.mingle.web.vaadin.KaribuViewTest;

/** The organizer dashboard: counts, the registrations grid with filter and search, approvals and event actions. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventDashboardViewTest extends KaribuViewTest {

    @Inject
    EventService eventService;
    @Inject
    RegistrationService registrations;

    private Account owner;
    private Account staff;
    private Account stranger;
    private final List<Account> attendees = new ArrayList<>();
    private EventFixtures fixtures;

    @BeforeAll
    void accounts() {
        owner = signUp("Olivia Owner", "olivia@example.org");
        staff = signUp("Sam Staff", "sam@example.org");
        stranger = signUp("Stella Stranger", "stella@example.org");
        attendees.add(signUp("Ada Lovelace", "ada@example.org"));
        attendees.add(signUp("Bob Babbage", "bob@example.org"));
        attendees.add(signUp("Cleo Clarke", "cleo@example.org"));
        fixtures = new EventFixtures(eventService, owner.id());
    }

    @Test
    void showsTheCountsAndEveryRegistrationWithTheWaitlistInOrder() {
        var event = fixtures.published("Counted mixer", 2, false);
        var ada = registrations.register(attendees.get(0).id(), event.id());
        registrations.register(attendees.get(1).id(), event.id());
        registrations.register(attendees.get(2).id(), event.id());
        registrations.checkIn(owner.id(), event.id(), ada.checkInCode());
        signInAs(owner);

        open(event);

        assertThat(text("count-confirmed")).isEqualTo("2");
        assertThat(text("count-capacity")).isEqualTo("of 2");
        assertThat(text("count-waitlisted")).isEqualTo("1");
        assertThat(text("count-pending")).isEqualTo("0");
        assertThat(text("count-checked-in")).isEqualTo("1");
        assertThat(names()).containsExactly("Ada Lovelace", "Bob Babbage", "Cleo Clarke");
        var cleoRow = GridKt._getFormattedRow(grid(), 2);
        assertThat(cleoRow.get(0)).isEqualTo("Cleo Clarke");
        assertThat(cleoRow.get(5)).isEqualTo("cleo@example.org");
        assertThat(cleoRow.get(4)).isEqualTo("#1");
        assertThat(GridKt._getFormattedRow(grid(), 0).get(2)).isNotEmpty(); // Ada's check-in time
        assertThat(grid().getColumns()).extracting(Grid.Column::getKey).as("what a phone shows without scrolling first")
                .startsWith("name", "status", "checked-in", "actions");
        assertThat(_get(RouterLink.class, spec -> spec.withId("check-in")).getHref())
                .isEqualTo("events/" + event.id() + "/check-in");
    }

    @Test
    void aGermanDashboardSpeaksGermanAndWritesTheDayTheGermanWay() {
        var event = fixtures.published("Klimatech-Abend", 2, false);
        var ada = registrations.register(attendees.get(0).id(), event.id());
        signInAs(owner);
        UI.getCurrent().setLocale(Locale.GERMANY);

        open(event);

        assertThat(text("event-status")).isEqualTo("Veröffentlicht");
        assertThat(_find(Span.class, spec -> spec.withClasses("stat-label"))).extracting(Span::getText)
                .containsExactly("Bestätigt", "Auf der Warteliste", "Wartet auf Freigabe", "Eingecheckt");
        assertThat(text("count-capacity")).isEqualTo("von 2");
        assertThat(grid().getColumnByKey("registered").getHeaderText()).isEqualTo("Angemeldet");
        String registered = DateTimeFormatter.ofPattern("d. MMM, HH:mm", Locale.GERMANY)
                .format(ada.registeredAt().atZone(event.details().timeZone()));
        assertThat(GridKt._getFormattedRow(grid(), 0).get(6)).isEqualTo(registered);
        assertThat(button("complete-event").getText()).isEqualTo("Als abgeschlossen markieren");
        assertThat(button("cancel-event").getText()).isEqualTo("Veranstaltung absagen");
    }

    @Test
    void exportsTheRegistrationsAsASafeCsvFile() {
        var event = fixtures.published("Exported mixer", 1, false);
        registrations.register(attendees.get(0).id(), event.id());
        registrations.register(attendees.get(1).id(), event.id());
        signInAs(owner);
        open(event);

        var link = _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("export-csv"));
        var csv = new String(com.github.mvysny.kaributesting.v10.DownloadKt._download(link),
                java.nio.charset.StandardCharsets.UTF_8);

        assertThat(link.getElement().hasAttribute("download")).isTrue();
        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(csv).as("UTF-8 with a byte order mark, names before ids").startsWith("\uFEFFName,Email,Status,")
                .contains("Ada Lovelace,ada@example.org,CONFIRMED", "Bob Babbage,bob@example.org,WAITLISTED,1,");
    }

    @Test
    void filtersByStatusAndSearchesByNameOrEmail() {
        var event = fixtures.published("Filtered mixer", 1, false);
        attendees.forEach(attendee -> registrations.register(attendee.id(), event.id()));
        signInAs(owner);
        open(event);
        assertThat(GridKt._size(grid())).isEqualTo(3);

        _setValue(statusFilter(), RegistrationStatus.WAITLISTED);
        assertThat(names()).containsExactly("Bob Babbage", "Cleo Clarke");
        assertThat(GridKt._getFormattedRow(grid(), 1).get(4)).isEqualTo("#2");

        _setValue(_get(TextField.class, spec -> spec.withId("registration-search")), "cleo@");
        assertThat(names()).containsExactly("Cleo Clarke");

        _setValue(statusFilter(), null);
        _setValue(_get(TextField.class, spec -> spec.withId("registration-search")), "lovelace");
        assertThat(names()).containsExactly("Ada Lovelace");

        _setValue(_get(TextField.class, spec -> spec.withId("registration-search")), "nobody");
        assertThat(GridKt._size(grid())).isZero();
    }

    @Test
    void organizersApproveAndDeclineAndApprovingWhenFullSaysWaitlist() {
        var event = fixtures.published("Curated dinner", 1, true);
        var ada = registrations.register(attendees.get(0).id(), event.id());
        var bob = registrations.register(attendees.get(1).id(), event.id());
        var cleo = registrations.register(attendees.get(2).id(), event.id());
        signInAs(owner);
        open(event);
        assertThat(text("count-pending")).isEqualTo("3");

        clickInRow(ada, "approve-");
        NotificationsKt.expectNotifications("Ada Lovelace is confirmed.");
        assertThat(text("count-confirmed")).isEqualTo("1");
        assertThat(text("count-pending")).isEqualTo("2");

        clickInRow(bob, "approve-");
        NotificationsKt.expectNotifications("The event is full: Bob Babbage is on the waitlist, position 1.");
        assertThat(text("count-waitlisted")).isEqualTo("1");

        clickInRow(cleo, "decline-");
        NotificationsKt.expectNotifications("Cleo Clarke's registration is declined.");
        assertThat(text("count-pending")).isEqualTo("0");
        assertThat(registrations.mineAt(attendees.get(0).id(), event.id()).orElseThrow().status())
                .isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(registrations.mineAt(attendees.get(2).id(), event.id())).isEmpty();
        // Nobody is pending any more: no approve or decline buttons are left.
        for (int row = 0; row < GridKt._size(grid()); row++) {
            assertThat(GridKt._getCellComponent(grid(), row, "actions").getChildren()).isEmpty();
        }
    }

    @Test
    void checkInStaffSeeTheListButCannotApproveOrChangeTheEvent() {
        var event = fixtures.published("Staffed dinner", 5, true);
        eventService.addToTeam(owner.id(), event.id(), staff.email().value(), EventRole.CHECKIN_STAFF, null);
        registrations.register(attendees.get(0).id(), event.id());
        signInAs(staff);

        open(event);

        assertThat(text("count-pending")).isEqualTo("1");
        assertThat(names()).containsExactly("Ada Lovelace");
        assertThat(GridKt._getCellComponent(grid(), 0, "actions").getChildren()).isEmpty();
        for (String id : List.of("edit-event", "publish", "cancel-event", "complete-event")) {
            _assertNone(Button.class, spec -> spec.withId(id));
        }
        assertThat(_get(RouterLink.class, spec -> spec.withId("check-in")).isVisible()).isTrue();
    }

    @Test
    void someoneOffTheTeamGetsTheNotFoundPageForADraftAndForAPublishedEvent() {
        var draft = fixtures.draft("Secret planning", 10, false);
        var published = fixtures.published("Public party", 10, false);
        signInAs(stranger);

        for (Event event : List.of(draft, published)) {
            UI.getCurrent().navigate("events/" + event.id() + "/manage");
            assertThat(_get(ObjectNotFoundView.class).heading()).isEqualTo("Event not found");
            _assertNone(EventDashboardView.class);
            assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain(event.title());
        }
    }

    @Test
    void anAnonymousVisitorIsSentToLogIn() {
        var draft = fixtures.draft("Login first", 10, false);

        UI.getCurrent().navigate("events/" + draft.id() + "/manage");

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("login?continue=events%2F" + draft.id() + "%2Fmanage");
    }

    @Test
    void theOwnerPublishesCompletesAndTheButtonsFollowTheStatus() {
        var draft = fixtures.draft("Lifecycle launch", 10, false);
        signInAs(owner);
        open(draft);
        _assertNone(Button.class, spec -> spec.withId("complete-event"));
        _assertNone(RouterLink.class, spec -> spec.withId("check-in"));

        _click(button("publish"));
        NotificationsKt.expectNotifications("Published: anyone can now find this event and register.");
        assertThat(text("event-status")).isEqualTo("Published");
        _assertNone(Button.class, spec -> spec.withId("publish"));
        var ending = _get(Div.class, spec -> spec.withId("event-ending-actions"));
        var page = _get(EventDashboardView.class);
        assertThat(page.getComponentAt(page.getComponentCount() - 1)).as("at the foot of the page").isSameAs(ending);
        assertThat(button("complete-event").getParent().flatMap(Component::getParent)).contains(ending);
        assertThat(button("cancel-event").getParent().flatMap(Component::getParent)).contains(ending);
        assertThat(button("edit-event").getParent().flatMap(Component::getParent)).isNotEqualTo(Optional.of(ending));

        _click(button("complete-event"));
        NotificationsKt.expectNotifications("The event is marked as completed.");
        assertThat(text("event-status")).isEqualTo("Completed");
        for (String id : List.of("edit-event", "publish", "cancel-event", "complete-event")) {
            _assertNone(Button.class, spec -> spec.withId(id));
        }
        _assertNone(Div.class, spec -> spec.withId("event-ending-actions"));
    }

    @Test
    void cancellingTheEventAsksFirst() {
        var event = fixtures.published("Stormy gala", 10, false);
        signInAs(owner);
        open(event);

        _click(button("cancel-event"));
        var dialog = _get(Dialog.class, spec -> spec.withId("cancel-event-dialog"));
        _click(button("keep-event"));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(eventService.get(Optional.empty(), event.id()).status()).isEqualTo(EventStatus.PUBLISHED);

        _click(button("cancel-event"));
        _click(button("confirm-cancel-event"));

        assertThat(text("event-status")).isEqualTo("Cancelled");
        assertThat(eventService.get(Optional.empty(), event.id()).status()).isEqualTo(EventStatus.CANCELLED);
        _assertNone(Button.class, spec -> spec.withId("cancel-event"));
    }

    @Test
    void editingShowsTheCapacityConflictAtTheCapacityField() {
        var event = fixtures.published("Shrinking seminar", 5, false);
        registrations.register(attendees.get(0).id(), event.id());
        registrations.register(attendees.get(1).id(), event.id());
        signInAs(owner);
        open(event);

        _click(button("edit-event"));
        var capacity = _get(IntegerField.class, spec -> spec.withId("capacity"));
        assertThat(capacity.getValue()).isEqualTo(5);
        _setValue(capacity, 1);
        _click(button("save-event"));

        assertThat(capacity.isInvalid()).isTrue();
        assertThat(capacity.getErrorMessage()).isEqualTo("The capacity cannot be lower than the 2 people already "
                + "confirmed.");
        assertThat(_get(Dialog.class, spec -> spec.withId("edit-event-dialog")).isOpened()).isTrue();
        assertThat(eventService.get(Optional.empty(), event.id()).details().capacity()).isEqualTo(5);
    }

    @Test
    void editingSavesOnlyWhatChangedAndRaisingTheCapacityPromotesTheWaitlist() {
        var event = fixtures.published("Growing seminar", 1, false);
        registrations.register(attendees.get(0).id(), event.id());
        registrations.register(attendees.get(1).id(), event.id());
        signInAs(owner);
        open(event);
        assertThat(text("count-waitlisted")).isEqualTo("1");

        _click(button("edit-event"));
        var dialog = _get(Dialog.class, spec -> spec.withId("edit-event-dialog"));
        _setValue(_get(TextField.class, spec -> spec.withId("title")), "Grown seminar");
        _setValue(_get(IntegerField.class, spec -> spec.withId("capacity")), 2);
        _click(button("save-event"));

        assertThat(dialog.isOpened()).isFalse();
        NotificationsKt.expectNotifications("Changes saved.");
        assertThat(text("event-link")).isEqualTo("Grown seminar");
        assertThat(text("count-confirmed")).isEqualTo("2");
        assertThat(text("count-waitlisted")).isEqualTo("0");
        var saved = eventService.get(Optional.empty(), event.id());
        assertThat(saved.details().startsAt()).isEqualTo(event.details().startsAt());
        assertThat(saved.details().venue()).isEqualTo(event.details().venue());
    }

    @Test
    void editingShowsValidationMessagesAtTheirFields() {
        var event = fixtures.published("Validated seminar", 5, false);
        signInAs(owner);
        open(event);

        _click(button("edit-event"));
        _setValue(_get(TextField.class, spec -> spec.withId("title")), " ");
        _setValue(_get(IntegerField.class, spec -> spec.withId("capacity")), 0);
        _click(button("save-event"));

        assertThat(_get(TextField.class, spec -> spec.withId("title")).getErrorMessage())
                .isEqualTo("Title is required");
        assertThat(_get(IntegerField.class, spec -> spec.withId("capacity")).getErrorMessage())
                .isEqualTo("Capacity must be between 1 and 100000");
    }

    private void clickInRow(Registration registration, String prefix) {
        var grid = grid();
        for (int row = 0; row < GridKt._size(grid); row++) {
            if (GridKt._get(grid, row).id().equals(registration.id())) {
                var actions = GridKt._getCellComponent(grid, row, "actions");
                var button = actions.getChildren().filter(child -> child.getId().orElse("")
                        .equals(prefix + registration.id())).findFirst().orElseThrow();
                _click((Button) button);
                return;
            }
        }
        throw new AssertionError("No row for " + registration.displayName());
    }

    private static void open(Event event) {
        UI.getCurrent().navigate("events/" + event.id() + "/manage");
    }

    private static List<String> names() {
        var grid = grid();
        return GridKt._fetch(grid, 0, GridKt._size(grid)).stream().map(Registration::displayName).toList();
    }

    @SuppressWarnings("unchecked")
    private static Grid<Registration> grid() {
        return _get(Grid.class, spec -> spec.withId("registrations-grid"));
    }

    @SuppressWarnings("unchecked")
    private static Select<RegistrationStatus> statusFilter() {
        return _get(Select.class, spec -> spec.withId("registration-status-filter"));
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getText();
    }
}
