package org.mingle.web.events;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouterLink;
import java.util.Optional;
import java.util.function.Predicate;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventNotFoundException;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.events.EventService;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.NotFoundException;
import org.mingle.web.shell.Routes;

/**
 * What the pages an event's team works on share (dashboard, check-in, rounds, meetings, report): who may open them,
 * and the link back to the dashboard.
 */
public final class TeamPages {

    private TeamPages() {
    }

    /** The route's event, opened by someone whose role allows the page. */
    public record Opened(Event event, Optional<EventRole> role) {
    }

    /**
     * Reads the route's event for the viewer. Anyone whose role does not allow the page is sent to "not found", as
     * for an event they cannot see, and gets nothing back.
     */
    public static Optional<Opened> open(BeforeEnterEvent enter, EventService events, Optional<AccountId> viewer,
                                        Predicate<Optional<EventRole>> mayOpen) {
        String id = enter.getRouteParameters().get(Routes.EVENT_ID).orElse("");
        try {
            Event shown = events.get(viewer, EventId.fromString(id));
            Optional<EventRole> role = events.roleOf(viewer, shown.id());
            if (!mayOpen.test(role)) {
                throw new EventNotFoundException(shown.id());
            }
            return Optional.of(new Opened(shown, role));
        } catch (NotFoundException notFound) {
            enter.rerouteToError(notFound, notFound.getMessage());
            return Optional.empty();
        }
    }

    /** Anyone on the event's team. */
    public static boolean onTheTeam(Optional<EventRole> role) {
        return role.isPresent();
    }

    /** Points a back link at the event's dashboard, with the event's title. */
    public static void linkToDashboard(RouterLink link, Event event) {
        link.setText(event.title());
        Routes.aim(link, Routes.eventDashboard(event.id()));
        link.addComponentAsFirst(VaadinIcon.ARROW_LEFT.create());
    }
}
