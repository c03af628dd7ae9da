package org.mingle.domain.events;

import java.util.List;
import java.util.Optional;
import org.mingle.domain.shared.AccountId;

/** Where event roles are kept. The owner is the event's {@code ownerId}; the rest of the team is stored here. */
interface EventTeam {

    Optional<EventRole> roleOf(EventId event, AccountId account);

    /** Adds or changes a member's role. */
    void put(EventId event, AccountId account, EventRole role);

    boolean remove(EventId event, AccountId account);

    /** The owner first, then the others by the time they joined. */
    List<TeamMember> members(Event event);

    void removeEverywhere(AccountId account);

    List<EventId> eventsOf(AccountId account);
}
