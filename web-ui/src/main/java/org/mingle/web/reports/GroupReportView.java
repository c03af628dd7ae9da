package org.mingle.web.reports;

import static org.mingle.web.shell.Translations.plural;
import static org.mingle.web.shell.Translations.translate;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;
import org.mingle.domain.reports.GroupReport;
import org.mingle.domain.reports.GroupReportService;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.NotFoundException;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.Formats;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;

/**
 * A group's report for its owners and organizers: the key figures, then charts of attendees per event (newcomers
 * apart), connections per event, the different pairs connected so far and the members by month. Anyone else is told
 * there is no such page.
 */
@Prototype
@Route(value = Routes.GROUP_REPORT, layout = MainLayout.class)
public class GroupReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String ATTENDEES = "#1d4ed8";
    private static final String NEWCOMERS = "#0f766e";
    private static final String CONNECTIONS = "#b45309";

    private final GroupReportService reports;
    private final CurrentUser currentUser;

    GroupReportView(GroupReportService reports, CurrentUser currentUser) {
        this.reports = reports;
        this.currentUser = currentUser;
        setId("group-report-page");
        addClassNames("page", "report-page");
        setPadding(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        String slug = enter.getRouteParameters().get(Routes.GROUP_SLUG).orElse("");
        try {
            show(slug, reports.report(currentUser.require(), slug));
        } catch (NotFoundException | AccessDeniedException notHere) {
            enter.rerouteToError(NotFoundException.class, notHere.getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("groups.report.title") + " · Mingle";
    }

    private void show(String slug, GroupReport report) {
        removeAll();
        var heading = new H1(getTranslation("groups.report.title"));
        heading.addClassNames(LumoUtility.Margin.NONE);
        var back = Routes.link(getTranslation("groups.report.back"), Routes.group(slug));
        back.setId("group-report-back");
        back.addClassNames("back-link", "no-print");
        add(heading, back, figures(report));
        if (report.events().isEmpty()) {
            var none = new Paragraph(getTranslation("groups.report.no-events"));
            none.setId("group-report-no-events");
            none.addClassName("friendly-notice");
            add(none);
        } else {
            var events = report.events();
            var charts = new Div();
            charts.addClassName("report-charts");
            add(charts);
            charts.add(chart("group-report-attendees", getTranslation("groups.report.attendees-chart"),
                            bars(events, GroupReport.EventFigures::attendees, ATTENDEES)),
                    chart("group-report-newcomers", getTranslation("groups.report.newcomers-chart"),
                            bars(events, GroupReport.EventFigures::newcomers, NEWCOMERS)),
                    chart("group-report-connections", getTranslation("groups.report.connections-chart"),
                            bars(events, GroupReport.EventFigures::connections, CONNECTIONS)),
                    chart("group-report-pairs", getTranslation("groups.report.pairs-chart"),
                            IntStream.range(0, events.size()).mapToObj(i -> new Charts.Bar(label(events.get(i)),
                                    report.cumulativeConnections().get(i).pairs(), CONNECTIONS)).toList()));
            var requests = new RequestFiguresSection("group-report-requests");
            requests.show(report.requests().overall());
            requests.showEach(events, report.requests());
            add(requests);
            var held = new HeldMeetingsSection("group-report-held");
            held.show(report.heldMeetings().overall());
            held.showEach(events, report.heldMeetings());
            add(held);
        }
        if (!report.membersOverTime().isEmpty()) {
            add(chart("group-report-members", getTranslation("groups.report.members-chart"),
                    report.membersOverTime().stream().map(month -> new Charts.Bar(month.month().toString(),
                            month.members(), ATTENDEES)).toList()));
        }
    }

    private Div figures(GroupReport report) {
        int attendances = report.events().stream().mapToInt(GroupReport.EventFigures::attendees).sum();
        int pairs = report.cumulativeConnections().isEmpty() ? 0
                : report.cumulativeConnections().get(report.cumulativeConnections().size() - 1).pairs();
        var figures = new Div(
                figure("group-report-members-now", plural("groups.report.members", report.members())),
                figure("group-report-events", plural("groups.report.events", report.events().size())),
                figure("group-report-attendances", plural("groups.report.attendances", attendances)),
                figure("group-report-returning", getTranslation("groups.report.returning",
                        Math.round(report.returningShare() * 100))),
                figure("group-report-distinct-pairs", plural("groups.report.pairs", pairs)));
        figures.setId("group-report-figures");
        figures.addClassNames("stat-tiles", "report-figures");
        return figures;
    }

    private static Span figure(String id, String text) {
        var figure = new Span(text);
        figure.setId(id);
        figure.addClassNames("stat-tile", "report-figure");
        return figure;
    }

    private static List<Charts.Bar> bars(List<GroupReport.EventFigures> events,
                                         ToIntFunction<GroupReport.EventFigures> value,
                                         String colour) {
        return events.stream().map(event -> new Charts.Bar(label(event), value.applyAsInt(event), colour)).toList();
    }

    /** An event as a column's label: its day (in UTC: a group's events may be in several zones). */
    private static String label(GroupReport.EventFigures event) {
        return DateTimeFormatter.ofPattern(translate("format.day"), Formats.locale())
                .format(event.startsAt().atZone(ZoneOffset.UTC));
    }

    private Section chart(String id, String title, List<Charts.Bar> bars) {
        var heading = new H3(title);
        heading.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.LARGE);
        var drawing = new Svg(Charts.columns(id + "-svg", title, title, "", bars));
        drawing.setId(id);
        drawing.addClassName("report-svg");
        var section = new Section(heading, drawing);
        section.setId(id + "-section");
        section.addClassName("report-chart");
        return section;
    }
}
