package org.mingle.domain.events;

import java.util.Objects;
import java.util.Optional;
import org.mingle.domain.shared.GroupId;

/**
 * A draft was just published, with the group it belongs to, if any: a group's members hear of its new events.
 * Published inside the publishing transaction, after {@link EventUpdated}.
 */
public record EventPublished(EventId event, Optional<GroupId> group) {

    public EventPublished {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(group, "group");
    }
}
