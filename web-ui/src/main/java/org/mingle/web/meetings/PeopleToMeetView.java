package org.mingle.web.meetings;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.matching.RecommendationService;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.meetings.MeetingRequestView;
import org.mingle.domain.meetings.MeetingScheduleService;
import org.mingle.domain.profiles.ProfilePhotoService;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.NotFoundException;
import org.mingle.web.connections.AddConnectionDialog;
import org.mingle.web.connections.WeMetButton;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;

/**
 * Networking at one event, in three tabs. "People to meet": the recommendations for a confirmed attendee, each with
 * its reasons and a meeting request (or where the two stand already); anyone else gets a friendly word on how to get
 * there. "Requests": requests waiting for the viewer's answer, the viewer's own unanswered ones, and earlier ones.
 * "My matches": accepted requests, with the other person's profile as far as they show it, links included, and the
 * meeting's time and table once it has them; either person may propose another free time, which the other accepts or
 * declines. The tab is part of the address ({@code ?tab=requests}), so a reload or a shared link opens the same tab.
 * A confirmed attendee records having met a match with "We met", and anyone else met there with "Add a connection"
 * (found by name); both land in "My network". Each tab is a section of its own ({@link PeoplePanel},
 * {@link RequestsPanel}, {@link MatchesPanel}); the page keeps the tabs, and after any change redraws all three.
 */
@Prototype
@Route(value = Routes.PEOPLE_TO_MEET, layout = MainLayout.class)
public class PeopleToMeetView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String TAB_PARAMETER = "tab";

    /** The tabs, by their name in the address. */
    enum Section {
        PEOPLE("people"), REQUESTS("requests"), MATCHES("matches");

        final String key;

        Section(String key) {
            this.key = key;
        }

        static Section of(String key) {
            return Arrays.stream(values()).filter(section -> section.key.equals(key)).findFirst().orElse(PEOPLE);
        }
    }

    private final EventService events;
    private final MeetingRequestService meetings;
    private final MeetingScheduleService schedule;
    private final ConnectionService connections;
    private final CurrentUser currentUser;

    private final RouterLink eventLink = new RouterLink();
    private final Tab peopleTab = new Tab("People to meet");
    private final Span incomingCount = new Span();
    private final Tab requestsTab = new Tab(new Span("Requests"), incomingCount);
    private final Tab matchesTab = new Tab("My matches");
    private final Tabs tabs = new Tabs(peopleTab, requestsTab, matchesTab);

    private final PeoplePanel peoplePanel;
    private final RequestsPanel requestsPanel;
    private final MatchesPanel matchesPanel;

    private final AddConnectionDialog addConnectionDialog;
    private final Button addConnection = new Button("Add a connection", VaadinIcon.PLUS.create());

    private Event event;
    private Section section = Section.PEOPLE;

    PeopleToMeetView(EventService events, RegistrationService registrations, RecommendationService recommendations,
                     MeetingRequestService meetings, MeetingScheduleService schedule, ProfileService profiles,
                     ProfilePhotoService photos, ConnectionService connections, CurrentUser currentUser) {
        this.events = events;
        this.meetings = meetings;
        this.schedule = schedule;
        this.connections = connections;
        this.currentUser = currentUser;
        setId("people-to-meet");
        addClassName("page");
        setPadding(true);
        peoplePanel = new PeoplePanel(registrations, recommendations, profiles, photos, meetings, currentUser,
                this::refresh, () -> select(Section.REQUESTS));
        requestsPanel = new RequestsPanel(meetings, photos, currentUser, this::refresh);
        matchesPanel = new MatchesPanel(schedule, connections, photos, currentUser, this::refresh);
        addConnectionDialog = new AddConnectionDialog(connections, currentUser);

        var heading = new H1("People to meet");
        heading.addClassNames(LumoUtility.Margin.NONE);
        eventLink.setId("people-event");
        eventLink.addClassName("back-link");

        peopleTab.setId("tab-people");
        requestsTab.setId("tab-requests");
        matchesTab.setId("tab-matches");
        incomingCount.setId("incoming-count");
        incomingCount.getElement().getThemeList().add("badge pill small contrast");
        incomingCount.addClassNames(LumoUtility.Margin.Left.XSMALL);
        tabs.setId("people-tabs");
        tabs.setWidthFull();
        tabs.addSelectedChangeListener(change -> {
            var chosen = sectionOf(change.getSelectedTab());
            if (chosen != section) {
                select(chosen);
            }
        });

        addConnection.setId("add-connection");
        addConnection.addThemeVariants(ButtonVariant.LUMO_SMALL);
        addConnection.setDisableOnClick(true);
        addConnection.addClickListener(click -> {
            addConnectionDialog.open(event.id(), this::refresh);
            addConnection.setEnabled(true);
        });
        var pageActions = new Div(eventLink, addConnection);
        pageActions.setId("people-page-actions");
        pageActions.addClassNames("registration-actions", "people-page-actions");

        add(heading, pageActions, tabs, peoplePanel, requestsPanel, matchesPanel);
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
        eventLink.setText(event.title());
        Routes.aim(eventLink, Routes.event(event.id()));
        eventLink.addComponentAsFirst(VaadinIcon.ARROW_LEFT.create());
        section = Section.of(enter.getLocation().getQueryParameters().getSingleParameter(TAB_PARAMETER).orElse(""));
        refresh();
        showSection();
    }

    @Override
    public String getPageTitle() {
        return "People to meet" + (event == null ? "" : " · " + event.title()) + " · Mingle";
    }

    /** The address of a tab, kept in the browser's address bar so that a reload opens the same tab. */
    private static String location(EventId event, Section section) {
        String path = Routes.peopleToMeet(event).getPath();
        return section == Section.PEOPLE ? path
                : path + "?" + QueryParameters.simple(Map.of(TAB_PARAMETER, section.key)).getQueryString();
    }

    private void select(Section chosen) {
        section = chosen;
        showSection();
        UI.getCurrent().getPage().getHistory().replaceState(null, location(event.id(), chosen));
    }

    private void showSection() {
        tabs.setSelectedTab(switch (section) {
            case PEOPLE -> peopleTab;
            case REQUESTS -> requestsTab;
            case MATCHES -> matchesTab;
        });
        peoplePanel.setVisible(section == Section.PEOPLE);
        requestsPanel.setVisible(section == Section.REQUESTS);
        matchesPanel.setVisible(section == Section.MATCHES);
    }

    private Section sectionOf(Tab tab) {
        return tab == requestsTab ? Section.REQUESTS : tab == matchesTab ? Section.MATCHES : Section.PEOPLE;
    }

    /** Every tab as things stand now: a request changes the cards, the inbox and the matches at once. */
    private void refresh() {
        var me = currentUser.require();
        List<MeetingRequestView> requests = meetings.requests(me, event.id());
        boolean connects = peoplePanel.show(event, me, requests) && WeMetButton.offeredAt(event.status());
        addConnection.setVisible(connects);
        long waiting = requestsPanel.show(event, requests);
        incomingCount.setText(Long.toString(waiting));
        incomingCount.setVisible(waiting > 0);
        incomingCount.getElement().setAttribute("aria-label", waiting + " waiting for your answer");
        matchesPanel.show(event, schedule.mine(me, event.id()),
                connects ? WeMetButton.connectedAt(connections, me, event.id()) : null);
    }
}
