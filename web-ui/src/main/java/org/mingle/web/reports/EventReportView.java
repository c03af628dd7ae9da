package org.mingle.web.reports;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventAccess;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.reports.EventReport;
import org.mingle.domain.reports.NetworkPicture;
import org.mingle.domain.reports.ReportCsv;
import org.mingle.domain.reports.ReportService;
import org.mingle.domain.shared.DomainException;
import org.mingle.web.connections.ConnectionLabels;
import org.mingle.web.events.EventTimes;
import org.mingle.web.events.FileNames;
import org.mingle.web.events.TeamPages;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;

/**
 * What an event achieved, for its organizers: the headline figures as cards, the attendance funnel, the connections
 * per attendee, the top and the connecting interests as charts, the outcomes attendees reported (as anonymous counts),
 * and the network of who met whom, coloured by industry. Charts are SVG drawn on the server ({@link Charts},
 * {@link NetworkSvg}). Every connection downloads as CSV, and the page prints cleanly (or saves as PDF from the print
 * dialog). Anyone but the organizers, and anyone for an unknown id, gets the not-found page, as on the dashboard.
 */
@Prototype
@Route(value = Routes.EVENT_REPORT, layout = MainLayout.class)
public class EventReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The network picture shows at most this many people, the most connected. */
    static final int PICTURE_PEOPLE = 200;

    private final EventService events;
    private final ReportService reports;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final RouterLink dashboardLink = new RouterLink();
    private final Paragraph eventLine = new Paragraph();
    private final Div soFar = new Div();
    private final Anchor csv = new Anchor(csvHandler(), AttachmentType.DOWNLOAD, "Download connections (CSV)");
    private final Button print = new Button("Print / save as PDF", VaadinIcon.PRINT.create());
    private final Div figures = new Div();
    private final Div charts = new Div();
    private final Section outcomes = new Section();
    private final Section network = new Section();

    private Event event;

    EventReportView(EventService events, ReportService reports, CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.reports = reports;
        this.currentUser = currentUser;
        this.clock = clock;
        setId("report-page");
        addClassNames("page", "report-page");
        setPadding(true);

        var heading = new H1("Event report");
        heading.addClassNames(LumoUtility.Margin.NONE);
        dashboardLink.setId("report-dashboard");
        dashboardLink.addClassNames("back-link", "no-print");
        eventLine.setId("report-event");
        eventLine.addClassNames("report-event", LumoUtility.Margin.NONE);

        soFar.setId("report-so-far");
        soFar.addClassName("friendly-notice");
        soFar.setVisible(false);

        csv.setId("report-csv");
        csv.addClassName("button-link");
        csv.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
        print.setId("report-print");
        print.addClickListener(click -> UI.getCurrent().getPage().executeJs("window.print()"));
        var actions = new Div(csv, print);
        actions.setId("report-actions");
        actions.addClassNames("registration-actions", "no-print");

        figures.setId("report-figures");
        figures.addClassNames("stat-tiles", "report-figures");
        charts.setId("report-charts");
        charts.addClassName("report-charts");
        outcomes.setId("report-outcomes");
        outcomes.addClassNames("report-section", "report-outcomes");
        network.setId("report-network");
        network.addClassNames("report-section", "report-network");

        add(heading, dashboardLink, eventLine, actions, soFar, figures, charts, outcomes, network);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        // Only organizers: for anyone else the report does not exist, as the dashboard does not.
        TeamPages.open(enter, events, currentUser.account(), EventAccess::canManage).ifPresent(opened -> {
            var me = currentUser.require();
            var shown = opened.event();
            show(shown, reports.report(me, shown.id()), reports.picture(me, shown.id(), PICTURE_PEOPLE));
        });
    }

    @Override
    public String getPageTitle() {
        return "Report" + (event == null ? "" : " · " + event.title()) + " · Mingle";
    }

    private void show(Event shown, EventReport report, NetworkPicture picture) {
        event = shown;
        TeamPages.linkToDashboard(dashboardLink, shown);
        eventLine.setText(shown.title() + " · " + EventTimes.span(shown));
        boolean done = shown.status() == EventStatus.COMPLETED || shown.status() == EventStatus.CANCELLED;
        boolean notStarted = !done && notStarted(shown, report);
        soFar.setText(notStarted
                ? "The event starts " + EventTimes.start(shown) + ". This report fills in as people check in, meet "
                        + "and connect; until then it counts who has registered."
                : "The event is not over yet: these are the figures so far.");
        soFar.setVisible(!done);

        showFigures(report.funnel(), report.networking(), notStarted);
        charts.setVisible(!notStarted);
        outcomes.setVisible(!notStarted);
        network.setVisible(!notStarted);
        if (!notStarted) {
            showCharts(report);
            showOutcomes(report.outcomes());
            showNetwork(picture);
        }
    }

    /** Before the start, with nobody checked in, met or connected yet, every figure but sign-ups would be zero. */
    private boolean notStarted(Event shown, EventReport report) {
        var n = report.networking();
        return clock.instant().isBefore(shown.details().startsAt()) && report.funnel().checkedIn() == 0
                && n.connections() == 0 && n.requestsSent() == 0;
    }

    // Figures

    private void showFigures(EventReport.Funnel funnel, EventReport.Networking n, boolean notStarted) {
        figures.removeAll();
        if (notStarted) {
            figures.add(figure("registered", "Registered", number(funnel.registered()),
                    number(funnel.confirmed()) + " confirmed"));
            return;
        }
        figures.add(
                figure("registered", "Registered", number(funnel.registered()),
                        number(funnel.confirmed()) + " confirmed"),
                figure("checked-in", "Checked in", number(funnel.checkedIn()),
                        "of " + number(funnel.confirmed()) + " confirmed"),
                figure("connections", "Connections made", number(n.connections()), null),
                figure("connected-share", "Attendees with a connection", percent(n.shareWithConnection()),
                        number(n.attendeesWithConnection()) + " of " + people(n.attendees())),
                figure("average", "Connections per attendee", average(n.averagePerAttendee()), "on average"),
                figure("cross-industry", "Perspectives widened", percent(n.crossIndustryShare()),
                        plural(n.crossIndustry(), "connection") + " across industries"),
                figure("first-timers", "First-timers who connected", number(n.firstTimersWithConnection()),
                        "of " + number(n.firstTimers()) + " here for the first time"),
                figure("requests", "Meeting requests sent", number(n.requestsSent()),
                        number(n.requestsAccepted()) + " accepted"),
                figure("recommended", "Connections from recommendations", number(n.recommendedConnections()),
                        "people Mingle suggested to each other"),
                figure("round-pairs", "Speed-networking pairs that connected", number(n.roundPairsConnected()),
                        "of " + plural(n.roundPairs(), "pair") + " at a table"));
    }

    private static Div figure(String key, String label, String value, String detail) {
        var valueText = new Span(value);
        valueText.setId("figure-" + key + "-value");
        valueText.addClassName("stat-value");
        var labelText = new Span(label);
        labelText.setId("figure-" + key + "-label");
        labelText.addClassName("report-figure-label");
        var card = new Div(valueText, labelText);
        card.setId("figure-" + key);
        card.addClassNames("stat-tile", "report-figure");
        if (detail != null) {
            var detailText = new Span(detail);
            detailText.setId("figure-" + key + "-detail");
            detailText.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            card.add(detailText);
        }
        return card;
    }

    // Charts

    private void showCharts(EventReport report) {
        charts.removeAll();
        charts.add(chart("chart-funnel", "Attendance",
                Charts.horizontalBars("chart-funnel-svg", "Attendance funnel",
                        "Registered, confirmed and checked in; then waitlisted, pending approval, cancelled and "
                                + "no-shows.", Charts.funnel(report.funnel())), null));
        charts.add(chart("chart-degrees", "Connections per attendee",
                Charts.columns("chart-degrees-svg", "Connections per attendee",
                        "How many attendees made each number of connections.", "Connections made",
                        Charts.degrees(report.degreeDistribution())), null));
        charts.add(chart("chart-top-interests", "Top interests",
                report.topInterests().isEmpty() ? null : Charts.horizontalBars("chart-top-interests-svg",
                        "Top interests", "The interests most attendees share on their profiles, and how many do.",
                        Charts.interests(report.topInterests())),
                "No attendee shares their interests yet."));
        charts.add(chart("chart-connecting-interests", "Interests that connected people",
                report.connectingInterests().isEmpty() ? null : Charts.horizontalBars(
                        "chart-connecting-interests-svg", "Interests that connected people",
                        "The interests shared by the most connections, and by how many.",
                        Charts.interests(report.connectingInterests())),
                "No connection shares an interest yet."));
    }

    /** A chart with its heading; with no SVG, the friendly sentence instead. */
    private static Section chart(String id, String title, String svg, String whenEmpty) {
        var heading = new H3(title);
        heading.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.LARGE);
        var section = new Section(heading);
        section.setId(id + "-section");
        section.addClassName("report-chart");
        if (svg == null) {
            var empty = new Paragraph(whenEmpty);
            empty.setId(id + "-empty");
            empty.addClassNames(LumoUtility.TextColor.SECONDARY);
            section.add(empty);
        } else {
            var drawing = new Svg(svg);
            drawing.setId(id);
            drawing.addClassName("report-svg");
            section.add(drawing);
        }
        return section;
    }

    // Outcomes

    private void showOutcomes(List<EventReport.OutcomeCount> counts) {
        outcomes.removeAll();
        var heading = new H3("What came of it");
        heading.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.LARGE);
        var note = new Paragraph("Outcomes attendees reported on their connections. To keep them anonymous, a count "
                + "of one or two reads \u201cfewer than 3\u201d.");
        note.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);

        var table = new NativeTable();
        table.setId("outcomes-table");
        table.addClassName("report-table");
        var head = table.getHead().addRow();
        head.addHeaderCell().setText("Outcome");
        var countHeader = head.addHeaderCell();
        countHeader.setText("Connections");
        countHeader.addClassName("report-number");
        var body = table.getBody();
        for (EventReport.OutcomeCount count : counts) {
            var row = body.addRow();
            String key = count.outcome().name().toLowerCase(Locale.ROOT);
            row.setId("outcome-" + key);
            row.addDataCell().setText(ConnectionLabels.outcome(count.outcome()));
            var cell = row.addDataCell();
            cell.setId("outcome-" + key + "-count");
            cell.addClassName("report-number");
            cell.setText(count.fewerThanThree() ? "fewer than 3" : number(count.count()));
        }
        outcomes.add(heading, note, table);
    }

    // The network

    private void showNetwork(NetworkPicture picture) {
        network.removeAll();
        var heading = new H3("Who met whom");
        heading.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.LARGE);
        network.add(heading);
        if (picture.people().isEmpty()) {
            var empty = new Paragraph("No connections yet. Once attendees connect (scanning each other's connect "
                    + "code, or \u201cWe met\u201d at a table), the network appears here.");
            empty.setId("network-empty");
            empty.addClassName("friendly-notice");
            network.add(empty);
            return;
        }
        int shown = picture.people().size();
        var caption = new Paragraph(caption(shown, picture.shownOf()));
        caption.setId("network-caption");
        caption.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);

        var drawing = new Svg(NetworkSvg.svg("network-picture-svg", picture));
        drawing.setId("network-picture");
        drawing.addClassName("network-picture");

        var legend = new UnorderedList();
        legend.setId("network-legend");
        legend.addClassName("network-legend");
        legend.getElement().setAttribute("aria-label", "Colours by industry");
        int i = 0;
        for (NetworkSvg.Legend entry : NetworkSvg.legend(picture)) {
            var swatch = new Span();
            swatch.addClassName("legend-swatch");
            swatch.getStyle().set("background-color", entry.colour());
            swatch.getElement().setAttribute("aria-hidden", "true");
            var item = new ListItem(swatch, new Span(entry.label() + " (" + number(entry.people()) + ")"));
            item.setId("network-legend-" + i++);
            item.getElement().setAttribute("data-colour", entry.colour());
            legend.add(item);
        }
        var hint = new Paragraph("Each dot is a person, each line a connection; larger dots made more connections. "
                + "Point at a dot to see who it is.");
        hint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE,
                "no-print");
        network.add(caption, drawing, legend, hint);
    }

    // The download

    /** Every connection as CSV, streamed from the database when the browser downloads it, for organizers only. */
    private DownloadHandler csvHandler() {
        return (DownloadEvent download) -> {
            var account = currentUser.signedIn(download.getSession()).map(Account::id);
            var shown = event;
            if (account.isEmpty() || shown == null) {
                download.getResponse().setStatus(403);
                return;
            }
            try {
                // Asked before the first byte, so a refusal is a status and not half a file.
                if (!EventAccess.canManage(events.roleOf(account, shown.id()))) {
                    download.getResponse().setStatus(403);
                    return;
                }
            } catch (DomainException gone) {
                download.getResponse().setStatus(404);
                return;
            }
            download.setFileName(FileNames.of(shown.title(), "-connections.csv"));
            download.setContentType(ReportCsv.MEDIA_TYPE + "; charset=utf-8");
            try (var out = new OutputStreamWriter(download.getOutputStream(), StandardCharsets.UTF_8)) {
                ReportCsv.write(out, shown.details().timeZone(), sink -> reports.forEachConnection(account.get(), shown.id(), sink));
            }
        };
    }

    // Numbers as the page writes them

    static String number(int value) {
        return Charts.number(value);
    }

    /** "Showing the 200 most connected of 1,234 people.", or all of them when they fit. */
    static String caption(int shown, int of) {
        if (shown < of) {
            return "Showing the " + number(shown) + " most connected of " + people(of) + ".";
        }
        return (shown == 1 ? "Showing the " : "Showing all ") + people(shown) + " who made a connection.";
    }

    /** 0.6667 → "67%". */
    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    /** 2.67 → "2.7". */
    static String average(double value) {
        return String.format(Locale.ENGLISH, "%.1f", value);
    }

    static String plural(int count, String noun) {
        return number(count) + " " + noun + (count == 1 ? "" : "s");
    }

    static String people(int count) {
        return number(count) + (count == 1 ? " person" : " people");
    }
}
