package org.mingle.web.meetings;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import org.mingle.domain.availability.AvailabilityService;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.live.LiveUpdates;
import org.mingle.domain.matching.DismissalService;
import org.mingle.domain.matching.RecommendationService;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.meetings.MeetingRequestView;
import org.mingle.domain.profiles.ProfilePhotoService;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.NotFoundException;
import org.mingle.web.availability.FreeNowPanel;
import org.mingle.web.connections.AddConnectionDialog;
import org.mingle.web.connections.WeMetButton;
import org.mingle.web.eventhome.EventHomeLayout;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.Routes;

/**
 * The People tab of the event home: while the event runs, who is free now ({@link FreeNowPanel}); the
 * recommendations for a confirmed attendee, each with its reasons and a meeting
 * request (or where the two stand already); anyone else gets a friendly word on how to get there. Anyone else met
 * there is recorded with "Add a connection" (found by name). Requests and matches have a page of their own
 * ({@link MyMeetingsView}); the older addresses of those tabs here ({@code ?tab=requests}, {@code ?tab=matches}, in
 * mail sent before) lead there.
 */
@Prototype
@Route(value = Routes.PEOPLE_TO_MEET, layout = EventHomeLayout.class)
public class PeopleToMeetView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EventService events;
    private final MeetingRequestService meetings;
    private final CurrentUser currentUser;

    private final RouterLink eventLink = new RouterLink();
    private final PeoplePanel peoplePanel;
    private final FreeNowPanel freeNow;
    private final AddConnectionDialog addConnectionDialog;
    private final Button addConnection = new Button(getTranslation("meetings.people.add-connection"),
            VaadinIcon.PLUS.create());

    private Event event;

    PeopleToMeetView(EventService events, RegistrationService registrations, RecommendationService recommendations,
                     MeetingRequestService meetings, DismissalService dismissals, ProfileService profiles,
                     ProfilePhotoService photos, ConnectionService connections, AvailabilityService availability,
                     LiveUpdates live, CurrentUser currentUser) {
        this.events = events;
        this.meetings = meetings;
        this.currentUser = currentUser;
        setId("people-to-meet");
        addClassName("page");
        setPadding(true);
        peoplePanel = new PeoplePanel(registrations, recommendations, profiles, photos, meetings, dismissals,
                currentUser, this::refresh, () -> UI.getCurrent().navigate(Routes.myMeetings(event.id()).getPath()));
        addConnectionDialog = new AddConnectionDialog(connections, currentUser);
        freeNow = new FreeNowPanel(availability, photos, live, currentUser);

        var heading = new H1(getTranslation("meetings.people.title"));
        heading.addClassNames(LumoUtility.Margin.NONE);
        eventLink.setId("people-event");
        eventLink.addClassName("back-link");

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

        add(heading, pageActions, freeNow, peoplePanel);
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
        var tab = enter.getLocation().getQueryParameters().getSingleParameter(MyMeetingsView.TAB_PARAMETER);
        if (tab.filter(name -> name.equals("requests") || name.equals(MyMeetingsView.MATCHES)).isPresent()) {
            enter.forwardTo(Routes.myMeetings(event.id()).getPath(), tab.get().equals(MyMeetingsView.MATCHES)
                    ? MyMeetingsView.matchesTab() : QueryParameters.empty());
            return;
        }
        eventLink.setText(event.title());
        Routes.aim(eventLink, Routes.event(event.id()));
        eventLink.addComponentAsFirst(VaadinIcon.ARROW_LEFT.create());
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meetings.people.title") + (event == null ? "" : " · " + event.title()) + " · Mingle";
    }

    /** The cards as things stand now: a request changes where the two stand. */
    private void refresh() {
        var me = currentUser.require();
        List<MeetingRequestView> requests = meetings.requests(me, event.id());
        boolean confirmed = peoplePanel.show(event, me, requests);
        addConnection.setVisible(confirmed && WeMetButton.offeredAt(event.status()));
        freeNow.setVisible(false);
        if (confirmed) {
            freeNow.show(event);
        }
    }
}
