package org.mingle.web.events;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mingle.domain.curated.Category;
import org.mingle.domain.curated.CategoryService;
import org.mingle.domain.curated.EventCategories;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventAccess;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.notifications.OrganizerMessages;
import org.mingle.domain.registration.HandRegistrations;
import org.mingle.domain.registration.Registration;
import org.mingle.domain.registration.RegistrationFilter;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.registration.RegistrationStatus;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.DomainException;
import org.mingle.domain.shared.PageRequest;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.DomainMessages;
import org.mingle.web.shell.Formats;
import org.mingle.web.shell.UiErrorHandler;

/**
 * The dashboard's registrations: every registration in a grid read page by page, with a status filter and a search by
 * name or email, and approve and decline for pending registrations, to organizers. Organizers also pick several rows
 * for the {@link BulkActionsBar}, add a person by hand ({@link AddRegistrantDialog}) and, at an event with attendee
 * categories, put each registrant into one; the rest of the team sees the categories.
 */
class RegistrationsSection extends Section {

    /** Rows fetched from the domain at a time; the grid asks page by page as it scrolls. */
    static final int PAGE_SIZE = 50;

    private final RegistrationService registrations;
    private final CategoryService categories;
    private final CurrentUser currentUser;
    private final Runnable onChange;

    private final Select<RegistrationStatus> statusFilter = new Select<>();
    private final TextField search = new TextField();
    private final Grid<Registration> grid = new Grid<>(Registration.class, false);
    private final Button addRegistrant = new Button(VaadinIcon.PLUS.create());
    private final BulkActionsBar bulkActions;
    private final AddRegistrantDialog addDialog;

    private Event event;
    private Optional<EventRole> role = Optional.empty();
    private Grid.SelectionMode selectionMode;
    private EventCategories defined = EventCategories.NONE;
    private Map<AccountId, Category> categoryOf = Map.of();

