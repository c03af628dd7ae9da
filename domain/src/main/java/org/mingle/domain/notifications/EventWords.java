package org.mingle.domain.notifications;

import java.time.Instant;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventHeadline;
import org.mingle.domain.events.EventId;
import org.mingle.domain.mail.Words;

/** How notifications name an event's time and place: in the event's own time zone, as people will live it. */
final class EventWords {

    private EventWords() {
    }

    /** "Thursday 10 December 2026, 18:30 (Europe/Berlin) at Factory Berlin", in the reader's language. */
    static Words whenAndWhere(EventHeadline event) {
        var when = Words.when(event.localStart());
        String zone = event.timeZone().getId();
        return event.venue().isBlank() ? Words.of("event.when", when, zone)
                : Words.of("event.whenAndWhere", when, zone, event.venue());
    }

    static Words whenAndWhere(Event event) {
        return whenAndWhere(EventHeadline.of(event));
    }

    /** "Thursday 10 December 2026, 18:40 (Europe/Berlin)": a moment of the event, in its zone. */
    static Words at(Event event, Instant moment) {
        var zone = EventHeadline.of(event).timeZone();
        return Words.of("event.when", Words.when(moment.atZone(zone)), zone.getId());
    }

    /** "18:40": the time of day of a moment of the event, in its zone. */
    static Words timeOfDay(Event event, Instant moment) {
        return Words.timeOfDay(moment.atZone(EventHeadline.of(event).timeZone()));
    }

    static String eventPath(EventId event) {
        return "/events/" + event;
    }
}
