package org.mingle.web.events;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mingle.web.events.EventFixtures.DAY_AHEAD;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.events.EventSearch;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.shared.PageRequest;
import org.mingle.web.accounts.LoginView;
import org.mingle.web.vaadin.KaribuViewTest;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CreateEventViewTest extends KaribuViewTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Inject
    EventService eventService;

    private Account organizer;

    @BeforeAll
    void createAccount() {
        organizer = signUp("Grace Hopper", "grace@example.org");
    }

    @Test
    void theNavigationLeadsToTheForm() {
        openForm();

        assertThat(_get(CreateEventView.class)).isNotNull();
        assertThat(_get(Button.class, spec -> spec.withId("save")).getText()).isEqualTo("Create draft");
    }

    @Test
    void theTimeZoneDefaultsToTheBrowsers() {
        openForm();
        MockVaadin.clientRoundtrip(); // Karibu's browser is in Europe/Helsinki

        assertThat(timeZone().getValue()).isEqualTo("Europe/Helsinki");
        assertThat(CreateEventView.TIME_ZONES).contains("America/New_York", "Asia/Kolkata", "Etc/UTC")
                .doesNotContain("UTC", "Etc/GMT+1", "EST");
    }

    @Test
    void badInputShowsEachMessageNextToItsField() {
        openForm();
        _setValue(timeZone(), "Europe/Berlin");
        _setValue(picker("starts-at"), DAY_AHEAD.atTime(19, 0));
        _setValue(picker("ends-at"), DAY_AHEAD.atTime(18, 0));
        _setValue(_get(IntegerField.class, spec -> spec.withId("capacity")), 0);

        _click(save());

        assertThat(errorOf("title")).isEqualTo("Title is required");
        assertThat(errorOf("ends-at")).isEqualTo("End must be after the start");
        assertThat(errorOf("capacity")).isEqualTo("Capacity must be between 1 and 100000");
        assertValid("starts-at", "time-zone", "venue", "description", "perspective-weight", "registration-closes-at");
        assertThat(_get(CreateEventView.class)).isNotNull();
        assertThat(eventService.listUpcoming(EventSearch.all(), new PageRequest(0, 100)).total()).isZero();

        // Correcting one field clears its message on the next try; the others stay.
        _setValue(_get(TextField.class, spec -> spec.withId("title")), "Fixed title");
        _click(save());

        assertValid("title");
        assertThat(errorOf("ends-at")).isEqualTo("End must be after the start");
    }

    @Test
    void aNulCraftedIntoTheFormShowsFieldErrorsInsteadOfFailing() {
        openForm();
        fillValidTimes();
        _setValue(_get(TextField.class, spec -> spec.withId("title")), "Night\u0000out");
        _setValue(_get(TextField.class, spec -> spec.withId("venue")), "Hall \uD800");

        _click(save());

        assertThat(errorOf("title")).isEqualTo("Title must not contain control characters");
        assertThat(errorOf("venue")).isEqualTo("Venue must not contain unpaired surrogates");
        _assertNone(Notification.class);
        assertThat(_get(CreateEventView.class)).isNotNull();
    }

    @Test
    void anEmojiTitleOfTwoHundredCharactersCanBeTypedAndIsSavedExactly() {
        String rockets = "\uD83D\uDE80".repeat(200);
        openForm();
        fillValidTimes();
        var title = _get(TextField.class, spec -> spec.withId("title"));

        assertThat(title.getMaxLength()).isGreaterThanOrEqualTo(rockets.length()); // the browser counts UTF-16 units
        _setValue(title, rockets);
        _click(save());

        String id = UI.getCurrent().getInternals().getActiveViewLocation().getPath().replace("events/", "");
        assertThat(eventService.get(Optional.of(organizer.id()), EventId.fromString(id)).title()).isEqualTo(rockets);
    }

    @Test
    void topicsCityAndOnlineAreSavedAndRefusedOnesExplained() {
        openForm();
        fillValidTimes();
        _setValue(_get(TextField.class, spec -> spec.withId("title")), "Topical mixer");
        var topics = _get(TextField.class, spec -> spec.withId("topics"));
        _setValue(topics, "a, b, c, d, e, f, g, h, i, j, k");
        _click(save());

        assertThat(errorOf("topics")).isEqualTo("Topics must be at most 10 topics");

        _setValue(topics, " Climate Tech, startups,, climate tech ");
        _setValue(_get(TextField.class, spec -> spec.withId("city")), " Zürich ");
        _setValue(_get(Checkbox.class, spec -> spec.withId("online")), true);
        _click(save());

        String id = UI.getCurrent().getInternals().getActiveViewLocation().getPath().replace("events/", "");
        var details = eventService.get(Optional.of(organizer.id()), EventId.fromString(id)).details();
        assertThat(details.topics()).containsExactly("climate tech", "startups");
        assertThat(details.city()).isEqualTo("Zürich");
        assertThat(details.online()).isTrue();
    }

    @Test
    void aTimeZoneIsRequired() {
        openForm();
        _setValue(timeZone(), null);
        _click(save());

        assertThat(errorOf("time-zone")).isEqualTo("Time zone is required");
        assertThat(errorOf("starts-at")).isEqualTo("Start is required");
    }

    @Test
    void goodInputCreatesADraftAndOpensIt() {
        openForm();
        _setValue(_get(TextField.class, spec -> spec.withId("title")), "Hardware founders night");
        _setValue(_get(TextArea.class, spec -> spec.withId("description")), "Show what you built.");
        _setValue(timeZone(), "America/New_York");
        _setValue(picker("starts-at"), DAY_AHEAD.atTime(18, 30));
        _setValue(picker("ends-at"), DAY_AHEAD.atTime(21, 0));
        _setValue(_get(TextField.class, spec -> spec.withId("venue")), "Brooklyn Navy Yard");
        _setValue(_get(IntegerField.class, spec -> spec.withId("capacity")), 80);
        _setValue(picker("registration-closes-at"), DAY_AHEAD.atTime(12, 0));
        _setValue(_get(Checkbox.class, spec -> spec.withId("approval-required")), true);
        _setValue(_get(NumberField.class, spec -> spec.withId("perspective-weight")), 0.7);

        _click(save());

        var view = _get(EventView.class);
        String id = UI.getCurrent().getInternals().getActiveViewLocation().getPath().replace("events/", "");
        assertThat(view).isNotNull();
        var created = eventService.get(Optional.of(organizer.id()), EventId.fromString(id));
        assertThat(created.ownerId()).isEqualTo(organizer.id());
        assertThat(eventService.roleOf(Optional.of(organizer.id()), created.id())).contains(EventRole.OWNER);
        var details = created.details();
        assertThat(created.status()).isEqualTo(EventStatus.DRAFT);
        assertThat(created.title()).isEqualTo("Hardware founders night");
        assertThat(details.description()).isEqualTo("Show what you built.");
        assertThat(details.timeZone()).isEqualTo(NEW_YORK);
        assertThat(details.startsAt()).isEqualTo(DAY_AHEAD.atTime(18, 30).atZone(NEW_YORK).toInstant());
        assertThat(details.endsAt()).isEqualTo(DAY_AHEAD.atTime(21, 0).atZone(NEW_YORK).toInstant());
        assertThat(details.registrationClosesAt()).isEqualTo(DAY_AHEAD.atTime(12, 0).atZone(NEW_YORK).toInstant());
        assertThat(details.venue()).isEqualTo("Brooklyn Navy Yard");
        assertThat(details.capacity()).isEqualTo(80);
        assertThat(details.approvalRequired()).isTrue();
        assertThat(details.perspectiveWeight()).isEqualTo(0.7);
        assertThat(_get(Component.class, spec -> spec.withId("event-status")).getElement().getText())
                .isEqualTo("Draft");
        assertThat(_get(Component.class, spec -> spec.withId("event-when")).getElement().getText())
                .isEqualTo(EventFixtures.day(DAY_AHEAD) + ", 18:30 – 21:00 (America/New_York)");
        // The creator may publish it; its dashboard shows its team, which is the creator alone.
        assertThat(_get(Button.class, spec -> spec.withId("publish")).isVisible()).isTrue();
        UI.getCurrent().navigate("events/" + created.id() + "/manage");
        assertThat(_get(Component.class, spec -> spec.withId("team-members")).getElement().getTextRecursively())
                .contains("Grace Hopper", "Owner");
    }

    @Test
    void anAnonymousVisitorMustLogInFirst() {
        UI.getCurrent().navigate("events/new");

        assertThat(_get(LoginView.class)).isNotNull();
        _assertNone(CreateEventView.class);
        var location = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo("login");
        assertThat(location.getQueryParameters().getSingleParameter("continue")).contains("events/new");
    }

    /** Signs the organizer in and opens the form. */
    private void openForm() {
        signInAs(organizer);
        UI.getCurrent().navigate("events/new");
    }

    private static void fillValidTimes() {
        _setValue(timeZone(), "Europe/Berlin");
        _setValue(picker("starts-at"), DAY_AHEAD.atTime(18, 0));
        _setValue(picker("ends-at"), DAY_AHEAD.atTime(21, 0));
        _setValue(_get(IntegerField.class, spec -> spec.withId("capacity")), 40);
    }

    private static Button save() {
        return _get(Button.class, spec -> spec.withId("save"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> timeZone() {
        return _get(ComboBox.class, spec -> spec.withId("time-zone"));
    }

    private static DateTimePicker picker(String id) {
        return _get(DateTimePicker.class, spec -> spec.withId(id));
    }

    private static String errorOf(String id) {
        var field = (HasValidation) _get(Component.class, spec -> spec.withId(id));
        assertThat(field.isInvalid()).as("%s is invalid", id).isTrue();
        return field.getErrorMessage();
    }

    private static void assertValid(String... ids) {
        for (String id : ids) {
            var field = (HasValidation) _get(Component.class, spec -> spec.withId(id));
            assertThat(field.isInvalid()).as("%s is valid", id).isFalse();
        }
    }
}
