package org.mingle.web.events;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventSearch;
import org.mingle.domain.events.EventService;
import org.mingle.domain.shared.PageRequest;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;

/**
 * The published events that have not ended yet, soonest first, as cards that open the event. The search text is kept
 * in the address ({@code ?q=}), so a search can be shared and survives a reload.
 */
@Prototype
@AnonymousAllowed
@Route(value = Routes.EVENTS, layout = MainLayout.class)
@RouteAlias(value = Routes.EVENTS_ALIAS, layout = MainLayout.class)
public class EventsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String QUERY_PARAMETER = "q";
    static final int PAGE_SIZE = 20;

    private final EventService events;

    private final TextField search = new TextField();
    private final Div list = new Div();
    private final Paragraph empty = new Paragraph();
    private final Button more = new Button();

    private String path = "";
    private int nextPage;

    EventsView(EventService events) {
        this.events = events;
        addClassName("page");
        setPadding(true);

        empty.setText(getTranslation("events.list.empty"));
        var heading = new H1(getTranslation("events.list.heading"));
        heading.addClassNames(LumoUtility.Margin.NONE);

        search.setId("search");
        search.setPlaceholder(getTranslation("events.list.search-placeholder"));
        search.setAriaLabel(getTranslation("events.list.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidthFull();
        search.setMaxWidth("40rem");
        search.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                rememberSearchInAddress();
            }
            reload();
        });

        list.setId("events-list");
        list.addClassName("events-list");
        list.setWidthFull();

        empty.setId("events-empty");
        empty.addClassNames(LumoUtility.TextColor.SECONDARY);
        empty.setVisible(false);

        more.setId("events-more");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.setVisible(false);
        more.addClickListener(click -> loadNextPage());

        add(heading, search, list, empty, more);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        path = event.getLocation().getPath();
        String q = event.getLocation().getQueryParameters().getSingleParameter(QUERY_PARAMETER).orElse("");
        if (q.equals(search.getValue())) {
            reload();
        } else {
            search.setValue(q); // reloads through the value-change listener
        }
    }

    /** The search text as the domain takes it: blank means everything. */
    String searchText() {
        String text = search.getValue().strip();
        return text.isEmpty() ? null : text;
    }

    private void reload() {
        list.removeAll();
        nextPage = 0;
        loadNextPage();
    }

    private void loadNextPage() {
        var page = events.listUpcoming(new EventSearch(null, null, searchText()), new PageRequest(nextPage, PAGE_SIZE));
        page.items().forEach(event -> list.add(card(event)));
        nextPage++;
        long shown = list.getComponentCount();
        empty.setVisible(page.total() == 0);
        more.setVisible(shown < page.total());
        more.setText(getTranslation("events.list.more", page.total() - shown));
    }

    static RouterLink card(Event event) {
        var card = Routes.link(Routes.event(event.id()));
        card.addClassName("event-card");
        card.getElement().setAttribute("data-event-id", event.id().toString());

        var title = new Span(event.title());
        title.addClassName("event-card-title");
        var when = new Span(EventTimes.start(event) + " (" + event.details().timeZone().getId() + ")");
        when.addClassName("event-card-when");
        var venue = new Span(event.details().venue().isEmpty()
                ? EventLabels.translate("events.list.venue-tba") : event.details().venue());
        venue.addClassName("event-card-venue");
        var capacity = new Span(EventLabels.seats(event));
        capacity.addClassName("event-card-capacity");
        card.add(title, when, venue, capacity);
        return card;
    }

    private void rememberSearchInAddress() {
        var parameters = searchText() == null ? QueryParameters.empty()
                : QueryParameters.of(QUERY_PARAMETER, searchText());
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location(path, parameters)));
    }

    /** Query parameters that open the list with a search, for {@link UI#navigate(String, QueryParameters)}. */
    public static QueryParameters searchFor(String text) {
        return QueryParameters.of(QUERY_PARAMETER, text);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("events.list.title");
    }
}
