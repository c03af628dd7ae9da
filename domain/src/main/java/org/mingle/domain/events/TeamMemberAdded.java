package org.mingle.domain.events;

import java.util.Objects;
import org.mingle.domain.shared.AccountId;

/**
 * The owner gave an account a role at an event (or changed it). Published inside the transaction that did, so a
 * listener that tells the member writes its notice with the change or not at all.
 */
public record TeamMemberAdded(EventId event, AccountId member, EventRole role, AccountId addedBy) {

    public TeamMemberAdded {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(addedBy, "addedBy");
    }
}
