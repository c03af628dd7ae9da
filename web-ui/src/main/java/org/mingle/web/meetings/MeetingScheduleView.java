package org.mingle.web.meetings;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.util.Optional;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventAccess;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.meetings.MeetingAgenda;
import org.mingle.domain.meetings.MeetingScheduleService;
import org.mingle.web.events.TeamPages;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;

/**
 * One-to-one meetings for an event's team: organizers set out networking sessions (cut into slots) and the tables where
 * pairs meet, each form with the domain's messages next to its fields, and place the matches still waiting; the whole
 * team sees the agenda, slot by slot, ready to print for the room, and the matches waiting for a time. Anyone off the
 * team, and anyone for an unknown id, gets the not-found page, as on the dashboard. The page shows three sections
 * ({@link SessionsSection}, {@link TablesSection}, {@link AgendaSection}) and redraws them all after any change.
 */
@Prototype
@Route(value = Routes.MEETING_SCHEDULE, layout = MainLayout.class)
public class MeetingScheduleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EventService events;
    private final MeetingScheduleService schedule;
    private final CurrentUser currentUser;

    private final RouterLink dashboardLink = new RouterLink();
    private final Div notice = new Div();
    private final SessionsSection sessions;
    private final TablesSection tables;
    private final AgendaSection agenda;

    private Event event;
    private Optional<EventRole> role = Optional.empty();

    MeetingScheduleView(EventService events, MeetingScheduleService schedule, CurrentUser currentUser) {
        this.events = events;
        this.schedule = schedule;
        this.currentUser = currentUser;
        setId("meetings-page");
        addClassNames("page", "meetings-page");
        setPadding(true);

        var heading = new H1(getTranslation("meetings.schedule.title"));
        heading.addClassNames(LumoUtility.Margin.NONE);
        dashboardLink.setId("meetings-dashboard");
        dashboardLink.addClassNames("back-link", "no-print");

        notice.setId("meetings-notice");
        notice.addClassNames("friendly-notice", "no-print");
        notice.setVisible(false);

        var removeDialog = new RemoveDialog(this::refresh);
        sessions = new SessionsSection(schedule, currentUser, removeDialog, this::refresh);
        tables = new TablesSection(schedule, currentUser, removeDialog, this::refresh);
        agenda = new AgendaSection(schedule, currentUser, this::refresh);
        add(heading, dashboardLink, notice, sessions, tables, agenda);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        TeamPages.open(enter, events, currentUser.account(), TeamPages::onTheTeam).ifPresent(opened -> {
            role = opened.role();
            show(opened.event());
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meetings.schedule.title") + (event == null ? "" : " · " + event.title()) + " · Mingle";
    }

    private void show(Event shown) {
        event = shown;
        TeamPages.linkToDashboard(dashboardLink, shown);

        boolean over = shown.status() == EventStatus.COMPLETED || shown.status() == EventStatus.CANCELLED;
        boolean edits = EventAccess.canManage(role) && !over;
        if (!EventAccess.canManage(role)) {
            notice.setText(getTranslation("meetings.schedule.team-only"));
        } else if (over) {
            notice.setText(getTranslation(shown.status() == EventStatus.CANCELLED ? "meetings.schedule.cancelled"
                    : "meetings.schedule.over"));
        }
        notice.setVisible(!edits);
        sessions.show(shown, edits);
        tables.show(shown, edits);
        agenda.show(shown, edits);
        refresh();
    }

    /** Sessions, tables and the agenda as they are now. */
    private void refresh() {
        MeetingAgenda now = schedule.agenda(currentUser.require(), event.id());
        sessions.list(now.sessions());
        tables.list(now.tables());
        agenda.list(now);
    }
}
