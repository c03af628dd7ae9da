package org.mingle.web.meetings;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.curated.CuratedService;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.matching.FreeNowSuggestions;
import org.mingle.domain.matching.RecommendationService;
import org.mingle.domain.meetings.HeldMeetingService;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.meetings.MeetingRequestView;
import org.mingle.domain.meetings.MeetingScheduleService;
import org.mingle.domain.profiles.ProfilePhotoService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.NotFoundException;
import org.mingle.web.connections.WeMetButton;
import org.mingle.web.eventhome.EventHomeLayout;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.Routes;

/**
 * The Meetings tab of the event home, in two tabs of its own. "Requests": requests waiting for the viewer's answer,
 * the viewer's own unanswered ones, and earlier ones. "Matches": accepted requests, with the other person's profile
 * as far as they show it, links included, and the meeting's time and table once it has them; either person may
 * propose another free time, a confirmed attendee records having met a match with "We met", and once a meeting has
 * begun its two people say whether it took place. The tab is part of the address ({@code ?tab=matches}), so a reload
 * or a shared link opens the same tab; {@code meeting=<id>} scrolls to that meeting, where "Did you meet?" leads.
 */
@Prototype
@Route(value = Routes.MY_MEETINGS, layout = EventHomeLayout.class)
public class MyMeetingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String TAB_PARAMETER = "tab";
    static final String MATCHES = "matches";
    /** Opens the matches tab at one meeting: where "Did you meet?" leads. */
    static final String MEETING_PARAMETER = "meeting";

    private final EventService events;
    private final MeetingRequestService meetings;
    private final MeetingScheduleService schedule;
    private final RegistrationService registrations;
    private final ConnectionService connections;
    private final CurrentUser currentUser;

    private final Span incomingCount = new Span();
    private final Tab requestsTab = new Tab(new Span(getTranslation("meetings.my.requests")), incomingCount);
    private final Tab matchesTab = new Tab(getTranslation("meetings.my.matches"));
    private final Tabs tabs = new Tabs(requestsTab, matchesTab);
    private final RequestsPanel requestsPanel;
    private final MatchesPanel matchesPanel;

    private Event event;

    MyMeetingsView(EventService events, MeetingRequestService meetings, MeetingScheduleService schedule,
                   RegistrationService registrations, RecommendationService recommendations,
                   ProfilePhotoService photos, ConnectionService connections, HeldMeetingService held,
                   FreeNowSuggestions freeNow, CuratedService curated, CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.meetings = meetings;
        this.schedule = schedule;
        this.registrations = registrations;
        this.connections = connections;
        this.currentUser = currentUser;
        setId("my-meetings");
        addClassName("page");
        setPadding(true);
        requestsPanel = new RequestsPanel(meetings, recommendations, photos, currentUser, this::refresh);
        matchesPanel = new MatchesPanel(schedule, connections, curated, photos, currentUser,
                new HeldAnswers(held, freeNow, new MeetingRequestDialog(meetings, currentUser), currentUser, clock),
                this::refresh);

        var heading = new H1(getTranslation("meetings.my.title"));
        heading.addClassNames(LumoUtility.Margin.NONE);
        requestsTab.setId("tab-requests");
        matchesTab.setId("tab-matches");
        incomingCount.setId("incoming-count");
        incomingCount.getElement().getThemeList().add("badge pill small contrast");
        incomingCount.addClassNames(LumoUtility.Margin.Left.XSMALL);
        tabs.setId("meetings-tabs");
        tabs.setWidthFull();
        tabs.addSelectedChangeListener(change -> select(change.getSelectedTab() == matchesTab));

        add(heading, tabs, requestsPanel, matchesPanel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        String id = enter.getRouteParameters().get(Routes.EVENT_ID).orElse("");
        try {
            event = events.get(currentUser.account(), EventId.fromString(id));
        } catch (NotFoundException notFound) {
            enter.rerouteToError(notFound, notFound.getMessage());
            return;
        }
        boolean matches = enter.getLocation().getQueryParameters().getSingleParameter(TAB_PARAMETER)
                .filter(MATCHES::equals).isPresent();
        refresh();
        tabs.setSelectedTab(matches ? matchesTab : requestsTab);
        show(matches);
        enter.getLocation().getQueryParameters().getSingleParameter(MEETING_PARAMETER)
                .ifPresent(matchesPanel::scrollTo);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meetings.my.title") + (event == null ? "" : " · " + event.title()) + " · Mingle";
    }

    /** The address of the matches tab, for links that lead there. */
    public static QueryParameters matchesTab() {
        return QueryParameters.simple(Map.of(TAB_PARAMETER, MATCHES));
    }

    private void select(boolean matches) {
        show(matches);
        String path = Routes.myMeetings(event.id()).getPath();
        UI.getCurrent().getPage().getHistory().replaceState(null,
                matches ? path + "?" + matchesTab().getQueryString() : path);
    }

    private void show(boolean matches) {
        requestsPanel.setVisible(!matches);
        matchesPanel.setVisible(matches);
    }

    /** Both tabs as things stand now: answering a request changes the inbox and the matches at once. */
    private void refresh() {
        var me = currentUser.require();
        List<MeetingRequestView> requests = meetings.requests(me, event.id());
        long waiting = requestsPanel.show(event, requests);
        incomingCount.setText(Long.toString(waiting));
        incomingCount.setVisible(waiting > 0);
        incomingCount.getElement().setAttribute("aria-label",
                getTranslation(waiting == 1 ? "meetings.my.waiting.one" : "meetings.my.waiting.other", waiting));
        // Inside the event home (once attached to it), its Meetings tab counts the same requests.
        Optional.ofNullable(findAncestor(EventHomeLayout.class)).ifPresent(home -> home.showWaiting(waiting));
        boolean connects = registrations.isConfirmed(event.id(), me) && WeMetButton.offeredAt(event.status());
        matchesPanel.show(event, schedule.mine(me, event.id()),
                connects ? WeMetButton.connectedAt(connections, me, event.id()) : null);
    }
}
