package org.mingle.domain.events;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies an invitation to an event's team. */
public record TeamInvitationId(UUID value) {

    public TeamInvitationId {
        Objects.requireNonNull(value, "value");
    }

    public static TeamInvitationId newId() {
        return new TeamInvitationId(UUID.randomUUID());
    }

    /** Reads an id as it appears in a URL; empty for text that is no id. */
    public static Optional<TeamInvitationId> parse(String text) {
        try {
            return Optional.of(new TeamInvitationId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
