package org.mingle.web.reports;

import static org.mingle.web.shell.Translations.plural;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import org.mingle.domain.connections.MyConnection;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.reports.AttendeeReport;
import org.mingle.domain.reports.ReportService;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.NotFoundException;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;

/**
 * An attendee's own report of an event, made for a phone: how many people they met, how many of them outside their
 * industry, their one-to-one meetings, the follow-ups still open, and everyone they met, each leading to their notes
 * in "My network". Only confirmed attendees have one; anyone else is told so kindly, and an unknown event shows the
 * not-found page.
 */
@Prototype
@Route(value = Routes.MY_REPORT, layout = MainLayout.class)
public class MyReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EventService events;
    private final ReportService reports;
    private final CurrentUser currentUser;

    private final RouterLink eventLink = new RouterLink();
    private final Div notAttendee = new Div();
    private final Div figures = new Div();
    private final Section people = new Section();
    private final Div connections = new Div();
    private final Div empty = new Div();

    private Event event;

    MyReportView(EventService events, ReportService reports, CurrentUser currentUser) {
        this.events = events;
        this.reports = reports;
        this.currentUser = currentUser;
        setId("my-report-page");
        addClassNames("page", "my-report-page");
        setPadding(true);

        var heading = new H1(getTranslation("reports.mine.heading"));
        heading.addClassNames(LumoUtility.Margin.NONE);
        eventLink.setId("my-report-event");
        eventLink.addClassName("back-link");

        notAttendee.setId("my-report-not-attendee");
        notAttendee.addClassName("friendly-notice");
        notAttendee.setVisible(false);

        figures.setId("my-report-figures");
        figures.addClassNames("stat-tiles", "report-figures");

        var peopleHeading = new H3(getTranslation("reports.mine.people-heading"));
        peopleHeading.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.LARGE);
        connections.setId("my-report-connections");
        connections.addClassName("my-report-connections");
        empty.setId("my-report-empty");
        empty.addClassName("friendly-notice");
        empty.setVisible(false);
        people.setId("my-report-people");
        people.addClassName("report-section");
        people.add(peopleHeading, connections, empty);

        add(heading, eventLink, notAttendee, figures, people);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        String id = enter.getRouteParameters().get(Routes.EVENT_ID).orElse("");
        try {
            event = events.get(currentUser.account(), EventId.fromString(id));
        } catch (NotFoundException notFound) {
            enter.rerouteToError(notFound, notFound.getMessage());
            return;
        }
        eventLink.setText(event.title());
        Routes.aim(eventLink, Routes.event(event.id()));
        eventLink.addComponentAsFirst(VaadinIcon.ARROW_LEFT.create());
        AttendeeReport mine;
        try {
            mine = reports.mine(currentUser.require(), event.id());
        } catch (AccessDeniedException notAnAttendee) {
            showNotAttendee();
            return;
        }
        show(mine);
    }

    @Override
    public String getPageTitle() {
        return (event == null ? getTranslation("reports.mine.title")
                : getTranslation("reports.mine.title-of", event.title())) + " · Mingle";
    }

    private void showNotAttendee() {
        notAttendee.removeAll();
        var back = Routes.link(getTranslation("reports.mine.go-to-event"), Routes.event(event.id()));
        back.setId("my-report-go-to-event");
        notAttendee.add(new Paragraph(getTranslation("reports.mine.not-attendee")), back);
        notAttendee.setVisible(true);
        figures.setVisible(false);
        people.setVisible(false);
    }

    private void show(AttendeeReport mine) {
        notAttendee.setVisible(false);
        figures.setVisible(true);
        people.setVisible(true);
        figures.removeAll();
        figures.add(
                figure("people-met", getTranslation("reports.mine.people-met"), mine.peopleMet(),
                        getTranslation("reports.mine.people-met-detail")),
                figure("outside-industry", getTranslation("reports.mine.outside-industry"), mine.outsideIndustry(),
                        plural("reports.mine.outside-industry-detail", mine.peopleMet())),
                figure("meetings", getTranslation("reports.mine.meetings"), mine.meetingsHeld(),
                        plural("reports.mine.meetings-detail", mine.meetings())),
                figure("follow-ups", getTranslation("reports.mine.follow-ups"), mine.followUpsOpen(),
                        getTranslation("reports.mine.follow-ups-detail")));

        connections.removeAll();
        mine.connections().forEach(connection -> connections.add(card(connection)));
        connections.setVisible(!mine.connections().isEmpty());
        empty.removeAll();
        if (mine.connections().isEmpty()) {
            var code = Routes.link(getTranslation("reports.mine.connect-code"), Routes.myConnectCode());
            code.setId("my-report-connect-code");
            empty.add(new Paragraph(getTranslation("reports.mine.empty")), code);
        }
        empty.setVisible(mine.connections().isEmpty());
    }

    private static Div figure(String key, String label, int value, String detail) {
        var valueText = new Span(EventReportView.number(value));
        valueText.setId("my-figure-" + key + "-value");
        valueText.addClassName("stat-value");
        var labelText = new Span(label);
        labelText.addClassName("report-figure-label");
        var detailText = new Span(detail);
        detailText.setId("my-figure-" + key + "-detail");
        detailText.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        var card = new Div(valueText, labelText, detailText);
        card.setId("my-figure-" + key);
        card.addClassNames("stat-tile", "report-figure");
        return card;
    }

    /** A person met, leading to their notes in "My network". */
    private static RouterLink card(MyConnection connection) {
        String id = "my-connection-" + connection.id();
        var other = connection.other();
        var name = new Span(other.displayName());
        name.setId(id + "-name");
        name.addClassName("event-card-title");
        var link = Routes.link(Routes.network(connection.id()));
        link.setId(id);
        link.addClassNames("event-card", "my-report-connection");
        link.getElement().setAttribute("data-connection-id", connection.id().toString());
        link.add(name);
        String about = about(other.headline(), other.company(), other.industry());
        if (!about.isEmpty()) {
            var line = new Span(about);
            line.setId(id + "-about");
            line.addClassName("person-card-headline");
            link.add(line);
        }
        return link;
    }

    /** "Battery chemist · Voltaic · Energy": what the person shows of themselves, the empty parts left out. */
    static String about(String... parts) {
        var text = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                text.append(text.isEmpty() ? "" : " · ").append(part.strip());
            }
        }
        return text.toString();
    }
}
