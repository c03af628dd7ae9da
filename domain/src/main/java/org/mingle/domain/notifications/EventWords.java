package org.mingle.domain.notifications;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventHeadline;
import org.mingle.domain.events.EventId;

/** How notifications name an event's time and place: in the event's own time zone, as people will live it. */
final class EventWords {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm",
            Locale.ENGLISH);

    private EventWords() {
    }

    /** "Thursday 10 December 2026, 18:30 (Europe/Berlin) at Factory Berlin". */
    static String whenAndWhere(Event event) {
        return whenAndWhere(EventHeadline.of(event));
    }

    static String whenAndWhere(EventHeadline event) {
        String when = WHEN.format(event.localStart()) + " (" + event.timeZone().getId() + ")";
        String venue = event.venue().isBlank() ? "" : " at " + event.venue();
        return when + venue;
    }

    static String eventPath(EventId event) {
        return "/events/" + event;
    }
}
