package org.mingle.web.connections;

import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.mingle.domain.connections.FollowUp;
import org.mingle.domain.connections.Outcome;

/** How follow-ups, outcomes and the dates of a network read on the page. */
public final class ConnectionLabels {

    /** "12 Dec 2026": a day, without the weekday, for cards and reminders. */
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private ConnectionLabels() {
    }

    public static String followUp(FollowUp followUp) {
        return switch (followUp) {
            case NONE -> "No follow-up";
            case TO_CONTACT -> "To contact";
            case CONTACTED -> "Contacted";
            case MEETING_BOOKED -> "Meeting booked";
            case DONE -> "Done";
        };
    }

    public static String outcome(Outcome outcome) {
        return switch (outcome) {
            case JOB -> "A job";
            case CLIENT -> "A client";
            case MENTOR -> "A mentor";
            case COLLABORATION -> "A collaboration";
            case INVESTMENT -> "An investment";
            case FRIENDSHIP -> "A friendship";
            case OTHER -> "Something else";
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
        return DAY.format(date);
    }

    static String day(Instant instant, ZoneId zone) {
        return DAY.format(instant.atZone(zone));
    }
}
