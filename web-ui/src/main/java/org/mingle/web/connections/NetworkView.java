package org.mingle.web.connections;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.connections.ConnectionId;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.connections.FollowUp;
import org.mingle.domain.connections.MyConnection;
import org.mingle.domain.connections.NetworkCsv;
import org.mingle.domain.connections.NetworkFilter;
import org.mingle.domain.connections.PrivateNotes;
import org.mingle.domain.connections.VCards;
import org.mingle.domain.events.EventId;
import org.mingle.domain.profiles.ProfilePhotoService;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.NotFoundException;
import org.mingle.web.eventhome.EventHomeLayout;
import org.mingle.web.profiles.Faces;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;

/**
 * "My network": the people one connected with, across events, with one's private notes. Due follow-ups come first
 * (the domain orders them), each marked with its reminder day. A search (name, headline, company, note), the event,
 * a tag, the follow-up and "Due only" narrow the list. A card opens the notes ({@link ConnectionDialog}); the list as
 * narrowed downloads as vCards (contacts only, never the notes) or as CSV. {@code network?connection=<id>} opens one
 * connection's notes at once, as the connect page links to them. In an event's home ({@code events/<id>/network})
 * the list opens on the people met at that event.
 */
@Prototype
@Route(value = Routes.NETWORK, layout = MainLayout.class)
@RouteAlias(value = Routes.EVENT_NETWORK, layout = EventHomeLayout.class)
@PageTitle("My network · Mingle")
public class NetworkView extends VerticalLayout implements BeforeEnterObserver {


    private final ConnectionService connections;
    private final ProfilePhotoService photos;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ZoneId zone;

    private final TextField search = new TextField();
    private final Select<EventChoice> eventFilter = new Select<>();
    private final Select<String> tagFilter = new Select<>();
    private final Select<FollowUp> followUpFilter = new Select<>();
    private final Checkbox dueOnly = new Checkbox("Due only");
    private final Div filters = new Div();
    private final Span count = new Span();
    private final Anchor vcard;
    private final Anchor csv;
    private final Div list = new Div();
    private final Div empty = new Div();
    private final ConnectionDialog dialog;

    /** What the list shows now; the downloads read it when the browser asks, outside the UI's lock. */
    private volatile NetworkFilter filter = NetworkFilter.ALL;
    private boolean filling;

    NetworkView(ConnectionService connections, ProfilePhotoService photos, CurrentUser currentUser, Clock clock) {
        this.connections = connections;
        this.photos = photos;
        this.currentUser = currentUser;
        this.clock = clock;
        this.zone = clock.getZone();
        setId("network-page");
        addClassNames("page", "network-page");
        setPadding(true);
        dialog = new ConnectionDialog(connections, currentUser, zone, this::reload);

        var heading = new H1("My network");
        heading.addClassNames(LumoUtility.Margin.NONE);

        search.setId("network-search");
        search.setPlaceholder("Search name, company or note");
        search.setAriaLabel("Search my network");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassName("network-search");
        search.addValueChangeListener(change -> filtersChanged());

        eventFilter.setId("network-event");
        eventFilter.setLabel("Event");
        eventFilter.setEmptySelectionAllowed(true);
        eventFilter.setEmptySelectionCaption("All events");
        eventFilter.setItemLabelGenerator(choice -> choice == null ? "All events" : choice.title());
        eventFilter.addValueChangeListener(change -> filtersChanged());

        tagFilter.setId("network-tag");
        tagFilter.setLabel("Tag");
        tagFilter.setEmptySelectionAllowed(true);
        tagFilter.setEmptySelectionCaption("All tags");
        tagFilter.setItemLabelGenerator(tag -> tag == null ? "All tags" : tag);
        tagFilter.addValueChangeListener(change -> filtersChanged());

        followUpFilter.setId("network-follow-up");
        followUpFilter.setLabel("Follow-up");
        followUpFilter.setItems(FollowUp.values());
        followUpFilter.setEmptySelectionAllowed(true);
        followUpFilter.setEmptySelectionCaption("Any");
        followUpFilter.setItemLabelGenerator(value -> value == null ? "Any" : ConnectionLabels.followUp(value));
        followUpFilter.addValueChangeListener(change -> filtersChanged());

        dueOnly.setId("network-due-only");
        dueOnly.addValueChangeListener(change -> filtersChanged());

        filters.add(search, eventFilter, tagFilter, followUpFilter, dueOnly);
        filters.setId("network-filters");
        filters.addClassNames("registration-filters", "network-filters");

        vcard = new Anchor(download(false), AttachmentType.DOWNLOAD, "vCard");
        vcard.setId("network-vcard");
        vcard.addClassName("button-link");
        vcard.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
        vcard.getElement().setAttribute("aria-label", "Download these contacts as vCard files");
        csv = new Anchor(download(true), AttachmentType.DOWNLOAD, "CSV");
        csv.setId("network-csv");
        csv.addClassName("button-link");
        csv.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
        csv.getElement().setAttribute("aria-label", "Download these connections with my notes as CSV");

        count.setId("network-count");
        count.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        var toolbar = new Div(count, vcard, csv);
        toolbar.setId("network-toolbar");
        toolbar.addClassNames("registration-actions", "network-toolbar");

        list.setId("network-list");
        list.addClassName("network-list");
        list.setWidthFull();

        empty.setId("network-empty");
        empty.addClassName("friendly-notice");
        empty.setVisible(false);

        add(heading, filters, toolbar, list, empty);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        reload();
        // Inside an event's home: the people met there first, the whole network one choice away.
        enter.getRouteParameters().get(Routes.EVENT_ID).flatMap(id -> eventFilter.getListDataView().getItems()
                .filter(choice -> choice.id().toString().equals(id)).findFirst()).ifPresent(eventFilter::setValue);
        enter.getLocation().getQueryParameters().getSingleParameter(Routes.NETWORK_CONNECTION)
                .ifPresent(this::openById);
    }

