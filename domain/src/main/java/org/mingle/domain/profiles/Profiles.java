package org.mingle.domain.profiles;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.events.EventId;

/** Where profiles are kept, and the relationships that decide who sees which field. */
interface Profiles {

    /** The profile of an active account (empty if never saved); nothing for an unknown or erased account. */
    Optional<Profile> find(AccountId account);

    /** The profiles of those accounts that are active, in no particular order. */
    List<Profile> findAll(Collection<AccountId> accounts);

    /** The profiles of the event's confirmed attendees whose accounts are active. */
    List<Profile> ofConfirmedAttendees(EventId event);

    /** The profiles of those among the accounts who hold a CONFIRMED registration for the event. */
    List<Profile> ofConfirmedAttendees(EventId event, Collection<AccountId> among);

    /** The display names of the accounts (an erased account keeps a neutral name). */
    Map<AccountId, String> namesOf(Collection<AccountId> accounts);

    void save(Profile profile);

    void delete(AccountId account);

    /**
     * Which of the others take part with the viewer (active registration, or a team role) in at least one common
     * event.
     */
    Set<AccountId> takingPartWith(AccountId viewer, Collection<AccountId> others);

    /**
     * Which of the others are connected with the viewer: a mutual match (accepted meeting request) at some event, or
     * a recorded connection both keep in their network.
     */
    Set<AccountId> connectedWith(AccountId viewer, Collection<AccountId> others);

    /** Interest spellings in use, most used first, among profiles that show their interests to attendees. */
    List<String> interestsInUse(String fragmentKey, int limit);

    /** Industries in use, most used first, among profiles that show their industry to attendees. */
    List<String> industriesInUse(String lowerCaseFragment, int limit);
}