    /** @param onChange after an approval, a decline, a message or an addition: the dashboard as things stand now */
    RegistrationsSection(RegistrationService registrations, CategoryService categories, HandRegistrations byHand,
                         OrganizerMessages messages, CurrentUser currentUser, Runnable onChange) {
        this.registrations = registrations;
        this.categories = categories;
        this.currentUser = currentUser;
        this.onChange = onChange;
        addRegistrant.setText(getTranslation("events.registrations.add"));
        var heading = new H3(getTranslation("events.registrations.heading"));
        heading.addClassNames(LumoUtility.Margin.NONE);
        addDialog = new AddRegistrantDialog(byHand, currentUser, this::afterChange);
        addRegistrant.setId("add-registrant");
        addRegistrant.addClickListener(click -> addDialog.open(event.id()));
        var header = new Div(heading, addRegistrant);
        header.addClassName("registrations-header");
        bulkActions = new BulkActionsBar(registrations, messages, currentUser, () -> event.id(), this::afterChange);

        statusFilter.setId("registration-status-filter");
        statusFilter.setLabel(getTranslation("events.registrations.status"));
        statusFilter.setItems(RegistrationStatus.values());
        statusFilter.setEmptySelectionAllowed(true);
        String allStatuses = getTranslation("events.registrations.all-statuses");
        statusFilter.setEmptySelectionCaption(allStatuses);
        statusFilter.setItemLabelGenerator(value -> value == null ? allStatuses : RegistrationLabels.status(value));
        statusFilter.addValueChangeListener(change -> refresh());

        search.setId("registration-search");
        search.setLabel(getTranslation("events.registrations.search"));
        search.setPlaceholder(getTranslation("events.registrations.search-placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());

        var filters = new Div(statusFilter, search);
        filters.addClassName("registration-filters");

        grid.setId("registrations-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setPageSize(PAGE_SIZE);
        // What the door and the organizer look for first (status, check-in, the approval buttons) comes right after
        // the name, so that a phone shows it without scrolling sideways.
        grid.addColumn(Registration::displayName).setKey("name")
                .setHeader(getTranslation("events.registrations.name")).setAutoWidth(true).setFlexGrow(1)
                .setFrozen(true);
        grid.addComponentColumn(RegistrationLabels::badge).setKey("status")
                .setHeader(getTranslation("events.registrations.status")).setAutoWidth(true);
        grid.addColumn(r -> r.checkedInAt() == null ? "" : when(r.checkedInAt())).setKey("checked-in")
                .setHeader(getTranslation("events.registrations.checked-in")).setAutoWidth(true);
        grid.addComponentColumn(this::rowActions).setKey("actions").setHeader("").setAutoWidth(true);
        grid.addComponentColumn(this::category).setKey("category")
                .setHeader(getTranslation("events.registrations.category")).setAutoWidth(true);
        grid.addColumn(r -> r.waitlistPosition() == null ? ""
                : getTranslation("events.registrations.position", r.waitlistPosition())).setKey("position")
                .setHeader(getTranslation("events.registrations.waitlist")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(Registration::email).setKey("email").setHeader(getTranslation("events.registrations.email"))
                .setAutoWidth(true);
        grid.addColumn(r -> when(r.registeredAt())).setKey("registered")
                .setHeader(getTranslation("events.registrations.registered")).setAutoWidth(true);
        GridLazyDataView<Registration> rows = grid.setItems(query -> fetch(query.getOffset(), query.getLimit())
                .stream(), query -> count());
        // A row stays picked when its registration changes (a refresh brings a new record with the same id).
        rows.setIdentifierProvider(Registration::id);
        grid.setEmptyStateText(getTranslation("events.registrations.empty"));
        grid.setAllRowsVisible(false);
        // The grid fills the screen below the dashboard's header, however tall the screen is.
        grid.setHeight("max(24rem, calc(100dvh - 10rem))");

        add(header, filters, bulkActions, grid);
        setId("registrations");
        setWidthFull();
    }

    void show(Event shown, Optional<EventRole> viewerRole) {
        event = shown;
        role = viewerRole;
        boolean organizer = EventAccess.canManage(viewerRole);
        var mode = organizer ? Grid.SelectionMode.MULTI : Grid.SelectionMode.NONE;
        if (mode != selectionMode) {
            // A new selection model starts without listeners.
            grid.setSelectionMode(mode);
            selectionMode = mode;
            if (organizer) {
                grid.addSelectionListener(picked -> bulkActions.show(picked.getAllSelectedItems()));
            }
            bulkActions.show(List.of());
        }
        addRegistrant.setVisible(organizer);
        addRegistrant.setEnabled(shown.status() == EventStatus.PUBLISHED);
        addRegistrant.setTooltipText(shown.status() == EventStatus.PUBLISHED ? null
                : getTranslation("events.registrations.add-published-only"));
    }

    /** The rows as they are now, with the categories as they are now. */
    void refresh() {
        defined = categories.categories(currentUser.account(), event.id());
        categoryOf = defined.any() ? categories.assignments(currentUser.require(), event.id()) : Map.of();
        grid.getColumnByKey("category").setVisible(defined.any());
        grid.getDataProvider().refreshAll();
    }

    /** The registrant's category: to choose for organizers, to read for the rest of the team. */
    private Component category(Registration registration) {
        Category current = categoryOf.get(registration.accountId());
        if (!EventAccess.canManage(role) || !defined.any()) {
            return new Span(current == null ? "" : current.name());
        }
        var choice = new Select<Category>();
        choice.setId("category-" + registration.id());
        choice.setItems(defined.categories());
        choice.setEmptySelectionAllowed(true);
        String none = getTranslation("events.registrations.no-category");
        choice.setEmptySelectionCaption(none);
        choice.setItemLabelGenerator(category -> category == null ? none : category.name());
        choice.setValue(current);
        choice.setAriaLabel(getTranslation("events.registrations.category-of", registration.displayName()));
        choice.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            try {
                var assigned = categories.assign(currentUser.require(), event.id(), registration.id(),
                        change.getValue() == null ? null : change.getValue().key());
                Map<AccountId, Category> now = new HashMap<>(categoryOf);
                assigned.category().ifPresentOrElse(category -> now.put(assigned.account(), category),
                        () -> now.remove(assigned.account()));
                categoryOf = now;
                Notices.show(getTranslation("events.registrations.category-set", registration.displayName(),
                        assigned.category().map(Category::name).orElse(none)), NotificationVariant.LUMO_SUCCESS);
            } catch (DomainException refused) {
                UiErrorHandler.show(DomainMessages.of(refused));
                choice.setValue(change.getOldValue());
            }
        });
        return choice;
    }

    /** Approve and decline for a pending registration, to organizers; nothing otherwise. */
    private Component rowActions(Registration registration) {
        var actions = new Div();
        actions.addClassName("row-actions");
        if (registration.status() == RegistrationStatus.PENDING_APPROVAL && EventAccess.canManage(role)) {
            var approve = new Button(getTranslation("events.registrations.approve"), click -> approve(registration));
            approve.setId("approve-" + registration.id());
            approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            approve.setAriaLabel(getTranslation("events.registrations.approve-label", registration.displayName()));
            var decline = new Button(getTranslation("events.registrations.decline"), click -> decline(registration));
            decline.setId("decline-" + registration.id());
            decline.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            decline.setAriaLabel(getTranslation("events.registrations.decline-label", registration.displayName()));
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
                    ? getTranslation("events.registrations.approved-waitlisted", approved.displayName(),
                            approved.waitlistPosition())
                    : getTranslation("events.registrations.approved", approved.displayName());
            Notices.show(message, approved.status() == RegistrationStatus.WAITLISTED
                    ? NotificationVariant.LUMO_WARNING : NotificationVariant.LUMO_SUCCESS);
        } catch (DomainException refused) {
            UiErrorHandler.show(DomainMessages.of(refused));
        }
        afterChange();
    }

    private void decline(Registration registration) {
        try {
            var declined = registrations.decline(currentUser.require(), event.id(), registration.id());
            Notices.show(getTranslation("events.registrations.declined", declined.displayName()),
                    NotificationVariant.LUMO_CONTRAST);
        } catch (DomainException refused) {
            UiErrorHandler.show(DomainMessages.of(refused));
        }
        afterChange();
    }

    /** After a change made here: nothing picked any more, and the dashboard as things stand now. */
    private void afterChange() {
        grid.deselectAll();
        onChange.run();
    }

    private String when(Instant instant) {
        return DateTimeFormatter.ofPattern(getTranslation("format.moment"), Formats.locale())
                .format(instant.atZone(event.details().timeZone()));
    }
}
