package org.mingle.web.reports;

import static org.mingle.web.shell.Translations.translate;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.mingle.domain.reports.HeldMeetingFigures;

/** The report's section on booked meetings: how many took place, how many were no-shows, and the share held. */
class HeldMeetingsSection extends Section {

    HeldMeetingsSection() {
        setId("report-held");
        addClassNames("report-section", "report-held");
    }

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
        tiles.addClassNames("stat-tiles", "report-figures");
        add(heading, note, tiles);
    }
}
