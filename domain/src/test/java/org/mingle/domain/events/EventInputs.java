package org.mingle.domain.events;

import java.time.Duration;
import java.time.Instant;

/** Valid event input to vary in tests. */
public final class EventInputs {

    private EventInputs() {
    }

    public static EventInput valid(String title, Instant startsAt) {
        return new EventInput(title, "Founders and engineers meet over coffee.", startsAt,
                startsAt.plus(Duration.ofHours(3)), "Europe/Berlin", "Factory Berlin", 120, null, false, 0.5);
    }
}
