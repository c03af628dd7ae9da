package org.mingle.web.eventhome;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.NotFoundException;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;

/**
 * The event home: the pages an attendee uses at one event (the event itself, People to meet, Meetings, Rounds, My
 * code, Network), held together by one navigation. On a phone it is a bar of five tabs at the foot of the screen,
 * within reach of a thumb; on a wider screen the same links stand beside the page. It shows only to confirmed
 * attendees of a published or completed event: everyone else sees the pages inside it as before, without the tabs.
 * The Meetings tab carries how many requests wait for the viewer's answer.
 */
@Prototype
@ParentLayout(MainLayout.class)
public class EventHomeLayout extends Div implements RouterLayout, BeforeEnterObserver {

    /** One tab: its name (in ids and translation keys), its icon and its page. */
    private record Tab(String key, VaadinIcon icon, Function<EventId, Location> page) {
    }

    private static final List<Tab> TABS = List.of(
            new Tab("people", VaadinIcon.GROUP, Routes::peopleToMeet),
            new Tab("meetings", VaadinIcon.HANDSHAKE, Routes::myMeetings),
            new Tab("rounds", VaadinIcon.TIMER, Routes::myRounds),
            new Tab("code", VaadinIcon.QRCODE, Routes::myCodes),
            new Tab("network", VaadinIcon.USERS, Routes::eventNetwork));

    private final EventService events;
    private final RegistrationService registrations;
    private final MeetingRequestService meetings;
    private final CurrentUser currentUser;

    private final Div page = new Div();
    private final Nav tabs = new Nav();
    private final Span waiting = new Span();
    /** What the number counts, for screen readers: the tab is read "Meetings 2 waiting for your answer". */
    private final Span waitingMeaning = new Span();
    private RouterLink meetingsTab;

    EventHomeLayout(EventService events, RegistrationService registrations, MeetingRequestService meetings,
                    CurrentUser currentUser) {
        this.events = events;
        this.registrations = registrations;
        this.meetings = meetings;
        this.currentUser = currentUser;
        addClassName("event-home");
        page.addClassName("event-home-page");
        tabs.setId("event-home-tabs");
        tabs.addClassNames("event-home-tabs", "no-print");
        tabs.getElement().setAttribute("aria-label", getTranslation("eventhome.tabs"));
        waiting.setId("home-meetings-waiting");
        waiting.addClassName("event-home-count");
        waitingMeaning.addClassName("sr-only");
        tabs.setVisible(false);
        add(tabs, page);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        Optional<AccountId> viewer = currentUser.account();
        Optional<Event> event = viewer.flatMap(me -> enter.getRouteParameters().get(Routes.EVENT_ID)
                .flatMap(EventHomeLayout::parse)
                .flatMap(id -> visible(id, me)));
        boolean home = event.filter(shown -> shown.status() == EventStatus.PUBLISHED
                        || shown.status() == EventStatus.COMPLETED)
                .filter(shown -> registrations.isConfirmed(shown.id(), viewer.get()))
                .isPresent();
        tabs.setVisible(home);
        setClassName("with-tabs", home);
        if (home) {
            showTabs(event.get().id(), enter.getLocation().getPath(), viewer.get());
        }
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        page.getElement().removeAllChildren();
        if (content != null) {
            page.getElement().appendChild(content.getElement());
        }
    }

    private void showTabs(EventId event, String path, AccountId viewer) {
        tabs.removeAll();
        for (Tab tab : TABS) {
            var target = tab.page().apply(event);
            var link = new RouterLink();
            Routes.aim(link, target);
            link.setId("home-" + tab.key());
            link.addClassName("event-home-tab");
            var label = new Span(getTranslation("eventhome.tab." + tab.key()));
            label.addClassName("event-home-tab-label");
            link.add(tab.icon().create(), label);
            if (path.equals(target.getPath())) {
                link.getElement().setAttribute("aria-current", "page");
            }
            if (tab.key().equals("meetings")) {
                meetingsTab = link;
                link.add(waiting, waitingMeaning);
                showWaiting(meetings.waitingForAnswer(viewer, event));
            }
            tabs.add(link);
        }
    }

    /** Brings the Meetings tab's count up to date, after the page inside answered a request. */
    public void showWaiting(long count) {
        if (meetingsTab == null) {
            return;
        }
        waiting.setText(getTranslation("eventhome.tab.meetings.count", count));
        waiting.setVisible(count > 0);
        waitingMeaning.setText(getTranslation("eventhome.tab.meetings.waiting"));
        waitingMeaning.setVisible(count > 0);
    }

    private Optional<Event> visible(EventId id, AccountId viewer) {
        try {
            return Optional.of(events.get(Optional.of(viewer), id));
        } catch (NotFoundException notFound) {
            // The page inside says so; the tabs only stay away.
            return Optional.empty();
        }
    }

    private static Optional<EventId> parse(String id) {
        try {
            return Optional.of(EventId.fromString(id));
        } catch (NotFoundException malformed) {
            return Optional.empty();
        }
    }
}
