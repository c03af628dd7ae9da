package org.mingle.domain.publicprofiles;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventId;

/** One event on a public record: what a visitor may know of an event anyone can see. */
public record RecordEvent(EventId id, String title, Instant startsAt, ZoneId timeZone, String city, boolean online) {

    public RecordEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(timeZone, "timeZone");
        city = Objects.requireNonNullElse(city, "");
    }

    static RecordEvent of(Event event) {
        return new RecordEvent(event.id(), event.title(), event.details().startsAt(), event.details().timeZone(),
                event.details().city(), event.details().online());
    }
}
