package org.mingle.web.meetings;

import static org.mingle.web.shell.Translations.plural;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.mingle.domain.events.Event;
import org.mingle.domain.meetings.MeetingScheduleService;
import org.mingle.domain.meetings.MeetingTable;
import org.mingle.domain.meetings.SessionRules;
import org.mingle.domain.meetings.TableInput;
import org.mingle.domain.shared.DomainException;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.DomainMessages;
import org.mingle.web.shell.FieldErrors;
import org.mingle.web.shell.TextLimits;

/**
 * The tables and places of the meeting schedule, where pairs meet, and, for an organizer while the event is open, the
 * form that adds one.
 */
class TablesSection extends Section {

    static final int DEFAULT_SEATS = 2;

    private final MeetingScheduleService schedule;
    private final CurrentUser currentUser;
    private final RemoveDialog removeDialog;
    private final Runnable onChange;

    private final Div tables = new Div();
    private final Section form = new Section();
    private final TextField name = new TextField(getTranslation("meetings.tables.name"));
    private final IntegerField seats = new IntegerField(getTranslation("meetings.tables.seats"));
    private final Button add = new Button(getTranslation("meetings.tables.add"), VaadinIcon.PLUS.create());
    private final Div formError = new Div();
    private final FieldErrors errors = new FieldErrors();

    private Event event;
    private boolean edits;

    /** @param onChange after a table was added or removed: the page as things stand now */
    TablesSection(MeetingScheduleService schedule, CurrentUser currentUser, RemoveDialog removeDialog,
                  Runnable onChange) {
        this.schedule = schedule;
        this.currentUser = currentUser;
        this.removeDialog = removeDialog;
        this.onChange = onChange;
        buildForm();

        var heading = new H3(getTranslation("meetings.tables.title"));
        heading.addClassNames(LumoUtility.Margin.NONE);
        var hint = new Paragraph(getTranslation("meetings.tables.hint"));
        hint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        tables.setId("tables-list");
        tables.addClassName("meeting-setup-list");
        add(heading, hint, tables, form);
        setId("tables-section");
        addClassNames("meeting-setup", "no-print");
    }

    private void buildForm() {
        form.setId("table-form");
        form.addClassNames("meeting-setup-form", "no-print");

        name.setId("table-name");
        name.setMaxLength(TextLimits.maxLength(SessionRules.TABLE_NAME_MAX));
        name.setPlaceholder(getTranslation("meetings.tables.placeholder"));
        name.setRequiredIndicatorVisible(true);

        seats.setId("table-seats");
        seats.setMin(SessionRules.SEATS_MIN);
        seats.setMax(SessionRules.SEATS_MAX);
        seats.setStep(2);
        seats.setStepButtonsVisible(true);
        seats.setValue(DEFAULT_SEATS);
        seats.setRequiredIndicatorVisible(true);

        errors.add("name", name, "Name").add("seats", seats, "Seats");

        add.setId("add-table");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setDisableOnClick(true);
        add.addClickListener(click -> addTable());

        formError.setId("table-form-error");
        formError.addClassNames(LumoUtility.TextColor.ERROR);
        formError.getElement().setAttribute("role", "alert");
        formError.setVisible(false);

        var heading = new H3(getTranslation("meetings.tables.form-title"));
        heading.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.MEDIUM);
        var fields = new FormLayout(name, seats);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.add(heading, fields, formError, add);
    }

    /** @param editable whether the viewer may add and remove tables now */
    void show(Event shown, boolean editable) {
        event = shown;
        edits = editable;
        form.setVisible(editable);
    }

    /** The tables as they are now. */
    void list(List<MeetingTable> all) {
        tables.removeAll();
        for (MeetingTable table : all) {
            String tid = "table-" + table.id();
            var tableName = new Span(table.name());
            tableName.setId(tid + "-name");
            tableName.addClassName("meeting-setup-name");
            int atOnce = table.meetingsAtOnce();
            var size = new Span(plural("meetings.count.seats", table.seats()) + " · "
                    + plural("meetings.tables.at-once", atOnce));
            size.setId(tid + "-seats");
            size.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            var what = new Div(tableName, size);
            what.addClassName("meeting-setup-what");
            var row = new Div(what);
            row.setId(tid);
            row.addClassName("meeting-setup-row");
            row.getElement().setAttribute("data-seats", Integer.toString(table.seats()));
            if (edits) {
                row.add(removeDialog.button("remove-" + tid,
                        getTranslation("meetings.tables.remove-label", table.name()),
                        getTranslation("meetings.tables.remove-question", table.name()),
                        () -> schedule.removeTable(currentUser.require(), event.id(), table.id()),
                        getTranslation("meetings.tables.removed", table.name())));
            }
            tables.add(row);
        }
        if (all.isEmpty()) {
            tables.add(ScheduleParts.empty("tables-empty", getTranslation("meetings.tables.empty")));
        }
    }

    private void addTable() {
        errors.clear();
        ScheduleParts.showError(formError, "");
        try {
            MeetingTable added = schedule.addTable(currentUser.require(), event.id(),
                    new TableInput(name.getValue(), seats.getValue()));
            ScheduleParts.notify(getTranslation("meetings.tables.added", MeetingTimes.table(added),
                    plural("meetings.count.seats", added.seats())));
            name.clear();
            onChange.run();
        } catch (InvalidInputException invalid) {
            ScheduleParts.showError(formError, ScheduleParts.show(errors, invalid));
        } catch (DomainException refused) {
            ScheduleParts.showError(formError, DomainMessages.of(refused));
        } finally {
            add.setEnabled(true);
        }
    }
}
