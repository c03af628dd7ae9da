package org.mingle.domain.profiles;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.mingle.domain.shared.AccountId;

/** Where profile photos are kept, each with the visibility its owner chose for it. */
interface ProfilePhotos {

    /** When a photo last changed and who may see it (the default visibility when its owner never chose). */
    record Entry(Instant updatedAt, Visibility visibility) {
    }

    /** A kept photo in one size, with its entry. */
    record Stored(byte[] jpeg, Entry entry) {
    }

    /** Replaces the account's photo. */
    void save(AccountId account, PreparedPhoto photo, Instant updatedAt);

    /** Removes the account's photo; whether there was one. */
    boolean delete(AccountId account);

    Optional<Stored> find(AccountId account, PhotoSize size);

    /** The entries of those accounts that have a photo. */
    Map<AccountId, Entry> entries(Collection<AccountId> accounts);
}
