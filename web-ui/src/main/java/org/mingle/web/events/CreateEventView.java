package org.mingle.web.events;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventRules;
import org.mingle.domain.events.EventService;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.web.accounts.CurrentUser;
import org.mingle.web.shell.FieldErrors;
import org.mingle.web.shell.MainLayout;

/**
 * The form that creates an event as a draft. The domain validates; each refused field shows its message next to the
 * field. Times are entered as local times in the chosen time zone, which defaults to the browser's.
 */
@Prototype
@Route(value = "events/new", layout = MainLayout.class)
@PageTitle("Create event · Mingle")
public class CreateEventView extends VerticalLayout {

    /** Coordinated Universal Time under the name the domain accepts, for online events. */
    static final String UTC = "Etc/UTC";
    /** Region time zones (Europe/Berlin) and UTC, without the legacy and fixed-offset aliases. */
    static final Set<String> TIME_ZONES = regionZones();

    private final EventService events;
    private final CurrentUser currentUser;

    private final TextField title = new TextField("Title");
    private final TextArea description = new TextArea("Description");
    private final DateTimePicker startsAt = new DateTimePicker("Starts");
    private final DateTimePicker endsAt = new DateTimePicker("Ends");
    private final ComboBox<String> timeZone = new ComboBox<>("Time zone");
    private final TextField venue = new TextField("Venue");
    private final IntegerField capacity = new IntegerField("Capacity");
    private final DateTimePicker registrationClosesAt = new DateTimePicker("Registration closes");
    private final Checkbox approvalRequired = new Checkbox("Organizers approve each registration");
    private final NumberField perspectiveWeight = new NumberField("Perspective weight");
    private final Div formError = new Div();
    private final Button save = new Button("Create draft");

    /** Domain field name to the component that shows its error, in form order. */
    private final FieldErrors fieldErrors = new FieldErrors();

    CreateEventView(EventService events, CurrentUser currentUser) {
        this.events = events;
        this.currentUser = currentUser;
        addClassName("page");
        setPadding(true);

        var heading = new H2("Create an event");
        heading.addClassNames(LumoUtility.Margin.NONE);

        title.setId("title");
        title.setMaxLength(EventRules.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        description.setId("description");
        description.setMaxLength(EventRules.DESCRIPTION_MAX);
        description.setMinHeight("8rem");

        startsAt.setId("starts-at");
        startsAt.setRequiredIndicatorVisible(true);
        endsAt.setId("ends-at");
        endsAt.setRequiredIndicatorVisible(true);
        for (DateTimePicker picker : List.of(startsAt, endsAt, registrationClosesAt)) {
            picker.setStep(Duration.ofMinutes(15));
        }
        // Ending three hours after the start is a good first guess.
        startsAt.addValueChangeListener(change -> {
            if (change.getValue() != null && endsAt.isEmpty()) {
                endsAt.setValue(change.getValue().plusHours(3));
            }
        });

        timeZone.setId("time-zone");
        timeZone.setItems(TIME_ZONES);
        timeZone.setAllowCustomValue(false);
        timeZone.setRequiredIndicatorVisible(true);
        timeZone.setHelperText("Start and end are local times in this zone.");

        venue.setId("venue");
        venue.setMaxLength(EventRules.VENUE_MAX);

        capacity.setId("capacity");
        capacity.setRequiredIndicatorVisible(true);
        capacity.setHelperText("How many people can attend (" + EventRules.CAPACITY_MIN + " to "
                + EventRules.CAPACITY_MAX + ").");
        capacity.setStepButtonsVisible(true);

        registrationClosesAt.setId("registration-closes-at");
        registrationClosesAt.setHelperText("Optional: otherwise registration closes when the event starts.");

        approvalRequired.setId("approval-required");

        perspectiveWeight.setId("perspective-weight");
        perspectiveWeight.setMin(0);
        perspectiveWeight.setMax(1);
        perspectiveWeight.setStep(0.1);
        perspectiveWeight.setStepButtonsVisible(true);
        perspectiveWeight.setValue(EventRules.DEFAULT_PERSPECTIVE_WEIGHT);
        perspectiveWeight.setHelperText("0: match people who are alike. 1: favour people from other industries and "
                + "levels.");

        // The domain is the one validator: the fields never mark themselves invalid on their own.
        fieldErrors.add("title", title, "Title")
                .add("description", description, "Description")
                .add("startsAt", startsAt, "Start")
                .add("endsAt", endsAt, "End")
                .add("timeZone", timeZone, "Time zone")
                .add("venue", venue, "Venue")
                .add("capacity", capacity, "Capacity")
                .add("registrationClosesAt", registrationClosesAt, "Registration close")
                .add("perspectiveWeight", perspectiveWeight, "Perspective weight");

        var form = new FormLayout();
        form.setId("event-form");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.add(title, 2);
        form.add(description, 2);
        form.add(startsAt, endsAt, timeZone, venue, capacity, registrationClosesAt);
        form.add(perspectiveWeight, approvalRequired);
        form.setMaxWidth("52rem");

        formError.setId("form-error");
        formError.addClassNames(LumoUtility.TextColor.ERROR);
        formError.setVisible(false);

        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(click -> save());

        add(heading, form, formError, save);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().getPage().retrieveExtendedClientDetails(details -> {
            String browserZone = "UTC".equals(details.getTimeZoneId()) ? UTC : details.getTimeZoneId();
            if (timeZone.isEmpty() && browserZone != null && TIME_ZONES.contains(browserZone)) {
                timeZone.setValue(browserZone);
            }
        });
    }

    private void save() {
        try {
            clearErrors();
            var created = events.create(currentUser.require(), input());
            var done = Notification.show("Draft created. Publish it when it is ready.", 4000,
                    Notification.Position.BOTTOM_CENTER);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate(EventView.class,
                    new RouteParameters(EventView.ID_PARAMETER, created.id().toString()));
        } catch (InvalidInputException invalid) {
            showErrors(invalid.errors());
        } finally {
            save.setEnabled(true);
        }
    }

    /** What the form holds, as the domain takes it; local times are read in the chosen zone. */
    EventInput input() {
        ZoneId zone = EventTimes.zone(timeZone.getValue()).orElse(ZoneOffset.UTC);
        return new EventInput(title.getValue(), description.getValue(), instant(startsAt.getValue(), zone),
                instant(endsAt.getValue(), zone), timeZone.getValue(), venue.getValue(), capacity.getValue(),
                instant(registrationClosesAt.getValue(), zone), approvalRequired.getValue(),
                perspectiveWeight.getValue());
    }

    private void showErrors(List<FieldError> errors) {
        List<String> unplaced = fieldErrors.show(errors);
        formError.setText(String.join(" ", unplaced));
        formError.setVisible(!unplaced.isEmpty());
    }

    private void clearErrors() {
        fieldErrors.clear();
        formError.setText("");
        formError.setVisible(false);
    }

    private static Instant instant(LocalDateTime local, ZoneId zone) {
        return local == null ? null : local.atZone(zone).toInstant();
    }

    private static Set<String> regionZones() {
        var zones = new TreeSet<String>();
        for (String id : ZoneId.getAvailableZoneIds()) {
            if (id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/")) {
                zones.add(id);
            }
        }
        zones.add(UTC);
        return Collections.unmodifiableSet(zones);
    }
}
