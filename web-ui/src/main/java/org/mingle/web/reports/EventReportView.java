package org.mingle.web.reports;

import static org.mingle.web.shell.Translations.plural;
import static org.mingle.web.shell.Translations.translate;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
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
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventAccess;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.profiles.ProfilePhotoService;
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
import org.mingle.web.shell.Formats;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;

/**
 * What an event achieved, for its organizers: the headline figures as cards, the attendance funnel, the connections
 * per attendee, the top and the connecting interests as charts, the booked meetings that took place
 * ({@link HeldMeetingsSection}), the outcomes attendees reported (as anonymous counts), and the network of who met
 * whom, coloured by industry. Charts are SVG drawn on the server ({@link Charts},
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
    private final Anchor csv = new Anchor(csvHandler(), AttachmentType.DOWNLOAD,
            getTranslation("reports.event.csv"));
    private final Button print = new Button(getTranslation("reports.event.print"), VaadinIcon.PRINT.create());
    private final Div figures = new Div();
    private final Div charts = new Div();
    private final Section outcomes = new Section();
    private final HeldMeetingsSection heldMeetings = new HeldMeetingsSection();
    private final NetworkSection network;
    private final RequestFiguresSection requestFigures = new RequestFiguresSection("report-requests");

    private Event event;

    EventReportView(EventService events, ReportService reports, ProfilePhotoService photos, CurrentUser currentUser,
                    Clock clock) {
        this.events = events;
        this.network = new NetworkSection(photos);
        this.reports = reports;
        this.currentUser = currentUser;
        this.clock = clock;
        setId("report-page");
        addClassNames("page", "report-page");
        setPadding(true);

        var heading = new H1(getTranslation("reports.event.heading"));
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

        add(heading, dashboardLink, eventLine, actions, soFar, figures, requestFigures, charts, heldMeetings, outcomes,
                network);
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
        return (event == null ? getTranslation("reports.event.title")
                : getTranslation("reports.event.title-of", event.title())) + " · Mingle";
    }

    private void show(Event shown, EventReport report, NetworkPicture picture) {
        event = shown;
        TeamPages.linkToDashboard(dashboardLink, shown);
        eventLine.setText(shown.title() + " · " + EventTimes.span(shown));
        boolean done = shown.status() == EventStatus.COMPLETED || shown.status() == EventStatus.CANCELLED;
        boolean notStarted = !done && notStarted(shown, report);
        soFar.setText(notStarted ? getTranslation("reports.event.not-started", EventTimes.start(shown))
                : getTranslation("reports.event.so-far"));
        soFar.setVisible(!done);

        showFigures(report.funnel(), report.networking(), notStarted);
        charts.setVisible(!notStarted);
        outcomes.setVisible(!notStarted);
        heldMeetings.setVisible(!notStarted);
        network.setVisible(!notStarted);
        requestFigures.setVisible(!notStarted);
        if (!notStarted) {
            requestFigures.show(report.requests());
            showCharts(report);
            showOutcomes(report.outcomes());
            heldMeetings.show(report.heldMeetings());
            network.show(currentUser.require(), picture);
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
            figures.add(registered(funnel));
            return;
        }
        figures.add(
                registered(funnel),
                figure("checked-in", translate("reports.figure.checked-in"), number(funnel.checkedIn()),
                        translate("reports.figure.checked-in-detail", funnel.confirmed())),
                figure("connections", translate("reports.figure.connections"), number(n.connections()), null),
                figure("connected-share", translate("reports.figure.connected-share"),
                        percent(n.shareWithConnection()), translate("reports.figure.connected-share-detail",
                                n.attendeesWithConnection(), people(n.attendees()))),
                figure("average", translate("reports.figure.average"), average(n.averagePerAttendee()),
                        translate("reports.figure.average-detail")),
                figure("cross-industry", translate("reports.figure.cross-industry"),
                        percent(n.crossIndustryShare()), plural("reports.figure.cross-industry-detail",
                                n.crossIndustry())),
                figure("first-timers", translate("reports.figure.first-timers"),
                        number(n.firstTimersWithConnection()),
                        translate("reports.figure.first-timers-detail", n.firstTimers())),
                figure("requests", translate("reports.figure.requests"), number(n.requestsSent()),
                        translate("reports.figure.requests-detail", n.requestsAccepted())),
                figure("recommended", translate("reports.figure.recommended"), number(n.recommendedConnections()),
                        translate("reports.figure.recommended-detail")),
                figure("round-pairs", translate("reports.figure.round-pairs"), number(n.roundPairsConnected()),
                        plural("reports.figure.round-pairs-detail", n.roundPairs())));
    }

    private static Div registered(EventReport.Funnel funnel) {
        return figure("registered", translate("reports.figure.registered"), number(funnel.registered()),
                translate("reports.figure.registered-detail", funnel.confirmed()));
    }

    static Div figure(String key, String label, String value, String detail) {
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
        charts.add(chart("chart-funnel", translate("reports.chart.attendance"),
                Charts.horizontalBars("chart-funnel-svg", translate("reports.chart.funnel"),
                        translate("reports.chart.funnel-description"), Charts.funnel(report.funnel())), null));
        String degrees = translate("reports.chart.degrees");
        charts.add(chart("chart-degrees", degrees,
                Charts.columns("chart-degrees-svg", degrees, translate("reports.chart.degrees-description"),
                        translate("reports.chart.degrees-axis"), Charts.degrees(report.degreeDistribution())), null));
        String top = translate("reports.chart.top-interests");
        charts.add(chart("chart-top-interests", top,
                report.topInterests().isEmpty() ? null : Charts.horizontalBars("chart-top-interests-svg", top,
                        translate("reports.chart.top-interests-description"),
                        Charts.interests(report.topInterests())),
                translate("reports.chart.top-interests-empty")));
        String connecting = translate("reports.chart.connecting-interests");
        charts.add(chart("chart-connecting-interests", connecting,
                report.connectingInterests().isEmpty() ? null : Charts.horizontalBars(
                        "chart-connecting-interests-svg", connecting,
                        translate("reports.chart.connecting-interests-description"),
                        Charts.interests(report.connectingInterests())),
                translate("reports.chart.connecting-interests-empty")));
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
        var heading = new H3(translate("reports.outcomes.heading"));
        heading.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.LARGE);
        var note = new Paragraph(translate("reports.outcomes.note"));
        note.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);

        var table = new NativeTable();
        table.setId("outcomes-table");
        table.addClassName("report-table");
        var head = table.getHead().addRow();
        head.addHeaderCell().setText(translate("reports.outcomes.outcome"));
        var countHeader = head.addHeaderCell();
        countHeader.setText(translate("reports.outcomes.connections"));
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
            cell.setText(count.fewerThanThree() ? translate("reports.outcomes.fewer-than-three")
                    : number(count.count()));
        }
        outcomes.add(heading, note, table);
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

    /** 0.6667 → "67%" ("67 %" in German). */
    static String percent(double share) {
        return NumberFormat.getPercentInstance(Formats.locale()).format(Math.round(share * 100) / 100.0);
    }

    /** 2.67 → "2.7" ("2,7" in German). */
    static String average(double value) {
        return String.format(Formats.locale(), "%.1f", value);
    }

    static String people(int count) {
        return plural("reports.count.people", count);
    }
}
