package org.mingle.web.agenda;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mingle.domain.agenda.AgendaService;
import org.mingle.domain.agenda.Speaker;
import org.mingle.domain.agenda.Talk;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventNotFoundException;
import org.mingle.domain.events.EventService;
import org.mingle.domain.shared.DomainException;
import org.mingle.domain.shared.NotFoundException;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.DomainMessages;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;
import org.mingle.web.shell.UiErrorHandler;

/**
 * The agenda as its organizers edit it: the talks in order of time, each with "Edit" and "Remove" (after a
 * confirmation), and "Add talk", which opens the talk form ({@link TalkDialog}). For the event's OWNER and
 * CO_ORGANIZERs; anyone else, and anyone for an unknown id, gets the not-found page, as on the dashboard. Attendees see
 * the agenda on the event's page ({@link AgendaSection}).
 */
@Prototype
@Route(value = Routes.AGENDA, layout = MainLayout.class)
public class AgendaView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EventService events;
    private final AgendaService agenda;
    private final CurrentUser currentUser;

    private final RouterLink dashboardLink = new RouterLink();
    private final RouterLink eventLink = new RouterLink();
    private final Button add = new Button(getTranslation("agenda.edit.add"), VaadinIcon.PLUS.create());
    private final UnorderedList talks = new UnorderedList();
    private final Paragraph empty = new Paragraph(getTranslation("agenda.edit.empty"));
    private final TalkDialog form;
    private final Dialog removeDialog = new Dialog();
    private final Paragraph removeText = new Paragraph();
    private final Button confirmRemove = new Button(getTranslation("agenda.edit.remove"));

    private Event event;
    private Talk removing;

    AgendaView(EventService events, AgendaService agenda, CurrentUser currentUser) {
        this.events = events;
        this.agenda = agenda;
        this.currentUser = currentUser;
        setId("agenda-page");
        addClassNames("page", "agenda-page");
        setPadding(true);

        var heading = new H1(getTranslation("agenda.edit.title"));
        heading.addClassNames(LumoUtility.Margin.NONE);
        dashboardLink.setId("agenda-dashboard");
        dashboardLink.addClassName("back-link");
        eventLink.setId("agenda-event-page");
        eventLink.setText(getTranslation("agenda.edit.as-attendees-see-it"));
        eventLink.addClassName("button-link");
        eventLink.addComponentAsFirst(VaadinIcon.EYE.create());
        var hint = new Paragraph(getTranslation("agenda.edit.hint"));
        hint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);

        form = new TalkDialog(agenda, currentUser, saved -> {
            showAgenda();
            var done = Notification.show(getTranslation("agenda.edit.saved", saved.title()), 4000,
                    Notification.Position.BOTTOM_CENTER);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        add.setId("add-talk");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> form.open(event, Optional.empty()));
        var actions = new Div(add, eventLink);
        actions.addClassName("registration-actions");

        var listHeading = new H2(getTranslation("agenda.edit.talks"));
        listHeading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
        talks.setId("agenda-edit-talks");
        talks.addClassName("agenda-talks");
        empty.setId("agenda-edit-empty");
        empty.addClassNames(LumoUtility.TextColor.SECONDARY);
        buildRemoveDialog();
        add(heading, dashboardLink, hint, actions, listHeading, empty, talks);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        String id = enter.getRouteParameters().get(Routes.EVENT_ID).orElse("");
        try {
            var viewer = currentUser.account();
            var shown = events.get(viewer, EventId.fromString(id));
            // Anyone who may not change the agenda learns nothing here, as for an event they cannot see.
            if (!agenda.mayEdit(viewer, shown.id())) {
                throw new EventNotFoundException(shown.id());
            }
            event = shown;
        } catch (NotFoundException notFound) {
            enter.rerouteToError(notFound, notFound.getMessage());
            return;
        }
        dashboardLink.setText(event.title()); // replaces what the link held, so the arrow comes after
        dashboardLink.addComponentAsFirst(VaadinIcon.ARROW_LEFT.create());
        Routes.aim(dashboardLink, Routes.eventDashboard(event.id()));
        Routes.aim(eventLink, Routes.event(event.id()));
        showAgenda();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agenda.edit.title") + (event == null ? "" : " · " + event.title()) + " · Mingle";
    }

    private void showAgenda() {
        var all = agenda.wholeAgenda(currentUser.account(), event.id());
        talks.removeAll();
        all.forEach(talk -> talks.add(item(talk)));
        empty.setVisible(all.isEmpty());
    }

    private ListItem item(Talk talk) {
        String prefix = "edit-talk-" + talk.id();
        var when = new Span(AgendaTimes.span(talk, event) + (talk.room().isEmpty() ? "" : " · " + talk.room()));
        when.addClassNames("agenda-time", LumoUtility.FontWeight.SEMIBOLD);
        var title = new Span(talk.title());
        title.setId(prefix + "-title");
        title.addClassNames("agenda-edit-title", LumoUtility.FontSize.LARGE);
        var item = new ListItem(when, title);
        item.setId(prefix);
        item.addClassName("agenda-talk");
        if (!talk.speakers().isEmpty()) {
            var speakers = new Span(talk.speakers().stream().map(this::speakerName)
                    .collect(Collectors.joining(", ")));
            speakers.setId(prefix + "-speakers");
            speakers.addClassNames(LumoUtility.TextColor.SECONDARY);
            item.add(speakers);
        }
        var edit = new Button(getTranslation("agenda.edit.edit"), VaadinIcon.EDIT.create(),
                click -> form.open(event, Optional.of(talk)));
        edit.setId(prefix + "-edit");
        edit.getElement().setAttribute("aria-label", getTranslation("agenda.edit.edit-of", talk.title()));
        var remove = new Button(getTranslation("agenda.edit.remove"), VaadinIcon.TRASH.create(),
                click -> askToRemove(talk));
        remove.setId(prefix + "-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.getElement().setAttribute("aria-label", getTranslation("agenda.edit.remove-of", talk.title()));
        var buttons = new Div(edit, remove);
        buttons.addClassName("registration-actions");
        item.add(buttons);
        return item;
    }

    private String speakerName(Speaker speaker) {
        return speaker.isGuest() ? getTranslation("agenda.section.guest", speaker.name()) : speaker.name();
    }

    private void buildRemoveDialog() {
        removeDialog.setId("remove-talk-dialog");
        removeDialog.setHeaderTitle(getTranslation("agenda.edit.remove-heading"));
        removeDialog.add(removeText);
        var keep = new Button(getTranslation("agenda.edit.keep"), click -> removeDialog.close());
        keep.setId("keep-talk");
        confirmRemove.setId("confirm-remove-talk");
        confirmRemove.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirmRemove.setDisableOnClick(true);
        confirmRemove.addClickListener(click -> remove());
        removeDialog.getFooter().add(keep, confirmRemove);
    }

    private void askToRemove(Talk talk) {
        removing = talk;
        removeText.setText(getTranslation("agenda.edit.remove-text", talk.title()));
        removeDialog.open();
    }

    private void remove() {
        try {
            agenda.delete(currentUser.require(), event.id(), removing.id());
            removeDialog.close();
        } catch (DomainException refused) {
            removeDialog.close();
            UiErrorHandler.show(DomainMessages.of(refused));
        } finally {
            confirmRemove.setEnabled(true);
        }
        showAgenda();
    }
}
