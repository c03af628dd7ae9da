package org.mingle.web.meetings;

import static org.mingle.web.shell.Translations.plural;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.mingle.domain.events.Event;
import org.mingle.domain.meetings.MeetingScheduleService;
import org.mingle.domain.meetings.NetworkingSession;
import org.mingle.domain.meetings.SessionInput;
import org.mingle.domain.meetings.SessionRules;
import org.mingle.domain.meetings.Slot;
import org.mingle.domain.shared.DomainException;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.DomainMessages;
import org.mingle.web.shell.FieldErrors;
import org.mingle.web.shell.PickerLanguage;
import org.mingle.web.shell.TextLimits;

/**
 * The networking sessions of the meeting schedule: the times set aside for one-to-one meetings, each cut into slots,
 * and, for an organizer while the event is open, the form that adds one (its times suggested from the last session).
 */
class SessionsSection extends Section {

    static final int DEFAULT_SLOT_MINUTES = 15;

    private final MeetingScheduleService schedule;
    private final CurrentUser currentUser;
    private final RemoveDialog removeDialog;
    private final Runnable onChange;

    private final Div sessions = new Div();
    private final Section form = new Section();
    private final TextField name = new TextField(getTranslation("meetings.sessions.name"));
    private final DateTimePicker startsAt = new DateTimePicker(getTranslation("meetings.sessions.starts"));
    private final DateTimePicker endsAt = new DateTimePicker(getTranslation("meetings.sessions.ends"));
    private final IntegerField slotMinutes = new IntegerField(getTranslation("meetings.sessions.slot-minutes"));
    private final Button add = new Button(getTranslation("meetings.sessions.add"), VaadinIcon.PLUS.create());
    private final Div formError = new Div();
    private final FieldErrors errors = new FieldErrors();

    private Event event;
    private boolean edits;
    /** Set when the page opens: the form's times follow the sessions once they are listed. */
    private boolean suggestOnNextList;

