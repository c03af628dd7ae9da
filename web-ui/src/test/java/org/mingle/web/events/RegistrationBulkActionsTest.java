package org.mingle.web.events;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridNoneSelectionModel;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.events.EventService;
import org.mingle.domain.notifications.Audience;
import org.mingle.domain.notifications.OrganizerMessages;
import org.mingle.domain.registration.Registration;
import org.mingle.domain.registration.RegistrationCounts;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.registration.RegistrationStatus;
import org.mingle.web.vaadin.KaribuViewTest;

/** The dashboard's bulk actions on picked registrations, and adding a person by hand. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationBulkActionsTest extends KaribuViewTest {

    @Inject
    EventService eventService;
    @Inject
    RegistrationService registrations;
    @Inject
    OrganizerMessages messages;

    private Account owner;
    private final List<Account> people = new ArrayList<>();
    private EventFixtures fixtures;

    @BeforeAll
    void accounts() {
        owner = signUp("Bea Bulk", "bea.bulk@example.org");
        for (var name : List.of("Ada Early", "Ben Second", "Cy Third", "Di Fourth", "Ed Fifth")) {
            people.add(signUp(name, name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.org"));
        }
        fixtures = new EventFixtures(eventService, owner.id());
    }

    @Test
    void approvesThePickedPendingIntoTheFreeSeatsAndSaysWhoStaysPending() {
        var event = fixtures.published("Curated bulk dinner", 2, true);
        people.subList(0, 4).forEach(person -> registrations.register(person.id(), event.id()));
        signInAs(owner);
        open(event);
        _assertNone(BulkActionsBar.class, spec -> spec.withId("bulk-actions"));

        var rows = rows();
        rows.forEach(row -> grid().select(row));

        _get(BulkActionsBar.class, spec -> spec.withId("bulk-actions"));
        assertThat(_get(Span.class, spec -> spec.withId("bulk-summary")).getText()).isEqualTo("4 selected");
        assertThat(button("bulk-approve").getText()).isEqualTo("Approve 4");
        _click(button("bulk-approve"));

        NotificationsKt.expectNotifications("Approved 2; 2 stay pending: the event is full.");
        assertThat(registrations.counts(owner.id(), event.id())).isEqualTo(new RegistrationCounts(2, 0, 2, 0));
        assertThat(grid().getSelectedItems()).isEmpty();
        _assertNone(BulkActionsBar.class, spec -> spec.withId("bulk-actions"));
    }

    @Test
    void onlyThePendingAmongThePickedAreDeclinedAfterAskingAndTheRestCanBeMessaged() {
        var event = fixtures.published("Selective bulk dinner", 5, true);
        var ada = registrations.register(people.get(0).id(), event.id());
        registrations.register(people.get(1).id(), event.id());
        registrations.register(people.get(2).id(), event.id());
        registrations.approve(owner.id(), event.id(), ada.id());
        signInAs(owner);
        open(event);
        rows().forEach(row -> grid().select(row));

        assertThat(_get(Span.class, spec -> spec.withId("bulk-summary")).getText())
                .isEqualTo("3 selected, 2 waiting for approval");
        assertThat(button("bulk-decline").getText()).isEqualTo("Decline 2");
        assertThat(button("bulk-message").getText()).isEqualTo("Message 3");

        _click(button("bulk-message"));
        _setValue(_get(TextField.class, spec -> spec.withId("selection-message-subject")), "Dress code");
        _setValue(_get(TextArea.class, spec -> spec.withId("selection-message-body")), "Smart casual, please.");
        _click(button("selection-message-send"));
        NotificationsKt.expectNotifications("Sent to 3 people.");
        var sent = messages.sent(owner.id(), event.id());
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).message().audience()).isEqualTo(Audience.SELECTED);
        assertThat(_get(Div.class, spec -> spec.withId("messages-sent")).getElement().getTextRecursively())
                .contains("Dress code", "selected registrants", "sent to 3");

        rows().forEach(row -> grid().select(row));
        _click(button("bulk-decline"));
        var dialog = _get(Dialog.class, spec -> spec.withId("bulk-decline-dialog"));
        assertThat(dialog.isOpened()).isTrue();
        _click(button("bulk-decline-keep"));
        assertThat(registrations.counts(owner.id(), event.id()).pending()).isEqualTo(2);
        _click(button("bulk-decline"));
        _click(button("bulk-decline-confirm"));

        NotificationsKt.expectNotifications("Declined 2.");
        assertThat(registrations.counts(owner.id(), event.id())).isEqualTo(new RegistrationCounts(1, 0, 0, 0));
    }

    @Test
    void addsAPersonByTheirAddressAndSaysWhyNotNextToTheField() {
        var event = fixtures.published("Walk-in bulk evening", 1, true);
        signInAs(owner);
        open(event);

        _click(button("add-registrant"));
        var email = _get(EmailField.class, spec -> spec.withId("add-registrant-email"));
        _setValue(email, "not an address");
        _click(button("add-registrant-submit"));
        assertThat(email.getErrorMessage()).isEqualTo("Email must be a valid email address");

        _setValue(email, "nobody.at.all@example.org");
        _click(button("add-registrant-submit"));
        assertThat(email.getErrorMessage()).startsWith("No Mingle account uses nobody.at.all@example.org, so nobody "
                + "was added and no seat is held.");

        _setValue(email, people.get(3).email().value());
        _click(button("add-registrant-submit"));
        NotificationsKt.expectNotifications("Di Fourth is registered and confirmed.");
        _assertNone(Dialog.class, spec -> spec.withId("add-registrant-dialog"));

        _click(button("add-registrant"));
        _setValue(email, people.get(3).email().value());
        _click(button("add-registrant-submit"));
        assertThat(email.getErrorMessage()).isEqualTo("Di Fourth is already registered (confirmed).");

        _setValue(email, people.get(4).email().value());
        _click(button("add-registrant-submit"));
        NotificationsKt.expectNotifications("The event is full: Ed Fifth is on the waitlist, position 1.");
        assertThat(rows()).extracting(Registration::status)
                .containsExactly(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED);
    }

    @Test
    void checkInStaffPickNothingAndAddNobody() {
        var event = fixtures.published("Staffed bulk evening", 5, true);
        registrations.register(people.get(0).id(), event.id());
        var staff = signUp("Stu Staff", "stu.staff@example.org");
        eventService.addToTeam(owner.id(), event.id(), staff.email().value(), EventRole.CHECKIN_STAFF, null);
        signInAs(staff);
        open(event);

        assertThat(grid().getSelectionModel()).isInstanceOf(GridNoneSelectionModel.class);
        _assertNone(Button.class, spec -> spec.withId("add-registrant"));
        _assertNone(BulkActionsBar.class, spec -> spec.withId("bulk-actions"));
    }

    private static void open(Event event) {
        UI.getCurrent().navigate("events/" + event.id() + "/manage");
    }

    private static List<Registration> rows() {
        var grid = grid();
        return GridKt._fetch(grid, 0, GridKt._size(grid));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Registration> grid() {
        return _get(Grid.class, spec -> spec.withId("registrations-grid"));
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }
}
