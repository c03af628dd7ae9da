package org.mingle.web.events;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.mingle.domain.events.Event;
import org.mingle.web.shell.Formats;

/**
 * How the UI writes an event's times: in the event's own time zone (where people will be), and, for a viewer
 * elsewhere, in the viewer's zone too; the page's language decides how ({@link Formats}).
 */
public final class EventTimes {

    private EventTimes() {
    }

    /** For example {@code Thu 3 Dec 2026, 18:30}, in the event's zone. */
    public static String start(Event event) {
        return Formats.dayAndTime().format(event.localStart());
    }

    /** For example {@code Thu 3 Dec 2026, 18:30 – 21:00 (Europe/Berlin)}. */
    public static String span(Event event) {
        return span(event.details().startsAt(), event.details().endsAt(), event.details().timeZone());
    }

    /**
     * The event's span in the viewer's zone, if that shows other local times than the event's own zone (the same
     * offset, as Paris for an event in Berlin, needs no second line).
     */
    public static Optional<String> spanForViewer(Event event, ZoneId viewer) {
        if (viewer == null) {
            return Optional.empty();
        }
        var details = event.details();
        boolean sameLocalTimes = details.startsAt().atZone(viewer).toLocalDateTime()
                .equals(event.localStart().toLocalDateTime())
                && details.endsAt().atZone(viewer).toLocalDateTime().equals(event.localEnd().toLocalDateTime());
        return sameLocalTimes ? Optional.empty()
                : Optional.of(span(details.startsAt(), details.endsAt(), viewer));
    }

    static String span(Instant start, Instant end, ZoneId zone) {
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        var dayAndTime = Formats.dayAndTime();
        String until = from.toLocalDate().equals(to.toLocalDate()) ? Formats.time().format(to) : dayAndTime.format(to);
        return dayAndTime.format(from) + " – " + until + " (" + zone.getId() + ")";
    }

    /** A zone id as a browser reports it ({@code Europe/Berlin}, {@code UTC}), if Java knows it. */
    public static Optional<ZoneId> zone(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (RuntimeException unknown) {
            return Optional.empty();
        }
    }
}
