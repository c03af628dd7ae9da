package org.mingle.domain.endorsements;

import java.util.Objects;
import java.util.UUID;

/** Identifies an endorsement. */
public record EndorsementId(UUID value) {

    public EndorsementId {
        Objects.requireNonNull(value, "value");
    }

    public static EndorsementId newId() {
        return new EndorsementId(UUID.randomUUID());
    }

    /** Reads an id as it appears in a URL; text that is no id names nothing, so it is refused as not found. */
    public static EndorsementId fromString(String text) {
        try {
            return new EndorsementId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            throw new EndorsementNotFoundException();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
