package org.mingle.domain.connections;

import java.time.Instant;
import java.util.Objects;
import org.mingle.domain.events.EventId;
import org.mingle.domain.profiles.ProfileView;

/**
 * A connection in its owner's network: the other person as they let the owner see them, where and when they met, and
 * the owner's private notes.
 */
public record MyConnection(ConnectionId id, EventId eventId, String eventTitle, ProfileView other,
                           Instant connectedAt, ConnectionSource source, PrivateNotes notes) {

    public MyConnection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(other, "other");
        Objects.requireNonNull(notes, "notes");
    }
}
