package org.mingle.web.meetings;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventAccess;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.meetings.MeetingAgenda;
import org.mingle.domain.meetings.MeetingScheduleService;
import org.mingle.domain.meetings.MeetingTable;
import org.mingle.domain.meetings.NetworkingSession;
import org.mingle.domain.meetings.SessionInput;
import org.mingle.domain.meetings.SessionRules;
import org.mingle.domain.meetings.Slot;
import org.mingle.domain.meetings.TableInput;
import org.mingle.domain.shared.DomainException;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.web.events.TeamPages;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.FieldErrors;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;
import org.mingle.web.shell.UiErrorHandler;

/**
 * One-to-one meetings for an event's team: organizers set out networking sessions (cut into slots) and the tables where
 * pairs meet, each form with the domain's messages next to its fields, and place the matches still waiting; the whole
 * team sees the agenda, slot by slot, ready to print for the room, and the matches waiting for a time. Anyone off the
 * team, and anyone for an unknown id, gets the not-found page, as on the dashboard.
 */
@Prototype
@Route(value = Routes.MEETING_SCHEDULE, layout = MainLayout.class)
public class MeetingScheduleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int DEFAULT_SLOT_MINUTES = 15;
    static final int DEFAULT_SEATS = 2;

    private final EventService events;
    private final MeetingScheduleService schedule;
    private final CurrentUser currentUser;

    private final RouterLink dashboardLink = new RouterLink();
    private final Div notice = new Div();

    private final Div sessions = new Div();
    private final Section sessionForm = new Section();
    private final TextField sessionName = new TextField("Session name");
    private final DateTimePicker sessionStartsAt = new DateTimePicker("Starts");
    private final DateTimePicker sessionEndsAt = new DateTimePicker("Ends");
    private final IntegerField slotMinutes = new IntegerField("Minutes per meeting");
    private final Button addSession = new Button("Add session", VaadinIcon.PLUS.create());
    private final Div sessionFormError = new Div();
    private final FieldErrors sessionErrors = new FieldErrors();

    private final Div tables = new Div();
    private final Section tableForm = new Section();
    private final TextField tableName = new TextField("Table or place");
    private final IntegerField seats = new IntegerField("Seats");
    private final Button addTable = new Button("Add table", VaadinIcon.PLUS.create());
    private final Div tableFormError = new Div();
    private final FieldErrors tableErrors = new FieldErrors();

    private final Button placeWaiting = new Button("Place waiting meetings", VaadinIcon.CALENDAR_CLOCK.create());
    private final Button print = new Button("Print", VaadinIcon.PRINT.create());
    private final Span summary = new Span();
    private final Div agenda = new Div();
    private final Paragraph noMeetings = new Paragraph("No meetings have a time yet. Once there are sessions and "
            + "tables, every match gets the earliest slot where both people are free.");
    private final UnorderedList waiting = new UnorderedList();
    private final Paragraph noneWaiting = new Paragraph("No match is waiting for a time.");

    private final Dialog removeDialog = new Dialog();
    private final Paragraph removeText = new Paragraph();
    private final Button confirmRemove = new Button("Remove");
    private Runnable removal = () -> { };

    private Event event;
    private Optional<EventRole> role = Optional.empty();

    MeetingScheduleView(EventService events, MeetingScheduleService schedule, CurrentUser currentUser) {
        this.events = events;
        this.schedule = schedule;
        this.currentUser = currentUser;
        setId("meetings-page");
        addClassNames("page", "meetings-page");
        setPadding(true);

        var heading = new H2("One-to-one meetings");
        heading.addClassNames(LumoUtility.Margin.NONE);
        dashboardLink.setId("meetings-dashboard");
        dashboardLink.addClassNames("back-link", "no-print");

        notice.setId("meetings-notice");
        notice.addClassNames("friendly-notice", "no-print");
        notice.setVisible(false);

        buildSessionForm();
        buildTableForm();
        buildRemoveDialog();
        add(heading, dashboardLink, notice, sessionsSection(), tablesSection(), agendaSection());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        TeamPages.open(enter, events, currentUser.account(), TeamPages::onTheTeam).ifPresent(opened -> {
            role = opened.role();
            show(opened.event());
        });
    }

    @Override
    public String getPageTitle() {
        return "One-to-one meetings" + (event == null ? "" : " · " + event.title()) + " · Mingle";
    }

    private void show(Event shown) {
        event = shown;
        TeamPages.linkToDashboard(dashboardLink, shown);

        boolean over = shown.status() == EventStatus.COMPLETED || shown.status() == EventStatus.CANCELLED;
        boolean edits = editable();
        if (!EventAccess.canManage(role)) {
            notice.setText("Only the event's organizers set out sessions and tables. Here is the agenda as it stands.");
        } else if (over) {
            notice.setText((shown.status() == EventStatus.CANCELLED ? "This event is cancelled" : "This event is over")
                    + ": its sessions, tables and meetings stay as they were.");
        }
        notice.setVisible(!edits);
        sessionForm.setVisible(edits);
        tableForm.setVisible(edits);
        placeWaiting.setVisible(edits);

        String zoneHelp = "Local time in " + zone().getId() + ".";
        sessionStartsAt.setHelperText(zoneHelp);
        sessionEndsAt.setHelperText(zoneHelp);
        sessionStartsAt.setMin(shown.localStart().toLocalDateTime());
        sessionStartsAt.setMax(shown.localEnd().toLocalDateTime());
        sessionEndsAt.setMin(shown.localStart().toLocalDateTime());
        sessionEndsAt.setMax(shown.localEnd().toLocalDateTime());
        suggestSessionFrom(shown.details().startsAt());
        refresh();
    }

    private boolean editable() {
        return EventAccess.canManage(role) && event.status() != EventStatus.COMPLETED
                && event.status() != EventStatus.CANCELLED;
    }

    private ZoneId zone() {
        return event.details().timeZone();
    }

    /** Sessions, tables and the agenda as they are now. */
    private void refresh() {
        MeetingAgenda now = schedule.agenda(currentUser.require(), event.id());
        showSessions(now.sessions());
        showTables(now.tables());
        showAgenda(now);
    }

    // Networking sessions

    private Section sessionsSection() {
        var heading = new H3("Networking sessions");
        heading.addClassNames(LumoUtility.Margin.NONE);
        var hint = new Paragraph("Times set aside for one-to-one meetings, cut into slots of the same length.");
        hint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE,
                "no-print");
        sessions.setId("sessions-list");
        sessions.addClassName("meeting-setup-list");
        var section = new Section(heading, hint, sessions, sessionForm);
        section.setId("sessions-section");
        section.addClassNames("meeting-setup", "no-print");
        return section;
    }

    private void buildSessionForm() {
        sessionForm.setId("session-form");
        sessionForm.addClassNames("meeting-setup-form", "no-print");

        sessionName.setId("session-name");
        sessionName.setMaxLength(SessionRules.NAME_MAX);
        sessionName.setPlaceholder("Morning meetings");
        sessionName.setRequiredIndicatorVisible(true);

        sessionStartsAt.setId("session-starts-at");
        sessionStartsAt.setStep(Duration.ofMinutes(5));
        sessionStartsAt.setRequiredIndicatorVisible(true);
        sessionEndsAt.setId("session-ends-at");
        sessionEndsAt.setStep(Duration.ofMinutes(5));
        sessionEndsAt.setRequiredIndicatorVisible(true);

        slotMinutes.setId("session-slot-minutes");
        slotMinutes.setMin(SessionRules.SLOT_MINUTES_MIN);
        slotMinutes.setMax(SessionRules.SLOT_MINUTES_MAX);
        slotMinutes.setStepButtonsVisible(true);
        slotMinutes.setValue(DEFAULT_SLOT_MINUTES);
        slotMinutes.setRequiredIndicatorVisible(true);

        // The domain is the one validator: the fields never mark themselves invalid on their own.
        sessionErrors.add("name", sessionName, "Name")
                .add("startsAt", sessionStartsAt, "Start")
                .add("endsAt", sessionEndsAt, "End")
                .add("slotMinutes", slotMinutes, "Minutes per meeting");

        addSession.setId("add-session");
        addSession.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addSession.setDisableOnClick(true);
        addSession.addClickListener(click -> addSession());

        sessionFormError.setId("session-form-error");
        sessionFormError.addClassNames(LumoUtility.TextColor.ERROR);
        sessionFormError.getElement().setAttribute("role", "alert");
        sessionFormError.setVisible(false);

        var heading = new H3("Add a session");
        heading.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.MEDIUM);
        var fields = new FormLayout(sessionName, slotMinutes, sessionStartsAt, sessionEndsAt);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        sessionForm.add(heading, fields, sessionFormError, addSession);
    }

    private void addSession() {
        sessionErrors.clear();
        showError(sessionFormError, "");
        try {
            var input = new SessionInput(sessionName.getValue(), instant(sessionStartsAt.getValue()),
                    instant(sessionEndsAt.getValue()), slotMinutes.getValue());
            NetworkingSession added = schedule.addSession(currentUser.require(), event.id(), input);
            int slots = added.slots().size();
            notify("Session \u201c" + added.name() + "\u201d added: " + count(slots, "slot", "slots") + " of "
                    + added.slotMinutes() + " minutes.");
            sessionName.clear();
            suggestSessionFrom(added.endsAt());
            refresh();
        } catch (InvalidInputException invalid) {
            showError(sessionFormError, show(sessionErrors, invalid));
        } catch (DomainException refused) {
            showError(sessionFormError, refused.getMessage());
        } finally {
            addSession.setEnabled(true);
        }
    }

    /** The next session's times: an hour from {@code start}, within the event. */
    private void suggestSessionFrom(Instant start) {
        var details = event.details();
        Instant from = start.isBefore(details.endsAt()) ? start : details.startsAt();
        Instant until = from.plus(Duration.ofHours(1));
        if (until.isAfter(details.endsAt())) {
            until = details.endsAt();
        }
        sessionStartsAt.setValue(from.atZone(zone()).toLocalDateTime());
        sessionEndsAt.setValue(until.atZone(zone()).toLocalDateTime());
    }

    private void showSessions(List<NetworkingSession> all) {
        sessions.removeAll();
        boolean edits = editable();
        for (NetworkingSession session : all) {
            String sid = "session-" + session.id();
            int slots = session.slots().size();
            var name = new Span(session.name());
            name.setId(sid + "-name");
            name.addClassName("meeting-setup-name");
            var when = new Span(MeetingTimes.day(new Slot(session.startsAt(), session.endsAt()), zone()) + " · "
                    + count(slots, "slot", "slots") + " of " + session.slotMinutes() + " minutes");
            when.setId(sid + "-when");
            when.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            var who = new Div(name, when);
            who.addClassName("meeting-setup-what");
            var row = new Div(who);
            row.setId(sid);
            row.addClassName("meeting-setup-row");
            row.getElement().setAttribute("data-slots", Integer.toString(slots));
            if (edits) {
                row.add(removeButton("remove-" + sid, "Remove session " + session.name(),
                        "Remove the session \u201c" + session.name() + "\u201d? Its meetings move to other free "
                                + "slots where there are some, and wait for a time otherwise.",
                        () -> schedule.removeSession(currentUser.require(), event.id(), session.id()),
                        "Session \u201c" + session.name() + "\u201d removed."));
            }
            sessions.add(row);
        }
        if (all.isEmpty()) {
            sessions.add(empty("sessions-empty", "No networking sessions yet."));
        }
    }

    // Tables

    private Section tablesSection() {
        var heading = new H3("Tables and places");
        heading.addClassNames(LumoUtility.Margin.NONE);
        var hint = new Paragraph("Where pairs meet: a table for two holds one meeting at a time, a table for four "
                + "two.");
        hint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        tables.setId("tables-list");
        tables.addClassName("meeting-setup-list");
        var section = new Section(heading, hint, tables, tableForm);
        section.setId("tables-section");
        section.addClassNames("meeting-setup", "no-print");
        return section;
    }

    private void buildTableForm() {
        tableForm.setId("table-form");
        tableForm.addClassNames("meeting-setup-form", "no-print");

        tableName.setId("table-name");
        tableName.setMaxLength(SessionRules.TABLE_NAME_MAX);
        tableName.setPlaceholder("Lounge, or Table 7");
        tableName.setRequiredIndicatorVisible(true);

        seats.setId("table-seats");
        seats.setMin(SessionRules.SEATS_MIN);
        seats.setMax(SessionRules.SEATS_MAX);
        seats.setStep(2);
        seats.setStepButtonsVisible(true);
        seats.setValue(DEFAULT_SEATS);
        seats.setRequiredIndicatorVisible(true);

        tableErrors.add("name", tableName, "Name").add("seats", seats, "Seats");

        addTable.setId("add-table");
        addTable.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addTable.setDisableOnClick(true);
        addTable.addClickListener(click -> addTable());

        tableFormError.setId("table-form-error");
        tableFormError.addClassNames(LumoUtility.TextColor.ERROR);
        tableFormError.getElement().setAttribute("role", "alert");
        tableFormError.setVisible(false);

        var heading = new H3("Add a table");
        heading.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.MEDIUM);
        var fields = new FormLayout(tableName, seats);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        tableForm.add(heading, fields, tableFormError, addTable);
    }

    private void addTable() {
        tableErrors.clear();
        showError(tableFormError, "");
        try {
            MeetingTable added = schedule.addTable(currentUser.require(), event.id(),
                    new TableInput(tableName.getValue(), seats.getValue()));
            notify(MeetingTimes.table(added) + " added: " + count(added.seats(), "seat", "seats") + ".");
            tableName.clear();
            refresh();
        } catch (InvalidInputException invalid) {
            showError(tableFormError, show(tableErrors, invalid));
        } catch (DomainException refused) {
            showError(tableFormError, refused.getMessage());
        } finally {
            addTable.setEnabled(true);
        }
    }

    private void showTables(List<MeetingTable> all) {
        tables.removeAll();
        boolean edits = editable();
        for (MeetingTable table : all) {
            String tid = "table-" + table.id();
            var name = new Span(table.name());
            name.setId(tid + "-name");
            name.addClassName("meeting-setup-name");
            int atOnce = table.meetingsAtOnce();
            var size = new Span(count(table.seats(), "seat", "seats") + " · "
                    + (atOnce == 1 ? "1 meeting at a time" : atOnce + " meetings at once"));
            size.setId(tid + "-seats");
            size.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            var what = new Div(name, size);
            what.addClassName("meeting-setup-what");
            var row = new Div(what);
            row.setId(tid);
            row.addClassName("meeting-setup-row");
            row.getElement().setAttribute("data-seats", Integer.toString(table.seats()));
            if (edits) {
                row.add(removeButton("remove-" + tid, "Remove table " + table.name(),
                        "Remove \u201c" + table.name() + "\u201d? Its meetings move to other free places where "
                                + "there are some, and wait for a time otherwise.",
                        () -> schedule.removeTable(currentUser.require(), event.id(), table.id()),
                        "\u201c" + table.name() + "\u201d removed."));
            }
            tables.add(row);
        }
        if (all.isEmpty()) {
            tables.add(empty("tables-empty", "No tables yet."));
        }
    }

    // Removing, after a confirmation

    private Button removeButton(String id, String label, String question, Runnable remove, String done) {
        var button = new Button(VaadinIcon.TRASH.create());
        button.setId(id);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_ICON);
        button.addClickListener(click -> {
            removeText.setText(question);
            removal = () -> {
                remove.run();
                notify(done);
            };
            confirmRemove.setEnabled(true);
            removeDialog.open();
        });
        return button;
    }

    private void buildRemoveDialog() {
        removeDialog.setId("remove-dialog");
        removeDialog.setHeaderTitle("Remove?");
        removeDialog.setWidth("32rem");
        removeDialog.setMaxWidth("calc(100vw - 2 * var(--lumo-space-m))");
        removeText.setId("remove-dialog-text");
        removeText.addClassNames(LumoUtility.Margin.NONE);
        removeDialog.add(removeText);
        var keep = new Button("Keep", click -> removeDialog.close());
        keep.setId("keep-item");
        confirmRemove.setId("confirm-remove");
        confirmRemove.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirmRemove.setDisableOnClick(true);
        confirmRemove.addClickListener(click -> {
            removeDialog.close();
            try {
                removal.run();
            } catch (DomainException refused) {
                UiErrorHandler.show(refused.getMessage());
            } finally {
                confirmRemove.setEnabled(true);
            }
            refresh();
        });
        removeDialog.getFooter().add(keep, confirmRemove);
    }

    // The agenda

    private Section agendaSection() {
        var heading = new H3("Agenda");
        heading.addClassNames(LumoUtility.Margin.NONE);
        placeWaiting.setId("place-waiting");
        placeWaiting.addClassName("no-print");
        placeWaiting.setDisableOnClick(true);
        placeWaiting.addClickListener(click -> placeWaiting());
        print.setId("print-agenda");
        print.addClassName("no-print");
        print.addClickListener(click -> UI.getCurrent().getPage().executeJs("window.print()"));
        var buttons = new Div(placeWaiting, print);
        buttons.addClassName("registration-actions");
        var header = new Div(heading, buttons);
        header.addClassName("rounds-header");

        summary.setId("agenda-summary");
        summary.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        agenda.setId("agenda-slots");
        agenda.addClassName("rounds-schedule");
        noMeetings.setId("agenda-empty");
        noMeetings.addClassNames(LumoUtility.TextColor.SECONDARY);

        var waitingHeading = new H3("Waiting for a time");
        waitingHeading.addClassNames(LumoUtility.Margin.Bottom.XSMALL, LumoUtility.FontSize.MEDIUM);
        var waitingHint = new Paragraph("Matches with no slot where both people are free and a table has room. More "
                + "sessions or tables give them one; so does a meeting that moves.");
        waitingHint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL,
                LumoUtility.Margin.NONE);
        waiting.setId("agenda-waiting");
        waiting.addClassName("agenda-waiting");
        noneWaiting.setId("agenda-none-waiting");
        noneWaiting.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        var waitingBlock = new Div(waitingHeading, waitingHint, waiting, noneWaiting);
        waitingBlock.setId("agenda-waiting-block");
        waitingBlock.addClassName("agenda-waiting-block");

        var section = new Section(header, summary, noMeetings, agenda, waitingBlock);
        section.setId("agenda");
        section.setWidthFull();
        return section;
    }

    private void placeWaiting() {
        try {
            MeetingAgenda.Placed placed = schedule.placeWaiting(currentUser.require(), event.id());
            notify(count(placed.placed(), "meeting", "meetings") + " placed, " + placed.waiting() + " still waiting");
        } catch (DomainException refused) {
            UiErrorHandler.show(refused.getMessage());
        } finally {
            placeWaiting.setEnabled(true);
        }
        refresh();
    }

    private void showAgenda(MeetingAgenda now) {
        agenda.removeAll();
        Map<Slot, List<MeetingAgenda.Booked>> bySlot = new TreeMap<>();
        for (MeetingAgenda.Booked booked : now.booked()) {
            bySlot.computeIfAbsent(booked.slot(), slot -> new ArrayList<>()).add(booked);
        }
        int n = 0;
        for (var entry : bySlot.entrySet()) {
            agenda.add(slotSection(++n, entry.getKey(), entry.getValue()));
        }
        noMeetings.setVisible(bySlot.isEmpty());
        print.setVisible(!bySlot.isEmpty());

        waiting.removeAll();
        for (MeetingAgenda.Waiting match : now.waiting()) {
            var item = new ListItem(pair(match.firstName(), match.secondName()));
            item.setId("waiting-" + match.meeting());
            item.getElement().setAttribute("data-meeting", match.meeting().toString());
            waiting.add(item);
        }
        waiting.setVisible(!now.waiting().isEmpty());
        noneWaiting.setVisible(now.waiting().isEmpty());
        summary.setText(count(now.booked().size(), "meeting", "meetings") + " with a time · "
                + now.waiting().size() + " waiting");
    }

    private Section slotSection(int n, Slot slot, List<MeetingAgenda.Booked> meetings) {
        String id = "agenda-slot-" + n;
        var heading = new H3(MeetingTimes.day(slot, zone()));
        heading.setId(id + "-heading");
        heading.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.LARGE);
        var list = new UnorderedList();
        list.setId(id + "-meetings");
        list.addClassName("round-tables");
        meetings.stream()
                .sorted(Comparator.comparing((MeetingAgenda.Booked b) -> b.table() == null ? "" : b.table().name(),
                        String.CASE_INSENSITIVE_ORDER))
                .forEach(booked -> {
                    var item = new ListItem();
                    item.setId("agenda-meeting-" + booked.meeting());
                    item.addClassName("agenda-meeting");
                    if (booked.table() != null) {
                        var table = new Span(MeetingTimes.table(booked.table()) + " · ");
                        table.addClassName("round-table-number");
                        item.add(table);
                        item.getElement().setAttribute("data-table", booked.table().name());
                    }
                    item.add(new Span(pair(booked.firstName(), booked.secondName())));
                    item.getElement().setAttribute("data-meeting", booked.meeting().toString());
                    list.add(item);
                });
        var section = new Section(heading, list);
        section.setId(id);
        section.addClassNames("round", "agenda-slot");
        section.getElement().setAttribute("data-starts-at", slot.startsAt().toString());
        return section;
    }

    // Shared

    private Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(zone()).toInstant();
    }

    /**
     * Shows each message at its field: "Seats must be between 2 and 200", and as a sentence of its own where the
     * domain wrote one ("Another table is called this."). Answers what no field of the form shows.
     */
    private static String show(FieldErrors fields, InvalidInputException invalid) {
        List<FieldError> labelled = new ArrayList<>();
        List<FieldError> sentences = new ArrayList<>();
        for (FieldError error : invalid.errors()) {
            (isSentence(error.message()) ? sentences : labelled).add(error);
        }
        List<String> unplaced = new ArrayList<>(fields.show(labelled));
        for (FieldError error : sentences) {
            try {
                fields.showSentence(error.field(), sentence(error.message()));
            } catch (IllegalArgumentException noSuchField) {
                unplaced.add(sentence(error.message()));
            }
        }
        return String.join(" ", unplaced);
    }

    /** "another table is called this" and "an event has at most 50 ..." read as sentences; "is required" does not. */
    private static boolean isSentence(String message) {
        return message.startsWith("another ") || message.startsWith("an ");
    }

    private static String sentence(String message) {
        return Character.toUpperCase(message.charAt(0)) + message.substring(1) + (message.endsWith(".") ? "" : ".");
    }

    private static String pair(String first, String second) {
        return (first == null ? "Someone" : first) + " & " + (second == null ? "someone" : second);
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static Paragraph empty(String id, String text) {
        var none = new Paragraph(text);
        none.setId(id);
        none.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE, "empty-list");
        return none;
    }

    private static void showError(Div error, String message) {
        error.setText(message);
        error.setVisible(!message.isEmpty());
    }

    private static void notify(String message) {
        var done = Notification.show(message, 5000, Notification.Position.BOTTOM_CENTER);
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