    /** The query that opens one connection's notes: {@code network?connection=<id>}. */
    public static QueryParameters opening(ConnectionId connection) {
        return Routes.network(connection).getQueryParameters();
    }

    /** The filter choices and the list, as the network is now. */
    private void reload() {
        List<MyConnection> all = connections.network(currentUser.require(), NetworkFilter.ALL);
        fillChoices(all);
        show(all.isEmpty());
    }

    private void fillChoices(List<MyConnection> all) {
        filling = true;
        try {
            Map<EventId, EventChoice> events = new LinkedHashMap<>();
            Map<String, String> tags = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (MyConnection connection : all) {
                events.putIfAbsent(connection.eventId(), new EventChoice(connection.eventId(),
                        connection.eventTitle()));
                connection.notes().tags().forEach(tag -> tags.putIfAbsent(tag, tag));
            }
            List<EventChoice> eventChoices = new ArrayList<>(events.values());
            eventChoices.sort((a, b) -> a.title().compareToIgnoreCase(b.title()));
            EventChoice chosenEvent = eventFilter.getValue();
            eventFilter.setItems(eventChoices);
            eventFilter.setValue(eventChoices.contains(chosenEvent) ? chosenEvent : null);
            filters.setVisible(!all.isEmpty());

            String chosenTag = tagFilter.getValue();
            List<String> tagChoices = new ArrayList<>(tags.values());
            tagFilter.setItems(tagChoices);
            tagFilter.setValue(chosenTag != null && tags.containsKey(chosenTag) ? tags.get(chosenTag) : null);
            tagFilter.setVisible(!tagChoices.isEmpty());
        } finally {
            filling = false;
        }
    }

    private void filtersChanged() {
        if (!filling) {
            show(false);
        }
    }

    private NetworkFilter currentFilter() {
        EventChoice event = eventFilter.getValue();
        String text = search.getValue();
        return new NetworkFilter(event == null ? null : event.id(), text == null || text.isBlank() ? null : text,
                tagFilter.getValue(), followUpFilter.getValue(), dueOnly.getValue());
    }

    private void show(boolean networkEmpty) {
        AccountId me = currentUser.require();
        filter = currentFilter();
        List<MyConnection> shown = networkEmpty ? List.of() : connections.network(me, filter);
        LocalDate today = LocalDate.now(clock);
        list.removeAll();
        var faces = Faces.of(photos, me, shown.stream().map(connection -> connection.other().accountId()).toList());
        shown.forEach(connection -> list.add(card(connection, today, faces)));
        long due = shown.stream().filter(connection -> connection.notes().dueOn(today)).count();
        count.setText(shown.size() + (shown.size() == 1 ? " connection" : " connections")
                + (due > 0 ? " · " + due + " due" : ""));
        count.setVisible(!networkEmpty);
        vcard.setVisible(!shown.isEmpty());
        csv.setVisible(!shown.isEmpty());
        empty.removeAll();
        if (networkEmpty) {
            var codeLink = new RouterLink("Show my connect code", MyConnectCodeView.class);
            codeLink.setId("network-empty-code");
            empty.add(new Paragraph("No connections yet. At an event, let the people you meet scan your connect code, "
                    + "or scan theirs with your phone's camera. \"We met\" on your matches and on the people at your "
                    + "speed-networking table adds them too."), codeLink);
            empty.getElement().setAttribute("data-reason", "no-connections");
        } else if (shown.isEmpty()) {
            empty.add(new Paragraph(filter.dueOnly() && filter.text() == null && filter.tag() == null
                    && filter.event() == null && filter.followUp() == null
                    ? "No follow-ups are due. Set a reminder day on a connection and it shows here from that day on."
                    : "No connections match these filters."));
            empty.getElement().setAttribute("data-reason", "filtered");
        }
        empty.setVisible(shown.isEmpty());
    }

