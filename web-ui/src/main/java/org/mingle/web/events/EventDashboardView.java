package org.mingle.web.events;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.util.Optional;
import org.mingle.domain.curated.CategoryService;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventAccess;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.TeamInvitationService;
import org.mingle.domain.live.LiveSignal;
import org.mingle.domain.live.LiveUpdates;
import org.mingle.domain.notifications.OrganizerMessages;
import org.mingle.domain.registration.HandRegistrations;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.web.notifications.MessagesSection;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.LiveRefresh;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;

/**
 * An event's dashboard for its team: the counts (confirmed, waitlisted, pending, checked in), every registration in a
 * grid with a status filter and a search by name or email, approve and decline for pending registrations (one or
 * several picked at once, with a message to those picked), adding a person by hand, and the
 * event's actions: edit, publish, cancel (after a confirmation), complete, and the check-in page. Organizers (owner and
 * co-organizers) may change things; check-in staff see the counts and the list. Anyone else, and anyone for an unknown
 * id, gets the not-found page, so a draft's dashboard reveals nothing. Below the header the page shows its sections
 * ({@link DashboardCounts}, {@link EventActions}, {@link RegistrationsSection}, {@link MessagesSection}, the team in
 * {@link TeamSection}, which the owner changes; completing and cancelling at the foot) and redraws them after any
 * change. The counts also follow, through Push, what happens elsewhere (a registration, a check-in at
 * the door).
 */
@Prototype
@Route(value = Routes.EVENT_DASHBOARD, layout = MainLayout.class)
public class EventDashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EventService events;
    private final RegistrationService registrations;
    private final CurrentUser currentUser;

    private final RouterLink title = new RouterLink();
    private final Span status = new Span();
    private final Span when = new Span();
    private final DashboardCounts counts = new DashboardCounts();
    private final EventActions actions;
    private final TeamSection team;
    private final RegistrationsSection registrationList;
    private final MessagesSection messages;
    private final LiveRefresh liveCounts;

    private Event event;
    private Optional<EventRole> role = Optional.empty();

    EventDashboardView(EventService events, RegistrationService registrations, CategoryService categories,
                       OrganizerMessages organizerMessages, TeamInvitationService invitations,
                       HandRegistrations byHand, CurrentUser currentUser, LiveUpdates live) {
        this.events = events;
        this.registrations = registrations;
        this.currentUser = currentUser;
        this.liveCounts = new LiveRefresh(live, this::showCounts);
        setId("event-dashboard");
        addClassNames("page", "dashboard");
        setPadding(true);

        title.setId("event-link");
        var heading = new H1(title);
        heading.addClassNames(LumoUtility.Margin.NONE, "dashboard-title");
        status.setId("event-status");
        var header = new HorizontalLayout(heading, status);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.addClassNames(LumoUtility.FlexWrap.WRAP);
        when.setId("event-when");
        when.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);

        actions = new EventActions(events, registrations, currentUser, this::reload);
        registrationList = new RegistrationsSection(registrations, categories, byHand, organizerMessages,
                currentUser, this::reload);
        messages = new MessagesSection(organizerMessages, currentUser);
        team = new TeamSection(events, invitations, currentUser);
        add(header, when, counts, actions, registrationList, messages, team, actions.ending());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        // Off the team, the dashboard does not exist for this person, as a draft does not.
        TeamPages.open(enter, events, currentUser.account(), TeamPages::onTheTeam).ifPresent(opened -> {
            role = opened.role();
            show(opened.event());
            registrationList.refresh();
            // The same view may open another event's dashboard: follow that one from now on.
            getUI().ifPresent(ui -> liveCounts.follow(ui, LiveSignal.attendance(event.id())));
        });
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (event != null) {
            liveCounts.follow(attach.getUI(), LiveSignal.attendance(event.id()));
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        liveCounts.stop();
    }

    @Override
    public String getPageTitle() {
        return event == null ? getTranslation("events.dashboard.title")
                : getTranslation("events.dashboard.title-of", event.title());
    }

    private void show(Event shown) {
        event = shown;
        title.setText(shown.title());
        Routes.aim(title, Routes.event(shown.id()));
        EventLabels.statusBadge(status, shown.status());
        when.setText(EventTimes.span(shown));
        actions.show(shown, role);
        registrationList.show(shown, role);
        messages.show(shown, role);
        team.show(shown, EventAccess.canManageTeam(role));
        showCounts();
    }

    /** The counts as they are now; also whenever someone registers, cancels or checks in elsewhere. */
    private void showCounts() {
        counts.show(registrations.counts(currentUser.require(), event.id()), event.details().capacity());
    }

    /** After a change: the event, its counts and the rows as they are now. */
    private void reload() {
        show(events.get(currentUser.account(), event.id()));
        registrationList.refresh();
    }
}
