package org.mingle.domain.contacts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mingle.domain.shared.AccountId;

/** Where keep-in-touch settings are kept. */
interface KeepInTouchSettings {

    Optional<KeepInTouch> find(AccountId owner, AccountId contact);

    /** Stores the setting, replacing the owner's earlier one for the contact. */
    void save(KeepInTouch setting);

    void delete(AccountId owner, AccountId contact);

    /**
     * Locks at most {@code limit} settings whose due time has come, earliest first, skipping those another instance
     * holds: each is handled by one instance, once.
     */
    List<KeepInTouch> lockDue(Instant now, int limit);

    /** Moves the setting's due time; with {@code noticedAt}, records the notice that went out. */
    void reschedule(AccountId owner, AccountId contact, Instant dueAt, Instant noticedAt);

    /** The owner's settings due by {@code until}, earliest first. */
    List<KeepInTouch> dueBy(AccountId owner, Instant until);

    List<KeepInTouch> ofOwner(AccountId owner);

    /** For erasure: the account's settings and everyone's settings about the account. */
    void forget(AccountId account);
}
