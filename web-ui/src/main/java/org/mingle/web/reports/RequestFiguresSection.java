package org.mingle.web.reports;

import static org.mingle.web.shell.Translations.translate;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Duration;
import java.util.List;
import org.mingle.domain.meetings.RequestFigures;
import org.mingle.domain.reports.GroupReport;

/**
 * How meeting requests fared, as a report section (decision 56): how many were sent, the share of answered ones that
 * were accepted, the median time to an answer and how many expired unanswered; for a group, each event's too.
 */
class RequestFiguresSection extends Section {

    private final String id;

    RequestFiguresSection(String id) {
        this.id = id;
        setId(id);
        addClassNames("report-section", "report-requests");
    }

    /** The figures of one event, or of all a group's events together. */
    void show(RequestFigures figures) {
        removeAll();
        var heading = new H3(translate("reports.requests.heading"));
        heading.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.LARGE);
        var tiles = new Div(
                tile("sent", translate("reports.requests.sent"), Charts.number(figures.sent()), null),
                tile("acceptance", translate("reports.requests.acceptance"),
                        figures.answered() == 0 ? "–" : EventReportView.percent(figures.acceptanceRate()),
                        translate("reports.requests.acceptance-detail", figures.accepted(), figures.answered())),
                tile("median", translate("reports.requests.median"), duration(figures.medianTimeToAnswer()),
                        translate(figures.answered() == 0 ? "reports.requests.median-none"
                                : "reports.requests.median-detail")),
                tile("expired", translate("reports.requests.expired"), Charts.number(figures.expired()),
                        translate("reports.requests.expired-detail")));
        tiles.setId(id + "-tiles");
        tiles.addClassNames("stat-tiles", "report-figures");
        add(heading, tiles);
    }

    /** For a group: a row for each of its events, in the order they took place. */
    void showEach(List<GroupReport.EventFigures> events, RequestFigures.Across figures) {
        var table = new NativeTable();
        table.setId(id + "-by-event");
        table.addClassName("report-table");
        var head = table.getHead().addRow();
        head.addHeaderCell().setText(translate("reports.requests.event"));
        for (String column : List.of("reports.requests.sent", "reports.requests.acceptance", "reports.requests.median",
                "reports.requests.expired")) {
            var cell = head.addHeaderCell();
            cell.setText(translate(column));
            cell.addClassName("report-number");
        }
        for (GroupReport.EventFigures event : events) {
            RequestFigures of = figures.of(event.eventId());
            var row = table.getBody().addRow();
            row.setId(id + "-" + event.eventId());
            row.addDataCell().setText(event.title());
            for (String value : List.of(Charts.number(of.sent()),
                    of.answered() == 0 ? "–" : EventReportView.percent(of.acceptanceRate()),
                    duration(of.medianTimeToAnswer()), Charts.number(of.expired()))) {
                var cell = row.addDataCell();
                cell.setText(value);
                cell.addClassName("report-number");
            }
        }
        var note = new Paragraph(translate("reports.requests.note"));
        note.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        add(table, note);
    }

    private Div tile(String key, String label, String value, String detail) {
        var valueText = new Span(value);
        valueText.setId(id + "-" + key + "-value");
        valueText.addClassName("stat-value");
        var labelText = new Span(label);
        labelText.addClassName("report-figure-label");
        var card = new Div(valueText, labelText);
        card.setId(id + "-" + key);
        card.addClassNames("stat-tile", "report-figure");
        if (detail != null) {
            var detailText = new Span(detail);
            detailText.setId(id + "-" + key + "-detail");
            detailText.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            card.add(detailText);
        }
        return card;
    }

    /** 3 h 20 min, 45 min, under a minute; a dash while nothing was answered. */
    static String duration(Duration time) {
        if (time == null) {
            return "–";
        }
        long minutes = Math.round(time.toSeconds() / 60.0);
        if (minutes < 1) {
            return translate("reports.requests.under-a-minute");
        }
        return minutes < 60 ? translate("reports.requests.minutes", minutes)
                : translate("reports.requests.hours", minutes / 60, minutes % 60);
    }
}
