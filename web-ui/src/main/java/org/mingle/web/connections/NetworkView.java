package org.mingle.web.connections;

import static org.mingle.web.shell.Translations.plural;

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
import com.vaadin.flow.router.HasDynamicTitle;
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
import org.mingle.domain.contacts.ContactService;
import org.mingle.domain.endorsements.EndorsementService;
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
public class NetworkView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ConnectionService connections;
    private final ProfilePhotoService photos;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ZoneId zone;

    private final TextField search = new TextField();
    private final Select<EventChoice> eventFilter = new Select<>();
    private final Select<String> tagFilter = new Select<>();
    private final Select<FollowUp> followUpFilter = new Select<>();
    private final Checkbox dueOnly = new Checkbox();
    private final Div filters = new Div();
    private final Span count = new Span();
    private final Anchor vcard;
    private final Anchor csv;
    private final Div list = new Div();
    private final Div empty = new Div();
    private final ConnectionDialog dialog;
    private final KeepInTouchSection keepInTouch;

    /** What the list shows now; the downloads read it when the browser asks, outside the UI's lock. */
    private volatile NetworkFilter filter = NetworkFilter.ALL;
    private boolean filling;

    NetworkView(ConnectionService connections, EndorsementService endorsements, ContactService contacts,
                ProfilePhotoService photos,
                CurrentUser currentUser, Clock clock) {
        this.connections = connections;
        this.photos = photos;
        this.currentUser = currentUser;
        this.clock = clock;
        this.zone = clock.getZone();
        setId("network-page");
        addClassNames("page", "network-page");
        setPadding(true);
        dialog = new ConnectionDialog(connections, endorsements, currentUser, zone, this::reload);
        keepInTouch = new KeepInTouchSection(contacts, zone);

        var heading = new H1(getTranslation("network.heading"));
        heading.setId("network-heading");
        heading.addClassNames(LumoUtility.Margin.NONE);

        search.setId("network-search");
        search.setPlaceholder(getTranslation("network.search.placeholder"));
        search.setAriaLabel(getTranslation("network.search.label"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassName("network-search");
        search.addValueChangeListener(change -> filtersChanged());

        eventFilter.setId("network-event");
        eventFilter.setLabel(getTranslation("network.filter.event"));
        eventFilter.setEmptySelectionAllowed(true);
        String allEvents = getTranslation("network.filter.all-events");
        eventFilter.setEmptySelectionCaption(allEvents);
        eventFilter.setItemLabelGenerator(choice -> choice == null ? allEvents : choice.title());
        eventFilter.addValueChangeListener(change -> filtersChanged());

        tagFilter.setId("network-tag");
        tagFilter.setLabel(getTranslation("network.filter.tag"));
        tagFilter.setEmptySelectionAllowed(true);
        String allTags = getTranslation("network.filter.all-tags");
        tagFilter.setEmptySelectionCaption(allTags);
        tagFilter.setItemLabelGenerator(tag -> tag == null ? allTags : tag);
        tagFilter.addValueChangeListener(change -> filtersChanged());

        followUpFilter.setId("network-follow-up");
        followUpFilter.setLabel(getTranslation("network.filter.follow-up"));
        followUpFilter.setItems(FollowUp.values());
        followUpFilter.setEmptySelectionAllowed(true);
        String anyFollowUp = getTranslation("network.filter.any");
        followUpFilter.setEmptySelectionCaption(anyFollowUp);
        followUpFilter.setItemLabelGenerator(value -> value == null ? anyFollowUp : ConnectionLabels.followUp(value));
        followUpFilter.addValueChangeListener(change -> filtersChanged());

        dueOnly.setId("network-due-only");
        dueOnly.setLabel(getTranslation("network.filter.due-only"));
        dueOnly.addValueChangeListener(change -> filtersChanged());

        filters.add(search, eventFilter, tagFilter, followUpFilter, dueOnly);
        filters.setId("network-filters");
        filters.addClassNames("registration-filters", "network-filters");

        vcard = new Anchor(download(false), AttachmentType.DOWNLOAD, "vCard");
        vcard.setId("network-vcard");
        vcard.addClassName("button-link");
        vcard.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
        vcard.getElement().setAttribute("aria-label", getTranslation("network.download.vcard"));
        csv = new Anchor(download(true), AttachmentType.DOWNLOAD, "CSV");
        csv.setId("network-csv");
        csv.addClassName("button-link");
        csv.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
        csv.getElement().setAttribute("aria-label", getTranslation("network.download.csv"));

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

        add(heading, keepInTouch, filters, toolbar, list, empty);
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
        keepInTouch.show(currentUser.require());
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
        shown.forEach(connection -> list.add(item(connection, today, faces)));
        long due = shown.stream().filter(connection -> connection.notes().dueOn(today)).count();
        count.setText(plural("network.count", shown.size()) + (due > 0 ? " · " + plural("network.due", due) : ""));
        count.setVisible(!networkEmpty);
        vcard.setVisible(!shown.isEmpty());
        csv.setVisible(!shown.isEmpty());
        empty.removeAll();
        if (networkEmpty) {
            var codeLink = new RouterLink(getTranslation("network.empty.show-code"), MyConnectCodeView.class);
            codeLink.setId("network-empty-code");
            empty.add(new Paragraph(getTranslation("network.empty.none")), codeLink);
            empty.getElement().setAttribute("data-reason", "no-connections");
        } else if (shown.isEmpty()) {
            empty.add(new Paragraph(filter.dueOnly() && filter.text() == null && filter.tag() == null
                    && filter.event() == null && filter.followUp() == null
                    ? getTranslation("network.empty.nothing-due")
                    : getTranslation("network.empty.filtered")));
            empty.getElement().setAttribute("data-reason", "filtered");
        }
        empty.setVisible(shown.isEmpty());
    }

    /**
     * A card and, beside it rather than inside (the card is a button of its own), the link to the person's page: the
     * timeline across events and keeping in touch.
     */
    private Div item(MyConnection connection, LocalDate today, Faces faces) {
        var other = connection.other();
        var timeline = Routes.link(getTranslation("network.card.timeline"), Routes.contact(other.accountId()));
        timeline.setId("connection-" + connection.id() + "-timeline");
        timeline.getElement().setAttribute("aria-label",
                getTranslation("network.card.timeline-of", other.displayName()));
        timeline.addClassNames("connection-timeline-link", LumoUtility.FontSize.SMALL);
        var item = new Div(new ConnectionCard(connection, today, zone, faces, this::open), timeline);
        item.addClassName("connection-item");
        return item;
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

    @Override
    public String getPageTitle() {
        return getTranslation("network.heading") + " · Mingle";
    }

    /** An event of the network, to narrow it to. */
    record EventChoice(EventId id, String title) {
    }
}
