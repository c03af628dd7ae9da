package org.mingle.web.registrations;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Optional;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventOrder;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.registration.Registration;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.registration.RegistrationStatus;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.NotFoundException;
import org.mingle.web.events.EventLabels;
import org.mingle.web.events.EventTimes;
import org.mingle.web.events.RegistrationLabels;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;

/**
 * The events the signed-in person registered for, newest registration first, each with the registration's status. A
 * confirmed registration shows its check-in code as text and as a QR code (drawn on the server) to show at the door.
 * Registrations the person cancelled themselves are left out; a cancelled event says so. Needs a signed-in account.
 */
@Prototype
@Route(value = Routes.MY_REGISTRATIONS, layout = MainLayout.class)
public class MyRegistrationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {


    private final EventService events;
    private final RegistrationService registrations;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final Div list = new Div();
    private final Paragraph empty = new Paragraph(getTranslation("registrations.mine.empty"));

    MyRegistrationsView(EventService events, RegistrationService registrations,
                        CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.currentUser = currentUser;
        this.clock = clock;
        setId("my-registrations");
        addClassName("page");
        setPadding(true);

        var heading = new H1(getTranslation("registrations.mine.heading"));
        heading.addClassNames(LumoUtility.Margin.NONE);

        list.setId("my-registrations-list");
        list.addClassName("registrations-list");
        list.setWidthFull();

        var browse = Routes.link(getTranslation("registrations.mine.browse"), Routes.events());
        browse.setId("my-registrations-browse");
        empty.setId("my-registrations-empty");
        empty.addClassNames(LumoUtility.TextColor.SECONDARY);
        empty.add(new Span(" "), browse);
        empty.setVisible(false);

        add(heading, list, empty);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        var me = currentUser.require();
        list.removeAll();
        var now = clock.instant();
        var shown = new ArrayList<Shown>();
        for (Registration registration : registrations.mine(me)) {
            event(me, registration).filter(event -> shown(registration, event))
                    .ifPresent(event -> shown.add(new Shown(registration, event)));
        }
        shown.sort(Comparator.comparing(Shown::event, EventOrder.upcomingFirst(now)));
        shown.forEach(card -> list.add(card(card.registration(), card.event(), EventOrder.isOver(card.event(), now))));
        empty.setVisible(shown.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("registrations.mine.title");
    }

    private record Shown(Registration registration, Event event) {
    }

    /** A registration the person cancelled is history; one that fell with a cancelled event is news. */
    private static boolean shown(Registration registration, Event event) {
        return registration.status() != RegistrationStatus.CANCELLED || event.status() == EventStatus.CANCELLED;
    }

    private Optional<Event> event(AccountId me, Registration registration) {
        try {
            return Optional.of(events.get(Optional.of(me), registration.eventId()));
        } catch (NotFoundException gone) {
            return Optional.empty();
        }
    }

    private Div card(Registration registration, Event event, boolean over) {
        String rid = registration.id().toString();
        var title = Routes.link(event.title(), Routes.event(event.id()));
        title.addClassName("event-card-title");
        var when = new Span(EventTimes.span(event));
        when.addClassName("event-card-when");
        var venue = new Span(event.details().venue().isEmpty() ? getTranslation("registrations.mine.venue-tba") : event.details().venue());
        venue.addClassName("event-card-venue");
        var seats = new Span(EventLabels.seats(event));
        seats.addClassName("event-card-capacity");

        var status = new Span(RegistrationLabels.forRegistrant(registration));
        status.setId("registration-status-" + rid);
        status.addClassName("registration-card-status");
        var badges = new Div(RegistrationLabels.badge(registration));
        badges.addClassName("event-card-badges");
        if (event.status() != EventStatus.PUBLISHED) {
            var eventStatus = new Span();
            EventLabels.statusBadge(eventStatus, event.status());
            badges.add(eventStatus);
        }

        var card = new Div(badges, title, when, venue, seats, status);
        card.setId("registration-" + rid);
        card.addClassNames("event-card", "registration-card");
        card.getElement().setAttribute("data-event-id", event.id().toString());

        if (event.status() == EventStatus.CANCELLED) {
            var cancelled = new Div(getTranslation("registrations.mine.event-cancelled"));
            cancelled.addClassName("notice-error");
            card.add(cancelled);
        } else if (registration.status() == RegistrationStatus.CONFIRMED && event.status() == EventStatus.PUBLISHED
                && !over) {
            card.add(CheckInCodeCard.of(registration));
        }
        return card;
    }
}
