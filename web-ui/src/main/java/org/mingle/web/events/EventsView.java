package org.mingle.web.events;

import static org.mingle.web.shell.Translations.translate;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
import java.util.HashMap;
import java.util.Map;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventSearch;
import org.mingle.domain.events.EventService;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.PageRequest;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;

/**
 * The front page: the published events that have not ended yet as cards that open the event, soonest first, best
 * matches first when searching, and for a signed-in person the events of their groups before all others. The search
 * text and the filters (see {@link EventFilters}) are kept in the address, so a search can be shared, survives a
 * reload, and the back button returns to the previous filters.
 */
@Prototype
@AnonymousAllowed
@Route(value = Routes.EVENTS, layout = MainLayout.class)
@RouteAlias(value = Routes.EVENTS_ALIAS, layout = MainLayout.class)
public class EventsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String QUERY_PARAMETER = "q";
    static final int PAGE_SIZE = 20;

    private final EventService events;
    private final CurrentUser currentUser;

    private final EventFilters filters = new EventFilters(this::changedByPerson);
    private final Div list = new Div();
    private final Paragraph empty = new Paragraph();
    private final Button more = new Button();

    private String path = "";
    private int nextPage;

    EventsView(EventService events, CurrentUser currentUser) {
        this.events = events;
        this.currentUser = currentUser;
        addClassName("page");
        setPadding(true);

        empty.setText(getTranslation("events.list.empty"));
        var heading = new H1(getTranslation("events.list.heading"));
        heading.addClassNames(LumoUtility.Margin.NONE);

        filters.setWidthFull();

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

        add(heading, filters, list, empty, more);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        path = event.getLocation().getPath();
        Map<String, String> values = new HashMap<>();
        event.getLocation().getQueryParameters().getParameters().forEach((name, given) -> {
            if (!given.isEmpty()) {
                values.put(name, given.get(0));
            }
        });
        filters.setValues(values);
        reload();
    }

    /**
     * Keeps what the person changed in the address: a changed filter as a new history entry, so the back button
     * returns to the previous filters; typing words replaces the entry, so back does not step through every pause.
     */
    private void changedByPerson(boolean textOnly) {
        var location = new Location(path, filters.parameters());
        getUI().ifPresent(ui -> {
            if (textOnly) {
                ui.getPage().getHistory().replaceState(null, location);
            } else {
                ui.getPage().getHistory().pushState(null, location);
            }
        });
        reload();
    }

    private void reload() {
        list.removeAll();
        nextPage = 0;
        loadNextPage();
    }

    private void loadNextPage() {
        EventSearch search;
        try {
            search = filters.search();
        } catch (InvalidInputException refused) {
            filters.showErrors(refused.errors());
            empty.setVisible(false);
            more.setVisible(false);
            return;
        }
        var page = events.listUpcoming(currentUser.account(), search, new PageRequest(nextPage, PAGE_SIZE));
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
        var details = event.details();
        var venue = new Span(details.venue().isEmpty() && !details.online()
                ? translate("events.list.venue-tba") : where(details.venue(), details.city()));
        venue.addClassName("event-card-venue");
        card.add(title, when, venue);
        if (details.online()) {
            var online = new Span(translate("events.search.online-badge"));
            online.addClassName("event-card-online");
            card.add(online);
        }
        if (!details.topics().isEmpty()) {
            var topics = new Span(String.join(" · ", details.topics()));
            topics.addClassName("event-card-topics");
            card.add(topics);
        }
        var capacity = new Span(EventLabels.seats(event));
        capacity.addClassName("event-card-capacity");
        card.add(capacity);
        return card;
    }

    /** The venue and the city, whichever are given, without naming the city twice. */
    private static String where(String venue, String city) {
        if (city.isEmpty() || venue.contains(city)) {
            return venue;
        }
        return venue.isEmpty() ? city : venue + ", " + city;
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
