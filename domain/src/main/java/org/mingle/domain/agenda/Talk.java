package org.mingle.domain.agenda;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.mingle.domain.events.EventId;

/**
 * A talk on an event's agenda.
 *
 * @param room     empty when the organizers named none
 * @param speakers in the order the organizers named them; may be empty (to be announced, or every speaker erased)
 */
public record Talk(TalkId id, EventId eventId, String title, String abstractText, Instant startsAt, Instant endsAt,
                   String room, List<Speaker> speakers) {

    public Talk {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(abstractText, "abstractText");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        Objects.requireNonNull(room, "room");
        speakers = List.copyOf(speakers);
    }
}
