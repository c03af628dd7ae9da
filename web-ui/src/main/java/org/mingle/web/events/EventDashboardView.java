package org.mingle.web.events;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.mingle.domain.events.CapacityBelowConfirmedException;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventAccess;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.registration.Registration;
import org.mingle.domain.registration.RegistrationCounts;
import org.mingle.domain.registration.RegistrationFilter;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.registration.RegistrationStatus;
import org.mingle.domain.registration.RegistrationsCsv;
import org.mingle.domain.shared.ConflictException;
import org.mingle.domain.shared.DomainException;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.PageRequest;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;
import org.mingle.web.shell.UiErrorHandler;

/**
 * An event's dashboard for its team: the counts (confirmed, waitlisted, pending, checked in), every registration in a
 * grid with a status filter and a search by name or email, approve and decline for pending registrations, and the
 * event's actions: edit, publish, cancel (after a confirmation), complete, and the check-in page. Organizers (owner and
 * co-organizers) may change things; check-in staff see the counts and the list. Anyone else, and anyone for an unknown
 * id, gets the not-found page, so a draft's dashboard reveals nothing.
 */
@Prototype
@Route(value = Routes.EVENT_DASHBOARD, layout = MainLayout.class)
public class EventDashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Rows fetched from the domain at a time; the grid asks page by page as it scrolls. */
    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH);

    private final EventService events;
    private final RegistrationService registrations;
    private final CurrentUser currentUser;

    private final RouterLink title = new RouterLink();
    private final Span status = new Span();
    private final Span when = new Span();
    private final Span confirmed = new Span();
    private final Span capacity = new Span();
    private final Span waitlisted = new Span();
    private final Span pending = new Span();
    private final Span checkedIn = new Span();

    private final Button edit = new Button("Edit", VaadinIcon.EDIT.create());
    private final Button publish = new Button("Publish");
    private final Button complete = new Button("Mark as completed");
    private final Button cancelEvent = new Button("Cancel event");
    private final RouterLink checkIn = new RouterLink();
    private final RouterLink rounds = new RouterLink();
    private final RouterLink meetings = new RouterLink();
    private final RouterLink report = new RouterLink();
    private final Anchor exportCsv = new Anchor(csvHandler(), AttachmentType.DOWNLOAD, "Export CSV");

    private final Select<RegistrationStatus> statusFilter = new Select<>();
    private final TextField search = new TextField();
    private final Grid<Registration> grid = new Grid<>(Registration.class, false);

    private final Dialog editDialog = new Dialog();
    private final EventForm form = new EventForm();
    private final Button saveEvent = new Button("Save changes");
    private final Dialog cancelDialog = new Dialog();
    private final Button confirmCancel = new Button("Cancel event");

    private Event event;
    private Optional<EventRole> role = Optional.empty();

    EventDashboardView(EventService events, RegistrationService registrations, CurrentUser currentUser) {
        this.events = events;
        this.registrations = registrations;
        this.currentUser = currentUser;
        setId("event-dashboard");
        addClassNames("page", "dashboard");
        setPadding(true);

        title.setId("event-link");
        var heading = new H2(title);
        heading.addClassNames(LumoUtility.Margin.NONE, "dashboard-title");
        status.setId("event-status");
        var header = new HorizontalLayout(heading, status);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.addClassNames(LumoUtility.FlexWrap.WRAP);
        when.setId("event-when");
        when.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);

        var counts = new Div(
                stat("Confirmed", confirmed, "count-confirmed", capacity),
                stat("Waitlisted", waitlisted, "count-waitlisted", null),
                stat("Pending approval", pending, "count-pending", null),
                stat("Checked in", checkedIn, "count-checked-in", null));
        counts.setId("counts");
        counts.addClassName("stat-tiles");
        capacity.setId("count-capacity");

        add(header, when, counts, actions(), registrationsSection());
        buildEditDialog();
        buildCancelDialog();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        // Off the team, the dashboard does not exist for this person, as a draft does not.
        TeamPages.open(enter, events, currentUser.account(), TeamPages::onTheTeam).ifPresent(opened -> {
            role = opened.role();
            show(opened.event());
            grid.getDataProvider().refreshAll();
        });
    }

    @Override
    public String getPageTitle() {
        return (event == null ? "Dashboard" : event.title() + " · Dashboard") + " · Mingle";
    }

    private void show(Event shown) {
        event = shown;
        title.setText(shown.title());
        Routes.aim(title, Routes.event(shown.id()));
        EventLabels.statusBadge(status, shown.status());
        when.setText(EventTimes.span(shown));
        Routes.aim(checkIn, Routes.checkIn(shown.id()));
        Routes.aim(rounds, Routes.rounds(shown.id()));
        Routes.aim(meetings, Routes.meetingSchedule(shown.id()));
        Routes.aim(report, Routes.eventReport(shown.id()));

        boolean manages = EventAccess.canManage(role);
        edit.setVisible(manages && shown.status() != EventStatus.CANCELLED && shown.status() != EventStatus.COMPLETED);
        publish.setVisible(manages && shown.status() == EventStatus.DRAFT);
        complete.setVisible(manages && shown.status() == EventStatus.PUBLISHED);
        cancelEvent.setVisible(manages && (shown.status() == EventStatus.DRAFT
                || shown.status() == EventStatus.PUBLISHED));
        checkIn.setVisible(shown.status() == EventStatus.PUBLISHED);
        rounds.setVisible(shown.status() == EventStatus.PUBLISHED || shown.status() == EventStatus.COMPLETED);
        // Sessions and tables can be set out before publishing, so that matches get a time from the start.
        meetings.setVisible(shown.status() != EventStatus.CANCELLED);
        // What the event achieved: for organizers, from publishing on (the figures so far, then the final ones).
        report.setVisible(manages && (shown.status() == EventStatus.PUBLISHED
                || shown.status() == EventStatus.COMPLETED));
        showCounts();
    }

    private void showCounts() {
        RegistrationCounts counts = registrations.counts(currentUser.require(), event.id());
        confirmed.setText(Integer.toString(counts.confirmed()));
        capacity.setText("of " + event.details().capacity());
        waitlisted.setText(Integer.toString(counts.waitlisted()));
        pending.setText(Integer.toString(counts.pending()));
        checkedIn.setText(Integer.toString(counts.checkedIn()));
    }

    /** After a change: the event, its counts and the rows as they are now. */
    private void reload() {
        show(events.get(currentUser.account(), event.id()));
        grid.getDataProvider().refreshAll();
    }

    private Div actions() {
        edit.setId("edit-event");
        edit.addClickListener(click -> openEditDialog());

        publish.setId("publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setDisableOnClick(true);
        publish.addClickListener(click -> act(publish, () -> events.publish(currentUser.require(), event.id()),
                "Published: anyone can now find this event and register."));

        complete.setId("complete-event");
        complete.setDisableOnClick(true);
        complete.addClickListener(click -> act(complete, () -> events.complete(currentUser.require(), event.id()),
                "The event is marked as completed."));

        cancelEvent.setId("cancel-event");
        cancelEvent.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancelEvent.addClickListener(click -> cancelDialog.open());

        checkIn.setId("check-in");
        checkIn.setText("Check-in");
        checkIn.addClassName("button-link");
        checkIn.addComponentAsFirst(VaadinIcon.CHECK_SQUARE_O.create());

        rounds.setId("open-rounds");
        rounds.setText("Speed networking");
        rounds.addClassName("button-link");
        rounds.addComponentAsFirst(VaadinIcon.TIMER.create());

        meetings.setId("open-meetings");
        meetings.setText("One-to-one meetings");
        meetings.addClassName("button-link");
        meetings.addComponentAsFirst(VaadinIcon.HANDSHAKE.create());

        report.setId("open-report");
        report.setText("Event report");
        report.addClassName("button-link");
        report.addComponentAsFirst(VaadinIcon.CHART.create());

        exportCsv.setId("export-csv");
        exportCsv.addClassName("button-link");
        exportCsv.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());

        var actions = new Div(checkIn, rounds, meetings, report, exportCsv, edit, publish, complete, cancelEvent);
        actions.setId("event-actions");
        actions.addClassName("registration-actions");
        return actions;
    }

    /** The registrations as CSV, computed when the browser downloads it, for whoever is signed in then. */
    private DownloadHandler csvHandler() {
        return (DownloadEvent download) -> {
            var account = currentUser.signedIn(download.getSession());
            if (account.isEmpty() || event == null) {
                download.getResponse().setStatus(403);
                return;
            }
            var shown = event;
            download.setFileName(FileNames.of(shown.title(), "-registrations.csv"));
            download.setContentType("text/csv; charset=utf-8");
            try (var out = new OutputStreamWriter(download.getOutputStream(), StandardCharsets.UTF_8)) {
                RegistrationsCsv.write(out, row -> registrations.forEach(account.get().id(), shown.id(),
                        RegistrationFilter.all(), row), shown.details().timeZone());
            }
        };
    }

    private Section registrationsSection() {
        var heading = new H3("Registrations");
        heading.addClassNames(LumoUtility.Margin.Bottom.SMALL);

        statusFilter.setId("registration-status-filter");
        statusFilter.setLabel("Status");
        statusFilter.setItems(RegistrationStatus.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption("All statuses");
        statusFilter.setItemLabelGenerator(value -> value == null ? "All statuses" : RegistrationLabels.status(value));
        statusFilter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        search.setId("registration-search");
        search.setLabel("Search");
        search.setPlaceholder("Name or email");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        var filters = new Div(statusFilter, search);
        filters.addClassName("registration-filters");

        grid.setId("registrations-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setPageSize(PAGE_SIZE);
        grid.addColumn(Registration::displayName).setKey("name").setHeader("Name").setAutoWidth(true)
                .setFlexGrow(1).setFrozen(true);
        grid.addColumn(Registration::email).setKey("email").setHeader("Email").setAutoWidth(true);
        grid.addComponentColumn(RegistrationLabels::badge).setKey("status").setHeader("Status").setAutoWidth(true);
        grid.addColumn(r -> r.waitlistPosition() == null ? "" : "#" + r.waitlistPosition()).setKey("position")
                .setHeader("Waitlist").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> when(r.registeredAt())).setKey("registered").setHeader("Registered").setAutoWidth(true);
        grid.addColumn(r -> r.checkedInAt() == null ? "" : when(r.checkedInAt())).setKey("checked-in")
                .setHeader("Checked in").setAutoWidth(true);
        grid.addComponentColumn(this::rowActions).setKey("actions").setHeader("").setAutoWidth(true);
        grid.setItems(query -> fetch(query.getOffset(), query.getLimit()).stream(), query -> count());
        grid.setEmptyStateText("No registrations match.");
        grid.setAllRowsVisible(false);
        grid.setHeight("28rem");

        var section = new Section(heading, filters, grid);
        section.setId("registrations");
        section.setWidthFull();
        return section;
    }

    /** Approve and decline for a pending registration, to organizers; nothing otherwise. */
    private Component rowActions(Registration registration) {
        var actions = new Div();
        actions.addClassName("row-actions");
        if (registration.status() == RegistrationStatus.PENDING_APPROVAL && EventAccess.canManage(role)) {
            var approve = new Button("Approve", click -> approve(registration));
            approve.setId("approve-" + registration.id());
            approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            approve.setAriaLabel("Approve " + registration.displayName());
            var decline = new Button("Decline", click -> decline(registration));
            decline.setId("decline-" + registration.id());
            decline.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            decline.setAriaLabel("Decline " + registration.displayName());
            actions.add(approve, decline);
        }
        return actions;
    }

    private RegistrationFilter filter() {
        String text = search.getValue() == null ? "" : search.getValue().strip();
        return new RegistrationFilter(statusFilter.getValue(), text.isEmpty() ? null : text);
    }

    /** The rows from {@code offset} to {@code offset + limit}, read in the domain's pages. */
    private List<Registration> fetch(int offset, int limit) {
        var actor = currentUser.require();
        var filter = filter();
        List<Registration> rows = new ArrayList<>(limit);
        int first = offset / PAGE_SIZE;
        int last = (offset + limit - 1) / PAGE_SIZE;
        for (int page = first; page <= last; page++) {
            var items = registrations.list(actor, event.id(), filter, new PageRequest(page, PAGE_SIZE)).items();
            int from = page == first ? offset - page * PAGE_SIZE : 0;
            for (int i = from; i < items.size() && rows.size() < limit; i++) {
                rows.add(items.get(i));
            }
            if (items.size() < PAGE_SIZE) {
                break;
            }
        }
        return rows;
    }

    private int count() {
        long total = registrations.list(currentUser.require(), event.id(), filter(), new PageRequest(0, 1)).total();
        return (int) Math.min(total, Integer.MAX_VALUE);
    }

    private void approve(Registration registration) {
        try {
            var approved = registrations.approve(currentUser.require(), event.id(), registration.id());
            String message = approved.status() == RegistrationStatus.WAITLISTED
                    ? "The event is full: " + approved.displayName() + " is on the waitlist, position "
                    + approved.waitlistPosition() + "."
                    : approved.displayName() + " is confirmed.";
            notify(message, approved.status() == RegistrationStatus.WAITLISTED ? NotificationVariant.LUMO_WARNING
                    : NotificationVariant.LUMO_SUCCESS);
        } catch (DomainException refused) {
            UiErrorHandler.show(refused.getMessage());
        }
        reload();
    }

    private void decline(Registration registration) {
        try {
            var declined = registrations.decline(currentUser.require(), event.id(), registration.id());
            notify(declined.displayName() + "'s registration is declined.", NotificationVariant.LUMO_CONTRAST);
        } catch (DomainException refused) {
            UiErrorHandler.show(refused.getMessage());
        }
        reload();
    }

    /** A lifecycle step: shows the event as the step left it, or the refusal. */
    private void act(Button button, Supplier<Event> step, String done) {
        try {
            step.get();
            notify(done, NotificationVariant.LUMO_SUCCESS);
        } catch (DomainException refused) {
            UiErrorHandler.show(refused.getMessage());
        } finally {
            button.setEnabled(true);
        }
        reload();
    }

    private void buildEditDialog() {
        editDialog.setId("edit-event-dialog");
        editDialog.setHeaderTitle("Edit event");
        editDialog.setWidth("56rem");
        editDialog.setMaxWidth("100vw");
        form.setWidthFull();
        editDialog.add(form);

        var close = new Button("Cancel", click -> editDialog.close());
        close.setId("cancel-edit");
        saveEvent.setId("save-event");
        saveEvent.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveEvent.setDisableOnClick(true);
        saveEvent.addClickListener(click -> saveEvent());
        editDialog.getFooter().add(close, saveEvent);
    }

    private void openEditDialog() {
        form.fill(event);
        editDialog.open();
    }

    private void saveEvent() {
        try {
            form.clearErrors();
            var missing = form.missingRequired();
            if (!missing.isEmpty()) {
                form.showErrors(missing);
                return;
            }
            var patch = form.patch(event);
            events.update(currentUser.require(), event.id(), patch);
            editDialog.close();
            notify("Changes saved.", NotificationVariant.LUMO_SUCCESS);
            reload();
        } catch (InvalidInputException invalid) {
            form.showErrors(invalid.errors());
        } catch (CapacityBelowConfirmedException tooSmall) {
            form.showAt("capacity", tooSmall.getMessage());
        } catch (ConflictException conflict) {
            form.showFormError(conflict.getMessage());
        } catch (DomainException refused) {
            form.showFormError(refused.getMessage());
        } finally {
            saveEvent.setEnabled(true);
        }
    }

    private void buildCancelDialog() {
        cancelDialog.setId("cancel-event-dialog");
        cancelDialog.setHeaderTitle("Cancel this event?");
        cancelDialog.setWidth("32rem");
        cancelDialog.setMaxWidth("calc(100vw - 2 * var(--lumo-space-m))");
        var text = new Paragraph("Everyone registered sees that the event is cancelled. This cannot be undone.");
        text.addClassNames(LumoUtility.Margin.NONE);
        cancelDialog.add(text);

        var keep = new Button("Keep the event", click -> cancelDialog.close());
        keep.setId("keep-event");
        confirmCancel.setId("confirm-cancel-event");
        confirmCancel.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirmCancel.setDisableOnClick(true);
        confirmCancel.addClickListener(click -> {
            cancelDialog.close();
            act(confirmCancel, () -> events.cancel(currentUser.require(), event.id()),
                    "The event is cancelled. Registrants see it on the event page.");
        });
        cancelDialog.getFooter().add(keep, confirmCancel);
    }

    private String when(Instant instant) {
        return WHEN.format(instant.atZone(event.details().timeZone()));
    }

    private static Div stat(String label, Span value, String id, Span extra) {
        value.setId(id);
        value.addClassName("stat-value");
        var name = new Span(label);
        name.addClassNames("stat-label", LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        var tile = new Div(name, value);
        if (extra != null) {
            extra.addClassNames("stat-extra", LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            tile.add(extra);
        }
        tile.addClassName("stat-tile");
        return tile;
    }

    private static void notify(String message, NotificationVariant variant) {
        var notification = Notification.show(message, 5000, Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(variant);
    }
}
