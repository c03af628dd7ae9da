package org.mingle.web.connections;

import static org.mingle.web.shell.Translations.translate;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.mingle.domain.connections.FollowUp;
import org.mingle.domain.connections.Outcome;
import org.mingle.web.shell.Formats;

/** How follow-ups, outcomes and the dates of a network read on the page. */
public final class ConnectionLabels {

    /** "12 Dec 2026": a day, without the weekday, for cards and reminders; when no page is at hand. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private ConnectionLabels() {
    }

    public static String followUp(FollowUp followUp) {
        return switch (followUp) {
            case NONE -> translate("connections.follow-up.none");
            case TO_CONTACT -> translate("connections.follow-up.to-contact");
            case CONTACTED -> translate("connections.follow-up.contacted");
            case MEETING_BOOKED -> translate("connections.follow-up.meeting-booked");
            case DONE -> translate("connections.follow-up.done");
        };
    }

    public static String outcome(Outcome outcome) {
        return switch (outcome) {
            case JOB -> translate("connections.outcome.job");
            case CLIENT -> translate("connections.outcome.client");
            case MENTOR -> translate("connections.outcome.mentor");
            case COLLABORATION -> translate("connections.outcome.collaboration");
            case INVESTMENT -> translate("connections.outcome.investment");
            case FRIENDSHIP -> translate("connections.outcome.friendship");
            case OTHER -> translate("connections.outcome.something-else");
        };
    }

    /** A follow-up as a badge: to do in the primary colour, done in green, the steps between neutral. */
    static Span followUpBadge(FollowUp followUp) {
        var badge = new Span(followUp(followUp));
        badge.getElement().getThemeList().add(switch (followUp) {
            case TO_CONTACT -> "badge";
            case DONE -> "badge success";
            default -> "badge contrast";
        });
        badge.getElement().setAttribute("data-follow-up", followUp.name());
        return badge;
    }

    static String day(LocalDate date) {
        return dayFormat().format(date);
    }

    static String day(Instant instant, ZoneId zone) {
        return dayFormat().format(instant.atZone(zone));
    }

    /** A day the page's language's way: {@code 12 Dec 2026}, {@code 12. Dez. 2026}. */
    private static DateTimeFormatter dayFormat() {
        UI ui = UI.getCurrent();
        return ui == null ? DAY : DateTimeFormatter.ofPattern(ui.getTranslation("format.day"), Formats.locale());
    }
}
