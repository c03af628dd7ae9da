package org.mingle.web.contacts;

import static org.mingle.web.shell.Translations.translate;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.mingle.domain.contacts.TimelineEntry;
import org.mingle.domain.contacts.TimelineKind;
import org.mingle.web.connections.ConnectionLabels;
import org.mingle.web.shell.Formats;

/** One moment of a contact's timeline, in the page's language: when, what, where, and the words of a note. */
final class TimelineItem {

    private TimelineItem() {
    }

    static ListItem of(TimelineEntry entry, ZoneId zone) {
        String where = entry.eventTitle() == null ? translate("contacts.timeline.an-event") : entry.eventTitle();
        var when = new Span(day().format(entry.at().atZone(zone)));
        when.addClassNames("contact-timeline-when", LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        var what = new Span(switch (entry.kind()) {
            case CONNECTED -> translate("contacts.timeline.connected", where);
            case MEETING -> entry.text() == null ? translate("contacts.timeline.meeting", where)
                    : translate("contacts.timeline.meeting-at-table", where, entry.text());
            case NOTE -> translate("contacts.timeline.note", where);
            case FOLLOW_UP -> translate("contacts.timeline.follow-up", ConnectionLabels.followUp(entry.followUp()))
                    + (entry.remindOn() == null ? ""
                    : " · " + translate("contacts.timeline.reminder", day().format(entry.remindOn())));
            case ENDORSEMENT -> translate(Boolean.TRUE.equals(entry.given()) ? "contacts.timeline.endorsement-given"
                    : "contacts.timeline.endorsement-received", where, entry.text());
        });
        what.addClassName("contact-timeline-what");
        var item = new ListItem(when, what);
        if (entry.kind() == TimelineKind.NOTE && entry.text() != null) {
            var note = new Paragraph(entry.text());
            note.addClassNames("connection-note-preview", LumoUtility.Margin.NONE);
            item.add(note);
        }
        item.addClassNames("contact-list-item", "contact-timeline-item");
        item.getElement().setAttribute("data-kind", entry.kind().name());
        return item;
    }

    private static DateTimeFormatter day() {
        UI ui = UI.getCurrent();
        return DateTimeFormatter.ofPattern(ui == null ? "d MMM yyyy" : ui.getTranslation("format.day"),
                Formats.locale());
    }
}
