package org.mingle.web.events;

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
            case DRAFT -> "Draft";
            case PUBLISHED -> "Published";
            case COMPLETED -> "Completed";
            case CANCELLED -> "Cancelled";
        };
    }

    public static String role(EventRole role) {
        return switch (role) {
            case OWNER -> "Owner";
            case CO_ORGANIZER -> "Co-organizer";
            case CHECKIN_STAFF -> "Check-in staff";
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
        String taken = event.confirmedCount() + " of " + capacity + (capacity == 1 ? " seat" : " seats") + " taken";
        String full = event.confirmedCount() >= capacity ? "Full: " : "";
        String waiting = event.waitlistCount() > 0 ? ", " + event.waitlistCount() + " on the waitlist" : "";
        return full + taken + waiting;
    }

    public static Span roleBadge(EventRole role) {
        var badge = new Span(role(role));
        badge.getElement().getThemeList().addAll(role == EventRole.OWNER ? List.of("badge", "primary")
                : List.of("badge"));
        return badge;
    }
}
