package org.mingle.domain.events;

import java.time.Instant;
import java.util.Objects;

/** An event of the same group or series that started before another one: where its people may have met already. */
public record EarlierEvent(EventId id, String title, Instant startsAt) {

    public EarlierEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(startsAt, "startsAt");
    }
}