    private Div card(MyConnection connection, LocalDate today, Faces faces) {
        String cid = "connection-" + connection.id();
        var other = connection.other();
        PrivateNotes notes = connection.notes();
        boolean due = notes.dueOn(today);

        var name = new Span(other.displayName());
        name.setId(cid + "-name");
        name.addClassName("event-card-title");
        var card = new Div(faces.small(other.accountId(), other.displayName()), name);
        card.setId(cid);
        card.addClassNames("event-card", "connection-card");
        card.setClassName("connection-card-due", due);
        card.getElement().setAttribute("data-connection-id", connection.id().toString());
        card.getElement().setAttribute("data-account-id", other.accountId().toString());
        card.getElement().setAttribute("data-due", Boolean.toString(due));
        card.getElement().setAttribute("role", "button");
        card.getElement().setAttribute("tabindex", "0");
        if (other.headline() != null && !other.headline().isBlank()) {
            var headline = new Span(other.headline());
            headline.setId(cid + "-headline");
            headline.addClassName("person-card-headline");
            card.add(headline);
        }
        var met = new Span("Met at " + connection.eventTitle() + " · "
                + ConnectionLabels.day(connection.connectedAt(), zone));
        met.setId(cid + "-met");
        met.addClassName("event-card-when");
        card.add(met);

        var badges = new Div();
        badges.setId(cid + "-badges");
        badges.addClassName("event-card-badges");
        if (due) {
            var marker = new Span("Due " + ConnectionLabels.day(notes.remindAt()));
            marker.setId(cid + "-due");
            marker.getElement().getThemeList().add("badge error primary");
            marker.addClassName("connection-due");
            badges.add(marker);
        } else if (notes.remindAt() != null && notes.followUp() != FollowUp.DONE) {
            var reminder = new Span("Reminder " + ConnectionLabels.day(notes.remindAt()));
            reminder.setId(cid + "-reminder");
            reminder.getElement().getThemeList().add("badge contrast");
            badges.add(reminder);
        }
        if (notes.followUp() != FollowUp.NONE) {
            var followUp = ConnectionLabels.followUpBadge(notes.followUp());
            followUp.setId(cid + "-follow-up");
            badges.add(followUp);
        }
        if (notes.outcome() != null) {
            var outcome = new Span(ConnectionLabels.outcome(notes.outcome()));
            outcome.setId(cid + "-outcome");
            outcome.getElement().getThemeList().add("badge success");
            badges.add(outcome);
        }
        if (badges.getComponentCount() > 0) {
            card.add(badges);
        }
        if (!notes.tags().isEmpty()) {
            var chips = new Div();
            chips.setId(cid + "-tags");
            chips.addClassName("chips");
            for (String tag : notes.tags()) {
                var chip = new Span(tag);
                chip.getElement().getThemeList().add("badge pill");
                chip.addClassName("chip");
                chips.add(chip);
            }
            card.add(chips);
        }
        if (notes.note() != null) {
            var note = new Span(preview(notes.note()));
            note.setId(cid + "-note");
            note.addClassNames("connection-note-preview", LumoUtility.FontSize.SMALL);
            card.add(note);
        }
        card.addClickListener(click -> open(connection.id()));
        card.getElement().addEventListener("keydown", key -> open(connection.id()))
                .setFilter("event.key === 'Enter' || event.key === ' '")
                .preventDefault();
        return card;
    }

    private static String preview(String note) {
        String line = note.replace('\n', ' ');
        return line.length() <= 140 ? line : line.substring(0, 139) + "\u2026";
    }

    /** Opens a connection's notes as they are now; one no longer in the network is dropped from the list. */
    private void open(ConnectionId id) {
        try {
            dialog.open(connections.find(currentUser.require(), id));
        } catch (NotFoundException gone) {
            reload();
        }
    }

    private void openById(String text) {
        try {
            dialog.open(connections.find(currentUser.require(), ConnectionId.fromString(text)));
        } catch (NotFoundException unknown) {
            // An old or foreign link: the list alone is the right answer.
        }
    }

    /** The list as narrowed now, as a file, made when the browser downloads it, for whoever is signed in then. */
    private DownloadHandler download(boolean asCsv) {
        return (DownloadEvent download) -> {
            var me = currentUser.signedIn(download.getSession()).map(Account::id);
            if (me.isEmpty()) {
                download.getResponse().setStatus(403);
                return;
            }
            List<MyConnection> shown = connections.network(me.get(), Objects.requireNonNull(filter));
            String date = LocalDate.now(clock).toString();
            if (asCsv) {
                download.setFileName("mingle-network-" + date + ".csv");
                download.setContentType(NetworkCsv.MEDIA_TYPE + "; charset=utf-8");
                try (var out = new OutputStreamWriter(download.getOutputStream(), StandardCharsets.UTF_8)) {
                    NetworkCsv.write(out, shown, zone);
                }
            } else {
                byte[] body = VCards.of(shown).getBytes(StandardCharsets.UTF_8);
                download.setFileName("mingle-network-" + date + ".vcf");
                download.setContentType(VCards.MEDIA_TYPE + "; charset=utf-8");
                download.setContentLength(body.length);
                try (var out = download.getOutputStream()) {
                    out.write(body);
                }
            }
        };
    }

    /** An event of the network, to narrow it to. */
    record EventChoice(EventId id, String title) {
    }
}