    /** @param onChange after a session was added or removed: the page as things stand now */
    SessionsSection(MeetingScheduleService schedule, CurrentUser currentUser, RemoveDialog removeDialog,
                    Runnable onChange) {
        this.schedule = schedule;
        this.currentUser = currentUser;
        this.removeDialog = removeDialog;
        this.onChange = onChange;
        buildForm();

        var heading = new H3(getTranslation("meetings.sessions.title"));
        heading.addClassNames(LumoUtility.Margin.NONE);
        var hint = new Paragraph(getTranslation("meetings.sessions.hint"));
        hint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE,
                "no-print");
        sessions.setId("sessions-list");
        sessions.addClassName("meeting-setup-list");
        add(heading, hint, sessions, form);
        setId("sessions-section");
        addClassNames("meeting-setup", "no-print");
    }

    private void buildForm() {
        form.setId("session-form");
        form.addClassNames("meeting-setup-form", "no-print");

        name.setId("session-name");
        name.setMaxLength(TextLimits.maxLength(SessionRules.NAME_MAX));
        name.setPlaceholder(getTranslation("meetings.sessions.placeholder"));
        name.setRequiredIndicatorVisible(true);

        startsAt.setId("session-starts-at");
        startsAt.setStep(Duration.ofMinutes(5));
        // No required indicator on a date-time picker: it would mark the picker's group aria-required, which
        // ARIA does not allow on a group (a known Vaadin issue). A missing time is explained next to the field.
        endsAt.setId("session-ends-at");
        endsAt.setStep(Duration.ofMinutes(5));

        slotMinutes.setId("session-slot-minutes");
        slotMinutes.setMin(SessionRules.SLOT_MINUTES_MIN);
        slotMinutes.setMax(SessionRules.SLOT_MINUTES_MAX);
        slotMinutes.setStepButtonsVisible(true);
        slotMinutes.setValue(DEFAULT_SLOT_MINUTES);
        slotMinutes.setRequiredIndicatorVisible(true);

        // The domain is the one validator: the fields never mark themselves invalid on their own.
        errors.add("name", name, "Name")
                .add("startsAt", startsAt, "Start")
                .add("endsAt", endsAt, "End")
                .add("slotMinutes", slotMinutes, "Minutes per meeting");

        add.setId("add-session");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setDisableOnClick(true);
        add.addClickListener(click -> addSession());

        formError.setId("session-form-error");
        formError.addClassNames(LumoUtility.TextColor.ERROR);
        formError.getElement().setAttribute("role", "alert");
        formError.setVisible(false);

        var heading = new H3(getTranslation("meetings.sessions.form-title"));
        heading.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.MEDIUM);
        var fields = new FormLayout(name, slotMinutes, startsAt, endsAt);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.add(heading, fields, formError, add);
    }

    /**
     * Sets the section up for an event: the form's times within the event, in its zone, suggested from its start.
     *
     * @param editable whether the viewer may add and remove sessions now
     */
    void show(Event shown, boolean editable) {
        event = shown;
        edits = editable;
        form.setVisible(editable);
        String zoneHelp = getTranslation("meetings.sessions.zone", zone().getId());
        PickerLanguage.apply(getLocale(), startsAt, endsAt);
        startsAt.setHelperText(zoneHelp);
        endsAt.setHelperText(zoneHelp);
        startsAt.setMin(shown.localStart().toLocalDateTime());
        startsAt.setMax(shown.localEnd().toLocalDateTime());
        endsAt.setMin(shown.localStart().toLocalDateTime());
        endsAt.setMax(shown.localEnd().toLocalDateTime());
        suggestOnNextList = true;
    }

    /** The sessions as they are now. */
    void list(List<NetworkingSession> all) {
        if (suggestOnNextList) {
            // A new session starts where the last one ends; the first one at the event's start.
            suggestFrom(all.stream().map(NetworkingSession::endsAt).max(Comparator.naturalOrder())
                    .orElse(event.details().startsAt()));
            suggestOnNextList = false;
        }
        sessions.removeAll();
        for (NetworkingSession session : all) {
            String sid = "session-" + session.id();
            int slots = session.slots().size();
            var sessionName = new Span(session.name());
            sessionName.setId(sid + "-name");
            sessionName.addClassName("meeting-setup-name");
            var when = new Span(getTranslation("meetings.sessions.when",
                    MeetingTimes.day(new Slot(session.startsAt(), session.endsAt()), zone()),
                    plural("meetings.count.slots", slots), session.slotMinutes()));
            when.setId(sid + "-when");
            when.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            var who = new Div(sessionName, when);
            who.addClassName("meeting-setup-what");
            var row = new Div(who);
            row.setId(sid);
            row.addClassName("meeting-setup-row");
            row.getElement().setAttribute("data-slots", Integer.toString(slots));
            if (edits) {
                row.add(removeDialog.button("remove-" + sid,
                        getTranslation("meetings.sessions.remove-label", session.name()),
                        getTranslation("meetings.sessions.remove-question", session.name()),
                        () -> schedule.removeSession(currentUser.require(), event.id(), session.id()),
                        getTranslation("meetings.sessions.removed", session.name())));
            }
            sessions.add(row);
        }
        if (all.isEmpty()) {
            sessions.add(ScheduleParts.empty("sessions-empty", getTranslation("meetings.sessions.empty")));
        }
    }

    private void addSession() {
        errors.clear();
        ScheduleParts.showError(formError, "");
        try {
            var input = new SessionInput(name.getValue(), instant(startsAt.getValue()), instant(endsAt.getValue()),
                    slotMinutes.getValue());
            NetworkingSession added = schedule.addSession(currentUser.require(), event.id(), input);
            int slots = added.slots().size();
            ScheduleParts.notify(getTranslation("meetings.sessions.added", added.name(),
                    plural("meetings.count.slots", slots), added.slotMinutes()));
            name.clear();
            suggestFrom(added.endsAt());
            onChange.run();
        } catch (InvalidInputException invalid) {
            ScheduleParts.showError(formError, ScheduleParts.show(errors, invalid));
        } catch (DomainException refused) {
            ScheduleParts.showError(formError, DomainMessages.of(refused));
        } finally {
            add.setEnabled(true);
        }
    }

    /** The next session's times: an hour from {@code start}, within the event. */
    private void suggestFrom(Instant start) {
        var details = event.details();
        Instant from = start.isBefore(details.endsAt()) ? start : details.startsAt();
        Instant until = from.plus(Duration.ofHours(1));
        if (until.isAfter(details.endsAt())) {
            until = details.endsAt();
        }
        startsAt.setValue(from.atZone(zone()).toLocalDateTime());
        endsAt.setValue(until.atZone(zone()).toLocalDateTime());
    }

    private Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(zone()).toInstant();
    }

    private ZoneId zone() {
        return event.details().timeZone();
    }
}
