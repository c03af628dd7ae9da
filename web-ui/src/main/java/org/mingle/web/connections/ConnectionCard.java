package org.mingle.web.connections;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.mingle.domain.connections.ConnectionId;
import org.mingle.domain.connections.FollowUp;
import org.mingle.domain.connections.MyConnection;
import org.mingle.domain.connections.PrivateNotes;
import org.mingle.web.profiles.Faces;

/**
 * One connection on "My network": the face, name and headline, where and when the two met, the reminder (marked when
 * due), the follow-up, the outcome, the tags and the start of the note. It opens the notes by click, Enter or Space.
 */
class ConnectionCard extends Div {

    ConnectionCard(MyConnection connection, LocalDate today, ZoneId zone, Faces faces, Consumer<ConnectionId> open) {
        String cid = "connection-" + connection.id();
        var other = connection.other();
        PrivateNotes notes = connection.notes();
        boolean due = notes.dueOn(today);

        var name = new Span(other.displayName());
        name.setId(cid + "-name");
        name.addClassName("event-card-title");
        add(faces.small(other.accountId(), other.displayName()), name);
        setId(cid);
        addClassNames("event-card", "connection-card");
        setClassName("connection-card-due", due);
        getElement().setAttribute("data-connection-id", connection.id().toString());
        getElement().setAttribute("data-account-id", other.accountId().toString());
        getElement().setAttribute("data-due", Boolean.toString(due));
        getElement().setAttribute("role", "button");
        getElement().setAttribute("tabindex", "0");
        if (other.headline() != null && !other.headline().isBlank()) {
            var headline = new Span(other.headline());
            headline.setId(cid + "-headline");
            headline.addClassName("person-card-headline");
            add(headline);
        }
        var met = new Span(getTranslation("network.card.met", connection.eventTitle(),
                ConnectionLabels.day(connection.connectedAt(), zone)));
        met.setId(cid + "-met");
        met.addClassName("event-card-when");
        add(met);

        var badges = new Div();
        badges.setId(cid + "-badges");
        badges.addClassName("event-card-badges");
        if (due) {
            var marker = new Span(getTranslation("network.card.due", ConnectionLabels.day(notes.remindAt())));
            marker.setId(cid + "-due");
            marker.getElement().getThemeList().add("badge error primary");
            marker.addClassName("connection-due");
            badges.add(marker);
        } else if (notes.remindAt() != null && notes.followUp() != FollowUp.DONE) {
            var reminder = new Span(getTranslation("network.card.reminder", ConnectionLabels.day(notes.remindAt())));
            reminder.setId(cid + "-reminder");
            reminder.getElement().getThemeList().add("badge contrast");
            badges.add(reminder);
        }
        if (notes.followUp() != FollowUp.NONE) {
            var followUp = ConnectionLabels.followUpBadge(notes.followUp());
            followUp.setId(cid + "-follow-up");
            badges.add(followUp);
        }
        if (notes.outcome() != null) {
            var outcome = new Span(ConnectionLabels.outcome(notes.outcome()));
            outcome.setId(cid + "-outcome");
            outcome.getElement().getThemeList().add("badge success");
            badges.add(outcome);
        }
        if (badges.getComponentCount() > 0) {
            add(badges);
        }
        if (!notes.tags().isEmpty()) {
            var chips = new Div();
            chips.setId(cid + "-tags");
            chips.addClassName("chips");
            for (String tag : notes.tags()) {
                var chip = new Span(tag);
                chip.getElement().getThemeList().add("badge pill");
                chip.addClassName("chip");
                chips.add(chip);
            }
            add(chips);
        }
        if (notes.note() != null) {
            var note = new Span(preview(notes.note()));
            note.setId(cid + "-note");
            note.addClassNames("connection-note-preview", LumoUtility.FontSize.SMALL);
            add(note);
        }
        addClickListener(click -> open.accept(connection.id()));
        getElement().addEventListener("keydown", key -> open.accept(connection.id()))
                .setFilter("event.key === 'Enter' || event.key === ' '")
                .preventDefault();
    }

    private static String preview(String note) {
        String line = note.replace('\n', ' ');
        return line.length() <= 140 ? line : line.substring(0, 139) + "\u2026";
    }
}
