package org.mingle.web.events;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventService;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.GroupId;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.web.shell.BrowserTimeZone;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;

/**
 * The form that creates an event as a draft. The domain validates; each refused field shows its message next to the
 * field. Times are entered as local times in the chosen time zone, which defaults to the browser's.
 */
@Prototype
@Route(value = Routes.CREATE_EVENT, layout = MainLayout.class)
public class CreateEventView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** Coordinated Universal Time under the name the domain accepts, for online events. */
    static final String UTC = EventForm.UTC;
    /** Region time zones (Europe/Berlin) and UTC, without the legacy and fixed-offset aliases. */
    static final Set<String> TIME_ZONES = EventForm.TIME_ZONES;

    private final EventService events;
    private final CurrentUser currentUser;

    private final EventForm form = new EventForm();
    /** The group the new event belongs to, preset from the group's page ({@code ?group=}); none: the event's own. */
    private Optional<GroupId> group = Optional.empty();
    private final Button save = new Button();

    CreateEventView(EventService events, CurrentUser currentUser) {
        this.events = events;
        this.currentUser = currentUser;
        addClassName("page");
        setPadding(true);

        save.setText(getTranslation("events.create.save"));
        var heading = new H1(getTranslation("events.create.heading"));
        heading.addClassNames(LumoUtility.Margin.NONE);

        form.setWidthFull();

        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(click -> save());

        add(heading, form, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        group = enter.getLocation().getQueryParameters().getSingleParameter(Routes.EVENT_GROUP).flatMap(text -> {
            try {
                return Optional.of(new GroupId(UUID.fromString(text)));
            } catch (IllegalArgumentException notAnId) {
                return Optional.empty();
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        BrowserTimeZone.whenKnown(attach.getUI(), form::suggestTimeZone);
    }

    private void save() {
        try {
            form.clearErrors();
            var me = currentUser.require();
            var created = group.isPresent() ? events.createInGroup(me, group.get(), input())
                    : events.create(me, input());
            var done = Notification.show(getTranslation("events.create.created"), 4000,
                    Notification.Position.BOTTOM_CENTER);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            Routes.go(UI.getCurrent(), Routes.event(created.id()));
        } catch (InvalidInputException invalid) {
            form.showErrors(invalid.errors());
        } catch (AccessDeniedException notOrganizer) {
            Notification.show(getTranslation("groups.event.not-organizer"), 5000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } finally {
            save.setEnabled(true);
        }
    }

    /** What the form holds, as the domain takes it; local times are read in the chosen zone. */
    EventInput input() {
        return form.input();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("events.create.title");
    }
}
