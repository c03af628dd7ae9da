package org.mingle.web.series;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.mingle.domain.events.EventRules;
import org.mingle.domain.series.GroupNotFoundException;
import org.mingle.domain.series.SeriesInput;
import org.mingle.domain.series.SeriesPlan;
import org.mingle.domain.series.SeriesService;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.GroupId;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.NotFoundException;
import org.mingle.web.shell.BrowserTimeZone;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.FieldErrors;
import org.mingle.web.shell.Formats;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;
import org.mingle.web.shell.TextLimits;

/**
 * The form that creates a group's recurring series: the event's details, when it repeats (a simple choice written
 * out as an editable RFC 5545 rule), then a preview of the local dates before anything is created. Only the group's
 * owners and organizers get the form; anyone else gets the not-found page.
 */
@Prototype
@Route(value = Routes.CREATE_SERIES, layout = MainLayout.class)
public class CreateSeriesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Set<String> TIME_ZONES = regionZones();

    private final SeriesService series;
    private final CurrentUser currentUser;

    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final TextField venue = new TextField();
    private final IntegerField capacity = new IntegerField();
    private final ComboBox<String> timeZone = new ComboBox<>();
    private final DatePicker firstDate = new DatePicker();
    private final TimePicker startTime = new TimePicker();
    private final IntegerField duration = new IntegerField();
    private final Select<Repeat> repeat = new Select<>();
    private final IntegerField count = new IntegerField();
    private final TextField rrule = new TextField();
    private final Checkbox publish = new Checkbox();
    private final FieldErrors fieldErrors = new FieldErrors();
    private final Button preview = new Button();
    private final Button create = new Button();
    private final Div dates = new Div();
    private GroupId group;

    CreateSeriesView(SeriesService series, CurrentUser currentUser) {
        this.series = series;
        this.currentUser = currentUser;
        setId("create-series-page");
        addClassName("page");
        setPadding(true);

        var heading = new H1(getTranslation("series.create.heading"));
        heading.addClassNames(LumoUtility.Margin.NONE);
        var explanation = new Paragraph(getTranslation("series.create.explanation"));
        explanation.addClassNames(LumoUtility.TextColor.SECONDARY);

        title.setId("series-title");
        title.setLabel(getTranslation("series.form.title"));
        title.setMaxLength(TextLimits.maxLength(EventRules.TITLE_MAX));
        title.setRequiredIndicatorVisible(true);
        description.setId("series-description");
        description.setLabel(getTranslation("series.form.description"));
        description.setMaxLength(TextLimits.maxLength(EventRules.DESCRIPTION_MAX));
        venue.setId("series-venue");
        venue.setLabel(getTranslation("series.form.venue"));
        venue.setMaxLength(TextLimits.maxLength(EventRules.VENUE_MAX));
        capacity.setId("series-capacity");
        capacity.setLabel(getTranslation("series.form.capacity"));
        capacity.setRequiredIndicatorVisible(true);
        capacity.setStepButtonsVisible(true);
        timeZone.setId("series-time-zone");
        timeZone.setLabel(getTranslation("series.form.time-zone"));
        timeZone.setItems(TIME_ZONES);
        timeZone.setRequiredIndicatorVisible(true);
        firstDate.setId("series-first-date");
        firstDate.setLabel(getTranslation("series.form.first-date"));
        firstDate.setValue(LocalDate.now().plusDays(7));
        startTime.setId("series-start-time");
        startTime.setLabel(getTranslation("series.form.start-time"));
        startTime.setStep(Duration.ofMinutes(15));
        startTime.setValue(LocalTime.of(18, 30));
        startTime.setHelperText(getTranslation("series.form.start-time.helper"));
        duration.setId("series-duration");
        duration.setLabel(getTranslation("series.form.duration"));
        duration.setValue(120);
        duration.setStepButtonsVisible(true);
        duration.setStep(15);
        repeat.setId("series-repeat");
        repeat.setLabel(getTranslation("series.form.repeat"));
        repeat.setItems(Repeat.values());
        repeat.setItemLabelGenerator(choice -> getTranslation(choice.key));
        repeat.setValue(Repeat.WEEKLY);
        count.setId("series-count");
        count.setLabel(getTranslation("series.form.count"));
        count.setValue(6);
        count.setMin(1);
        count.setMax(SeriesPlan.MAX_AT_ONCE);
        count.setStepButtonsVisible(true);
        count.setHelperText(getTranslation("series.form.count.helper", SeriesPlan.MAX_AT_ONCE));
        rrule.setId("series-rrule");
        rrule.setLabel(getTranslation("series.form.rrule"));
        rrule.setHelperText(getTranslation("series.form.rrule.helper"));
        publish.setId("series-publish");
        publish.setLabel(getTranslation("series.form.publish"));
        // The simple choice writes the rule; an edited rule stays until the choice, first date or count changes.
        repeat.addValueChangeListener(change -> writeRule());
        firstDate.addValueChangeListener(change -> writeRule());
        count.addValueChangeListener(change -> writeRule());
        writeRule();

        // The domain is the one validator; its messages are English, so the names they start with stay English too.
        fieldErrors.add("title", title, "Title").add("description", description, "Description")
                .add("venue", venue, "Venue").add("capacity", capacity, "Capacity")
                .add("timeZone", timeZone, "Time zone").add("firstDate", firstDate, "First date")
                .add("localStartTime", startTime, "Start time").add("durationMinutes", duration, "Duration")
                .add("rrule", rrule, "Repeat rule");

        var form = new FormLayout();
        form.setId("series-form");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.add(title, 2);
        form.add(description, 2);
        form.add(venue, capacity, timeZone, firstDate, startTime, duration, repeat, count);
        form.add(rrule, 2);
        form.add(publish, 2);
        form.setMaxWidth("52rem");

        preview.setId("series-preview");
        preview.setText(getTranslation("series.create.preview"));
        preview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        preview.addClickListener(click -> showPreview());
        create.setId("series-create");
        create.setText(getTranslation("series.create.confirm"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        create.setDisableOnClick(true);
        create.setVisible(false);
        create.addClickListener(click -> createSeries());
        dates.setId("series-dates");
        dates.setVisible(false);

        add(heading, explanation, form, preview, dates, create);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        var given = enter.getLocation().getQueryParameters().getSingleParameter(Routes.SERIES_GROUP).orElse("");
        try {
            group = new GroupId(UUID.fromString(given));
            // Signed out, the not-found page offers to log in and come back here.
            var viewer = currentUser.account().orElseThrow(() -> new GroupNotFoundException(given));
            series.requireOrganizer(viewer, group);
        } catch (IllegalArgumentException | AccessDeniedException notTheirs) {
            // A group the viewer does not run looks like one that does not exist.
            var notFound = new GroupNotFoundException(given);
            enter.rerouteToError(notFound, notFound.getMessage());
        } catch (NotFoundException notFound) {
            enter.rerouteToError(notFound, notFound.getMessage());
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        BrowserTimeZone.whenKnown(attach.getUI(), zone -> {
            if (timeZone.isEmpty() && TIME_ZONES.contains(zone)) {
                timeZone.setValue(zone);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("series.create.title");
    }

    private void writeRule() {
        if (repeat.getValue() != null && firstDate.getValue() != null && count.getValue() != null) {
            rrule.setValue(repeat.getValue().rule(firstDate.getValue(), count.getValue()));
        }
    }

    SeriesInput input() {
        return new SeriesInput(title.getValue(), description.getValue(), venue.getValue(), capacity.getValue(),
                timeZone.getValue(), startTime.getValue() == null ? null : startTime.getValue().toString(),
                duration.getValue(), rrule.getValue(),
                firstDate.getValue() == null ? null : firstDate.getValue().toString(), publish.getValue());
    }

    /** Lists the local dates the series would have; creating is offered only with a list that was just shown. */
    private void showPreview() {
        fieldErrors.clear();
        try {
            var plan = series.preview(currentUser.require(), group, input());
            var list = new UnorderedList();
            list.setId("series-date-list");
            var format = Formats.dayAndTime();
            plan.starts().forEach(start -> {
                var item = new ListItem(format.format(start));
                item.addClassName("series-date");
                list.add(item);
            });
            dates.removeAll();
            dates.add(new H2(getTranslation("series.create.dates", plan.starts().size(), plan.template()
                    .timeZone().getId())), list);
            dates.setVisible(true);
            create.setVisible(true);
            create.setEnabled(true);
        } catch (InvalidInputException invalid) {
            fieldErrors.show(invalid.errors());
            dates.setVisible(false);
            create.setVisible(false);
        }
    }

    private void createSeries() {
        fieldErrors.clear();
        try {
            var created = series.create(currentUser.require(), group, input());
            var done = Notification.show(getTranslation("series.create.created", created.events().size()), 4000,
                    Notification.Position.BOTTOM_CENTER);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            Routes.go(UI.getCurrent(), Routes.series(created.series().id()));
        } catch (InvalidInputException invalid) {
            // The form changed after the preview, or the first date passed meanwhile.
            fieldErrors.show(invalid.errors());
            dates.setVisible(false);
            create.setVisible(false);
        }
    }

    private static Set<String> regionZones() {
        var zones = new TreeSet<String>();
        for (String id : ZoneId.getAvailableZoneIds()) {
            if (id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/")) {
                zones.add(id);
            }
        }
        return zones;
    }
}
