package org.mingle.web.events;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mingle.web.events.EventFixtures.DAY_AHEAD;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventRules;
import org.mingle.domain.events.EventService;
import org.mingle.web.vaadin.KaribuViewTest;

/** The networking settings of the event form: no matches among colleagues, and the limit on unanswered requests. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventNetworkingSettingsTest extends KaribuViewTest {

    @Inject
    EventService eventService;

    private Account organizer;

    @BeforeAll
    void account() {
        organizer = signUp("Grace Hopper", "grace@example.org");
    }

    @Test
    void theSettingsAreCreatedShownForEditingAndChanged() {
        signInAs(organizer);
        UI.getCurrent().navigate("events/new");
        assertThat(maxPending().getValue()).isEqualTo(EventRules.DEFAULT_MAX_PENDING_REQUESTS);
        assertThat(excludeSameCompany().getValue()).isFalse();
        assertThat(excludeSameCompany().getLabel()).isEqualTo("Never match colleagues from the same company");
        assertThat(maxPending().getLabel()).isEqualTo("Unanswered meeting requests per attendee");

        _setValue(_get(TextField.class, spec -> spec.withId("title")), "Colleague-free mixer");
        _setValue(timeZone(), "Europe/Berlin");
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("starts-at")), DAY_AHEAD.atTime(18, 0));
        _setValue(_get(IntegerField.class, spec -> spec.withId("capacity")), 50);
        _setValue(excludeSameCompany(), true);
        _setValue(maxPending(), 3);
        _click(_get(Button.class, spec -> spec.withId("save")));

        var id = EventId.fromString(UI.getCurrent().getInternals().getActiveViewLocation().getSegments().get(1));
        var created = eventService.get(Optional.of(organizer.id()), id).details();
        assertThat(created.excludeSameCompany()).isTrue();
        assertThat(created.maxPendingRequests()).isEqualTo(3);

        UI.getCurrent().navigate("events/" + id + "/manage");
        _click(_get(Button.class, spec -> spec.withId("edit-event")));
        assertThat(excludeSameCompany().getValue()).isTrue();
        assertThat(maxPending().getValue()).isEqualTo(3);
        _setValue(excludeSameCompany(), false);
        _setValue(maxPending(), 25);
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withId("save-event")));

        NotificationsKt.expectNotifications("Changes saved.");
        var changed = eventService.get(Optional.of(organizer.id()), id).details();
        assertThat(changed.excludeSameCompany()).isFalse();
        assertThat(changed.maxPendingRequests()).isEqualTo(25);
        assertThat(changed.title()).isEqualTo("Colleague-free mixer");
    }

    @Test
    void aLimitOutsideOneToAHundredIsShownAtItsField() {
        var event = new EventFixtures(eventService, organizer.id()).published("Limited salon", 20, false);
        signInAs(organizer);
        UI.getCurrent().navigate("events/" + event.id() + "/manage");
        _click(_get(Button.class, spec -> spec.withId("edit-event")));

        _setValue(maxPending(), 101);
        _click(_get(Button.class, spec -> spec.withId("save-event")));

        assertThat(maxPending().isInvalid()).isTrue();
        assertThat(maxPending().getErrorMessage())
                .isEqualTo("Unanswered meeting requests per attendee must be between 1 and 100");
        assertThat(_get(Dialog.class, spec -> spec.withId("edit-event-dialog")).isOpened()).isTrue();

        _setValue(maxPending(), null);
        _click(_get(Button.class, spec -> spec.withId("save-event")));
        assertThat(maxPending().getErrorMessage()).isEqualTo("Unanswered meeting requests per attendee is required");
        assertThat(eventService.get(Optional.of(organizer.id()), event.id()).details().maxPendingRequests())
                .isEqualTo(EventRules.DEFAULT_MAX_PENDING_REQUESTS);
    }

    private static Checkbox excludeSameCompany() {
        return _get(Checkbox.class, spec -> spec.withId("exclude-same-company"));
    }

    private static IntegerField maxPending() {
        return _get(IntegerField.class, spec -> spec.withId("max-pending-requests"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> timeZone() {
        return _get(ComboBox.class, spec -> spec.withId("time-zone"));
    }
}
