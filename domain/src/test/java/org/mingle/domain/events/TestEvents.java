package org.mingle.domain.events;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.mingle.domain.shared.AccountId;

/** Published events for tests of the features that happen at an event. */
public final class TestEvents {

    private TestEvents() {
    }

    public static EventId published(EventService events, AccountId organizer, int maxPendingRequests,
                                    boolean excludeSameCompany) {
        var start = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.MINUTES);
        var event = events.create(organizer, new EventInput("Founders meet investors", "", start,
                start.plus(Duration.ofHours(3)), "Europe/Lisbon", "Hub", 500, null, false, 0.5, excludeSameCompany,
                maxPendingRequests));
        return events.publish(organizer, event.id()).id();
    }
}
