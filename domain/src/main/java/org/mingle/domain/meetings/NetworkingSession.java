package org.mingle.domain.meetings;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mingle.domain.events.EventId;

/**
 * A stretch of an event set aside for one-to-one meetings, cut into slots of the same length from its start; time
 * left at the end that is shorter than a slot is not used.
 */
public record NetworkingSession(NetworkingSessionId id, EventId eventId, String name, Instant startsAt,
                                Instant endsAt, int slotMinutes) {

    public NetworkingSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        if (slotMinutes < 1) {
            throw new IllegalArgumentException("a slot lasts at least a minute");
        }
    }

    public List<Slot> slots() {
        Duration length = Duration.ofMinutes(slotMinutes);
        List<Slot> slots = new ArrayList<>();
        for (Instant start = startsAt; !start.plus(length).isAfter(endsAt); start = start.plus(length)) {
            slots.add(new Slot(start, start.plus(length)));
        }
        return slots;
    }

    public boolean overlaps(Instant otherStart, Instant otherEnd) {
        return startsAt.isBefore(otherEnd) && otherStart.isBefore(endsAt);
    }
}
