package org.mingle.web.connections;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.time.Clock;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventOrder;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.registration.RegistrationStatus;
import org.mingle.domain.shared.NotFoundException;
import org.mingle.domain.shared.PublicUrl;
import org.mingle.web.eventhome.EventHomeLayout;
import org.mingle.web.registrations.CheckInCodeCard;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.Routes;

/**
 * The "My code" tab of the event home: both codes an attendee shows at an event on one screen. The connect code, for
 * the people they meet; and, while the event is still to come or on, the check-in code for the door (a completed
 * event has no door, so no code).
 */
@Prototype
@Route(value = Routes.MY_CODES, layout = EventHomeLayout.class)
public class MyCodesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EventService events;
    private final RegistrationService registrations;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final ConnectCodeCard connectCode;
    private final Section door = new Section();
    private Event event;

    MyCodesView(EventService events, RegistrationService registrations, ConnectionService connections,
                CurrentUser currentUser, PublicUrl publicUrl, Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.currentUser = currentUser;
        this.clock = clock;
        setId("my-codes");
        addClassNames("page", "connect-code-page");
        setPadding(true);
        connectCode = new ConnectCodeCard(connections, publicUrl);

        var heading = new H1(getTranslation("connections.codes.heading"));
        heading.addClassNames(LumoUtility.Margin.NONE);
        var connectHeading = new H2(getTranslation("connections.codes.to-connect"));
        var hint = new Paragraph(getTranslation("connections.codes.hint"));
        hint.setId("connect-hint");
        hint.addClassNames(LumoUtility.Margin.NONE, LumoUtility.TextColor.SECONDARY);
        // Their code shows on the other person's phone: scanning it here connects the two as well.
        var scan = Routes.link(getTranslation("connections.codes.scan"), Routes.scanConnectCode());
        scan.setId("scan-connect-code-link");
        scan.addClassName("button-link");
        scan.addComponentAsFirst(VaadinIcon.CAMERA.create());
        var connect = new Section(connectHeading, hint, connectCode, scan);
        connect.setId("my-codes-connect");
        connect.addClassName("code-section");

        door.setId("my-codes-door");
        door.addClassName("code-section");

        add(heading, connect, door);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        var me = currentUser.require();
        try {
            event = events.get(currentUser.account(), EventId.fromString(
                    enter.getRouteParameters().get(Routes.EVENT_ID).orElse("")));
        } catch (NotFoundException notFound) {
            enter.rerouteToError(notFound, notFound.getMessage());
            return;
        }
        connectCode.show(me);
        door.removeAll();
        boolean doorAhead = event.status() == EventStatus.PUBLISHED && !EventOrder.isOver(event, clock.instant());
        registrations.mineAt(me, event.id())
                .filter(registration -> registration.status() == RegistrationStatus.CONFIRMED && doorAhead)
                .ifPresent(registration -> door.add(new H2(getTranslation("connections.codes.at-the-door")),
                        CheckInCodeCard.of(registration)));
        door.setVisible(door.getComponentCount() > 0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("connections.codes.heading") + (event == null ? "" : " · " + event.title()) + " · Mingle";
    }
}
