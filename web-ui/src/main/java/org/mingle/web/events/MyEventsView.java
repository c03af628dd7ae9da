package org.mingle.web.events;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
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
import java.time.Clock;
import java.util.Optional;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventOrder;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.events.EventService;
import org.mingle.domain.shared.AccountId;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;

/**
 * The events the signed-in person organizes or staffs, drafts included, latest start first, each with their role and
 * the event's status. Needs a signed-in account.
 */
@Prototype
@Route(value = Routes.MY_EVENTS, layout = MainLayout.class)
public class MyEventsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EventService events;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final Div list = new Div();
    private final Paragraph empty = new Paragraph();

    MyEventsView(EventService events, CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("page");
        setPadding(true);

        empty.setText(getTranslation("events.mine.empty"));
        var heading = new H1(getTranslation("events.mine.heading"));
        heading.addClassNames(LumoUtility.Margin.NONE);
        var create = new Button(getTranslation("events.mine.create"), VaadinIcon.PLUS.create(),
                click -> click.getSource().getUI().ifPresent(ui -> Routes.go(ui, Routes.createEvent())));
        create.setId("my-events-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new HorizontalLayout(heading, create);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.addClassNames(LumoUtility.FlexWrap.WRAP);

        list.setId("my-events-list");
        list.addClassName("events-list");
        list.setWidthFull();

        empty.setId("my-events-empty");
        empty.addClassNames(LumoUtility.TextColor.SECONDARY);
        empty.setVisible(false);

        add(header, list, empty);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        var me = currentUser.require();
        list.removeAll();
        var organized = events.listOrganizedBy(me).stream()
                .sorted(EventOrder.upcomingFirst(clock.instant())).toList();
        organized.forEach(event -> list.add(card(event, roleOf(me, event))));
        empty.setVisible(organized.isEmpty());
    }

    private Optional<EventRole> roleOf(AccountId me, Event event) {
        return event.isOwnedBy(me) ? Optional.of(EventRole.OWNER) : events.roleOf(Optional.of(me), event.id());
    }

    private static RouterLink card(Event event, Optional<EventRole> role) {
        var card = EventsView.card(event);
        var status = new Span();
        status.addClassName("my-event-status");
        EventLabels.statusBadge(status, event.status());
        var badges = new Div(status);
        badges.addClassName("event-card-badges");
        role.map(EventLabels::roleBadge).ifPresent(badge -> {
            badge.addClassName("my-event-role");
            badges.addComponentAsFirst(badge);
        });
        card.addComponentAsFirst(badges);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("events.mine.title");
    }
}
