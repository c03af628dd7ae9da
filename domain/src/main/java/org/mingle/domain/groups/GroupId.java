package org.mingle.domain.groups;

import java.util.Objects;
import java.util.UUID;

/** Identifies a group. */
public record GroupId(UUID value) {

    public GroupId {
        Objects.requireNonNull(value, "value");
    }

    public static GroupId newId() {
        return new GroupId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
