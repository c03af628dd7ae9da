package org.mingle.domain.events;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/** What a notice about an event names: its title, start in its own time zone, and venue. */
public record EventHeadline(String title, Instant startsAt, ZoneId timeZone, String venue) {

    public EventHeadline {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(venue, "venue");
    }

    public static EventHeadline of(Event event) {
        return new EventHeadline(event.title(), event.details().startsAt(), event.details().timeZone(),
                event.details().venue());
    }

    public ZonedDateTime localStart() {
        return startsAt.atZone(timeZone);
    }
}
