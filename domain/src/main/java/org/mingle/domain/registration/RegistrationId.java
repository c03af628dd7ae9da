package org.mingle.domain.registration;

import java.util.Objects;
import java.util.UUID;

/** Identifies a registration. */
public record RegistrationId(UUID value) {

    public RegistrationId {
        Objects.requireNonNull(value, "value");
    }

    /** Reads an id from a URL; text that is no id names no registration. */
    public static RegistrationId fromString(String text) {
        try {
            return new RegistrationId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            throw new RegistrationNotFoundException();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
