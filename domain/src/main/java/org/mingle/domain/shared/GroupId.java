package org.mingle.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a group. Shared because events name their group without depending on the groups feature. */
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
