package org.mingle.domain.meetings;

import java.time.Instant;
import java.util.Objects;

/** A stretch of time for one meeting: from its start (inclusive) to its end (exclusive). */
public record Slot(Instant startsAt, Instant endsAt) implements Comparable<Slot> {

    public Slot {
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("a slot ends after it starts");
        }
    }

    public boolean overlaps(Slot other) {
        return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
    }

    @Override
    public int compareTo(Slot other) {
        int byStart = startsAt.compareTo(other.startsAt);
        return byStart != 0 ? byStart : endsAt.compareTo(other.endsAt);
    }
}
