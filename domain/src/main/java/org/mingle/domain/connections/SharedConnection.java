package org.mingle.domain.connections;

import java.time.Instant;
import java.util.Objects;
import org.mingle.domain.events.EventId;

/**
 * One event where the owner connected with a given person, with the owner's private notes on it, for the timeline of
 * that contact.
 *
 * @param notesChangedAt when the owner last changed the notes (or kept the connection, when they never did)
 */
public record SharedConnection(ConnectionId id, EventId eventId, Instant connectedAt, ConnectionSource source,
                               PrivateNotes notes, Instant notesChangedAt) {

    public SharedConnection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(connectedAt, "connectedAt");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(notesChangedAt, "notesChangedAt");
    }
}
