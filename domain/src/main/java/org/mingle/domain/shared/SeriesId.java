package org.mingle.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a series: the events a group creates from one recurrence rule. */
public record SeriesId(UUID value) {

    public SeriesId {
        Objects.requireNonNull(value, "value");
    }

    public static SeriesId newId() {
        return new SeriesId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
