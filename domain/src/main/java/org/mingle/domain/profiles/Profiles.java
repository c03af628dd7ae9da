package org.mingle.domain.profiles;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mingle.domain.shared.AccountId;

/** Where profiles are kept. */
interface Profiles {

    /** The profile of an active account (empty if never saved); nothing for an unknown or erased account. */
    Optional<Profile> find(AccountId account);

    /** The profiles of those accounts that are active, in no particular order. */
    List<Profile> findAll(Collection<AccountId> accounts);

    /** The display names of the accounts (an erased account keeps a neutral name). */
    Map<AccountId, String> namesOf(Collection<AccountId> accounts);

    void save(Profile profile);

    void delete(AccountId account);

    /** Interest spellings in use, most used first, among profiles that show their interests to attendees. */
    List<String> interestsInUse(String fragmentKey, int limit);

    /** Industries in use, most used first, among profiles that show their industry to attendees. */
    List<String> industriesInUse(String lowerCaseFragment, int limit);
}
