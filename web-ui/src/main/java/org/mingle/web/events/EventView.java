package org.mingle.web.events;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import org.mingle.domain.agenda.AgendaService;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.curated.CategoryService;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventAccess;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.moderation.ModerationService;
import org.mingle.domain.profiles.ProfilePhotoService;
import org.mingle.domain.publicprofiles.PublicProfileService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.DomainException;
import org.mingle.domain.shared.NotFoundException;
import org.mingle.web.agenda.AgendaSection;
import org.mingle.web.eventhome.EventHomeLayout;
import org.mingle.web.moderation.ListingNotice;
import org.mingle.web.moderation.ReportAction;
import org.mingle.web.publicprofiles.KeepOnProfileAction;
import org.mingle.web.shell.BrowserTimeZone;
import org.mingle.web.shell.ContinueTarget;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.DomainMessages;
import org.mingle.web.shell.Routes;
import org.mingle.web.shell.UiErrorHandler;

/**
 * One event: what, when (in the event's time zone, and in the viewer's own when that differs), where, how many
 * places, and its status. Public for published events. Attendees register and cancel here and see their status
 * ({@link RegistrationPanel}); a cancelled event says so. Its organizers can publish a draft here, and its team sees
 * links to the event's dashboard (where the team is) and its one-to-one meetings, and whether an administrator unlisted
 * it. Below the description comes the event's agenda ({@link AgendaSection}). Signed-in people outside the team can
 * report it to the administrators. An unknown id, or a draft the
 * viewer is not on the team of, shows the not-found page.
 */
