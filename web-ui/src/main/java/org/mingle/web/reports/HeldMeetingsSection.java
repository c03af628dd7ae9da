package org.mingle.web.reports;

import static org.mingle.web.shell.Translations.translate;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.mingle.domain.reports.GroupReport;
import org.mingle.domain.reports.HeldMeetingFigures;

/**
 * The report's section on booked meetings: how many took place, how many were no-shows, and the share held; for a
 * group, each event's too.
 */
class HeldMeetingsSection extends Section {

    private final String id;

    /** The event report's section. */
    HeldMeetingsSection() {
        this("report-held");
    }

    HeldMeetingsSection(String id) {
        this.id = id;
        setId(id);
        addClassNames("report-section", "report-held");
    }

    /** The figures of one event, or of all a group's events together. */
    void show(HeldMeetingFigures figures) {
        removeAll();
        var heading = new H3(translate("reports.held.heading"));
        heading.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.LARGE);
        var note = new Paragraph(translate("reports.held.note"));
        note.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        var tiles = new Div(
                EventReportView.figure("held", translate("reports.held.held"),
                        EventReportView.number(figures.held()), null),
                EventReportView.figure("no-shows", translate("reports.held.no-shows"),
                        EventReportView.number(figures.noShows()), null),
                EventReportView.figure("held-share", translate("reports.held.share"),
                        EventReportView.percent(figures.heldShare()),
                        translate("reports.held.share-detail", EventReportView.number(figures.ended()))));
        tiles.setId(id + "-tiles");
        tiles.addClassNames("stat-tiles", "report-figures");
        add(heading, note, tiles);
    }

    /** For a group: a row for each of its events, in the order they took place. */
    void showEach(List<GroupReport.EventFigures> events, HeldMeetingFigures.Across figures) {
        var table = new NativeTable();
        table.setId(id + "-by-event");
        table.addClassName("report-table");
        var head = table.getHead().addRow();
        head.addHeaderCell().setText(translate("reports.requests.event"));
        for (String column : List.of("reports.held.held", "reports.held.no-shows", "reports.held.share")) {
            var cell = head.addHeaderCell();
            cell.setText(translate(column));
            cell.addClassName("report-number");
        }
        for (GroupReport.EventFigures event : events) {
            HeldMeetingFigures of = figures.of(event.eventId());
            var row = table.getBody().addRow();
            row.setId(id + "-" + event.eventId());
            row.addDataCell().setText(event.title());
            for (String value : List.of(EventReportView.number(of.held()), EventReportView.number(of.noShows()),
                    of.ended() == 0 ? "–" : EventReportView.percent(of.heldShare()))) {
                var cell = row.addDataCell();
                cell.setText(value);
                cell.addClassName("report-number");
            }
        }
        add(table);
    }
}
