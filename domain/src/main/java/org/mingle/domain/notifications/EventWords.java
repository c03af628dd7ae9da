package org.mingle.domain.notifications;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventHeadline;
import org.mingle.domain.events.EventId;
import org.mingle.domain.mail.Words;

/** How notifications name an event's time and place: in the event's own time zone, as people will live it. */
final class EventWords {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm",
            Locale.ENGLISH);

    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

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

    /** "Thursday 10 December 2026, 18:40 (Europe/Berlin)": a moment of the event, in its zone. */
    static String at(Event event, Instant moment) {
        var zone = EventHeadline.of(event).timeZone();
        return WHEN.format(moment.atZone(zone)) + " (" + zone.getId() + ")";
    }

    /** "18:40": the time of day of a moment of the event, in its zone. */
    static String timeOfDay(Event event, Instant moment) {
        return TIME_OF_DAY.format(moment.atZone(EventHeadline.of(event).timeZone()));
    }

    /** {@link #whenAndWhere(EventHeadline)} in the reader's language. */
    static Words whenAndWhereWords(EventHeadline event) {
        var when = Words.when(event.localStart());
        String zone = event.timeZone().getId();
        return event.venue().isBlank() ? Words.of("event.when", when, zone)
                : Words.of("event.whenAndWhere", when, zone, event.venue());
    }

    static Words whenAndWhereWords(Event event) {
        return whenAndWhereWords(EventHeadline.of(event));
    }

    /** {@link #at} in the reader's language. */
    static Words atWords(Event event, Instant moment) {
        var zone = EventHeadline.of(event).timeZone();
        return Words.of("event.when", Words.when(moment.atZone(zone)), zone.getId());
    }

    /** {@link #timeOfDay} in the reader's language. */
    static Words timeOfDayWords(Event event, Instant moment) {
        return Words.timeOfDay(moment.atZone(EventHeadline.of(event).timeZone()));
    }

    static String eventPath(EventId event) {
        return "/events/" + event;
    }
}