@Prototype
@AnonymousAllowed
@Route(value = Routes.EVENT, layout = EventHomeLayout.class)
public class EventView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EventService events;
    private final CurrentUser currentUser;

    private final H1 title = new H1();
    private final Span status = new Span();
    private final Span when = new Span();
    private final Span localWhen = new Span();
    private final Span venue = new Span();
    private final Span capacity = new Span();
    private final Paragraph description = new Paragraph();
    private final Div cancelledNotice = new Div();
    private final Button publish = new Button(getTranslation("events.page.publish"));
    private final RouterLink manage = new RouterLink();
    private final RouterLink meetings = new RouterLink();
    private final RegistrationPanel registration;
    private final KnownAttendeesPanel known;
    private final ReportAction report;
    private final ListingNotice unlistedNotice;
    private final AgendaSection agendaSection;
    private final KeepOnProfileAction keepOnProfile;

    private Event event;
    private Optional<EventRole> role = Optional.empty();
    private ZoneId viewerZone;

    private QueryParameters backHere = QueryParameters.empty();

    EventView(EventService events, RegistrationService registrations, ConnectionService connections,
              ProfilePhotoService photos, ModerationService moderation, AgendaService agenda,
              PublicProfileService publicProfiles, CategoryService categories,
              CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.currentUser = currentUser;
        addClassName("page");
        setPadding(true);

        title.setId("event-title");
        title.addClassNames(LumoUtility.Margin.NONE);
        status.setId("event-status");
        var header = new HorizontalLayout(title, status);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.addClassNames(LumoUtility.FlexWrap.WRAP);

        when.setId("event-when");
        localWhen.setId("event-local-when");
        localWhen.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        localWhen.setVisible(false);
        venue.setId("event-venue");
        capacity.setId("event-capacity");
        var facts = new Div(fact(getTranslation("events.page.when"), when, localWhen),
                fact(getTranslation("events.page.where"), venue), fact(getTranslation("events.page.places"), capacity));
        facts.addClassName("event-facts");

        description.setId("event-description");
        description.addClassName("event-description");

        cancelledNotice.setId("event-cancelled");
        cancelledNotice.addClassName("notice-error");
        cancelledNotice.getElement().setAttribute("role", "alert");
        cancelledNotice.setText(getTranslation("events.page.cancelled"));
        cancelledNotice.setVisible(false);

        publish.setId("publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setVisible(false);
        publish.setDisableOnClick(true);
        publish.addClickListener(click -> publish());

        manage.setId("manage");
        manage.setText(getTranslation("events.page.manage"));
        manage.addClassName("button-link");
        manage.addComponentAsFirst(VaadinIcon.DASHBOARD.create());
        manage.setVisible(false);
        meetings.setId("event-meetings");
        meetings.setText(getTranslation("events.page.meetings"));
        meetings.addClassName("button-link");
        meetings.addComponentAsFirst(VaadinIcon.HANDSHAKE.create());
        meetings.setVisible(false);
        var organizerActions = new Div(publish, manage, meetings);
        organizerActions.addClassName("registration-actions");

        registration = new RegistrationPanel(events, registrations, categories, currentUser, clock, this::reload);

        known = new KnownAttendeesPanel(connections, photos);
        report = new ReportAction(moderation, currentUser);
        unlistedNotice = new ListingNotice(moderation, currentUser);
        agendaSection = new AgendaSection(agenda, photos, currentUser);
        keepOnProfile = new KeepOnProfileAction(publicProfiles, currentUser);

        add(header, cancelledNotice, unlistedNotice, facts, registration, keepOnProfile, known, description,
                agendaSection, organizerActions, report);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        String id = enter.getRouteParameters().get(Routes.EVENT_ID).orElse("");
        try {
            var viewer = currentUser.account();
            var shown = events.get(viewer, EventId.fromString(id));
            role = events.roleOf(viewer, shown.id());
            backHere = ContinueTarget.queryFor(enter.getLocation());
            show(shown);
        } catch (NotFoundException notFound) {
            enter.rerouteToError(notFound, notFound.getMessage());
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        BrowserTimeZone.whenKnown(attach.getUI(), zone -> {
            viewerZone = EventTimes.zone(zone).orElse(null);
            showViewerTime();
        });
    }

    @Override
    public String getPageTitle() {
        return (event == null ? getTranslation("events.page.event") : event.title()) + " · Mingle";
    }

    private void show(Event shown) {
        event = shown;
        var details = shown.details();
        title.setText(shown.title());
        EventLabels.statusBadge(status, shown.status());
        when.setText(EventTimes.span(shown));
        showViewerTime();
        venue.setText(details.venue().isEmpty() ? getTranslation("events.page.venue-tba") : details.venue());
        capacity.setText(getTranslation(details.capacity() == 1 ? "events.page.capacity.one"
                : "events.page.capacity.other", details.capacity(), shown.confirmedCount())
                + (shown.waitlistCount() > 0 ? " · " + getTranslation("events.page.waitlisted", shown.waitlistCount())
                        : ""));
        description.setText(details.description());
        description.setVisible(!details.description().isEmpty());
        publish.setVisible(shown.status() == EventStatus.DRAFT && EventAccess.canManage(role));
        cancelledNotice.setVisible(shown.status() == EventStatus.CANCELLED);
        Routes.aim(manage, Routes.eventDashboard(shown.id()));
        manage.setVisible(role.isPresent());
        Routes.aim(meetings, Routes.meetingSchedule(shown.id()));
        meetings.setVisible(role.isPresent() && shown.status() != EventStatus.CANCELLED);
        registration.show(shown, backHere);
        known.show(currentUser.account(), shown);
        agendaSection.show(shown);
        unlistedNotice.show(shown.id(), role.isPresent(), events.unlistedAt(shown.id()));
        keepOnProfile.show(shown.id());
        report.show(shown.id(), currentUser.isSignedIn() && role.isEmpty() && shown.status() != EventStatus.DRAFT);
    }

    /** Shows the event as it is now, after a registration changed its counts. */
    private void reload() {
        show(events.get(currentUser.account(), event.id()));
    }

    private void showViewerTime() {
        var text = event == null ? null : EventTimes.spanForViewer(event, viewerZone).orElse(null);
        localWhen.setText(text == null ? "" : getTranslation("events.page.your-time", text));
        localWhen.setVisible(text != null);
    }

    private void publish() {
        try {
            show(events.publish(currentUser.require(), event.id()));
            var done = Notification.show(getTranslation("events.page.published"), 4000,
                    Notification.Position.BOTTOM_CENTER);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (DomainException refused) {
            UiErrorHandler.show(DomainMessages.of(refused));
            show(events.get(currentUser.account(), event.id()));
        } finally {
            publish.setEnabled(true);
        }
    }

    private Div fact(String name, Span... values) {
        var label = new Span(name);
        label.addClassNames("event-fact-label", LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        var fact = new Div(label);
        fact.addClassName("event-fact");
        for (Span value : values) {
            value.addClassName("event-fact-value");
            fact.add(value);
        }
        return fact;
    }
}
