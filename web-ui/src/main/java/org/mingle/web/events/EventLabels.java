package org.mingle.web.events;

import static org.mingle.web.shell.Translations.translate;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.events.EventStatus;

/** How the UI names an event's status and a person's role at an event, as words and as Lumo badges. */
public final class EventLabels {

    private EventLabels() {
    }

    public static String status(EventStatus status) {
        return switch (status) {
            case DRAFT -> translate("events.status.draft");
            case PUBLISHED -> translate("events.status.published");
            case COMPLETED -> translate("events.status.completed");
            case CANCELLED -> translate("events.status.cancelled");
        };
    }

    public static String role(EventRole role) {
        return switch (role) {
            case OWNER -> translate("events.role.owner");
            case CO_ORGANIZER -> translate("events.role.co-organizer");
            case CHECKIN_STAFF -> translate("events.role.checkin-staff");
        };
    }

    /** Shows the status on a badge: a draft in grey, a published event in green. */
    public static void statusBadge(Span badge, EventStatus status) {
        badge.setText(status(status));
        badge.getElement().getThemeList().clear();
        badge.getElement().getThemeList().addAll(switch (status) {
            case DRAFT -> List.of("badge", "contrast");
            case PUBLISHED -> List.of("badge", "success");
            case COMPLETED -> List.of("badge");
            case CANCELLED -> List.of("badge", "error");
        });
    }

    /** Sign-ups against capacity: "12 of 40 seats taken", "Full: 40 of 40 seats taken, 3 on the waitlist". */
    public static String seats(Event event) {
        int capacity = event.details().capacity();
        String taken = translate(capacity == 1 ? "events.seats.taken.one" : "events.seats.taken.other",
                event.confirmedCount(), capacity);
        String full = event.confirmedCount() >= capacity ? translate("events.seats.full", taken) : taken;
        return event.waitlistCount() > 0 ? translate("events.seats.waiting", full, event.waitlistCount()) : full;
    }

    /** The role inside a sentence: "as co-organizer". */
    public static String roleInWords(EventRole role) {
        return switch (role) {
            case OWNER -> translate("events.role.in-words.owner");
            case CO_ORGANIZER -> translate("events.role.in-words.co-organizer");
            case CHECKIN_STAFF -> translate("events.role.in-words.checkin-staff");
        };
    }

    public static Span roleBadge(EventRole role) {
        var badge = new Span(role(role));
        badge.getElement().getThemeList().addAll(role == EventRole.OWNER ? List.of("badge", "primary")
                : List.of("badge"));
        return badge;
    }
}
