package org.mingle.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a person's Mingle account. */
public record AccountId(UUID value) {

    public AccountId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
