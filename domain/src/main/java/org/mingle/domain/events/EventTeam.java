package org.mingle.domain.events;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mingle.domain.shared.AccountId;

/** Where event roles are kept. The owner is the event's {@code ownerId}; the rest of the team is stored here. */
interface EventTeam {

    Optional<EventRole> roleOf(EventId event, AccountId account);

    /** The account's role from the team list alone, for a caller that has read the event and knows its owner. */
    Optional<EventRole> memberRoleOf(EventId event, AccountId account);

    /** Adds or changes a member's role. */
    void put(EventId event, AccountId account, EventRole role);

    boolean remove(EventId event, AccountId account);

    /** The owner first, then the others by the time they joined. */
    List<TeamMember> members(Event event);

    void removeEverywhere(AccountId account);

    List<EventId> eventsOf(AccountId account);

    /** Those among the accounts who own or staff at least one of the events. */
    Set<AccountId> leadingAny(Collection<EventId> events, Collection<AccountId> among);
}
