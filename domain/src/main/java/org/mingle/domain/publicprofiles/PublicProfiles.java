package org.mingle.domain.publicprofiles;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/** Where public page settings and kept records are kept. */
interface PublicProfiles {

    /** One kept event, with when it was kept. */
    record Kept(EventId event, Instant keptAt) {
    }

    Optional<PublicSettings> find(AccountId account);

    /** The settings of the active account whose page is shown at this handle. */
    Optional<PublicSettings> findShown(String handle);

    /**
     * Stores the settings (no row for a person without a handle).
     *
     * @throws HandleTakenException when another account has the handle or it is retired
     */
    void save(PublicSettings settings, Instant now);

    /** Removes the account's settings; the handle it had, if any. */
    Optional<String> delete(AccountId account);

    /** Keeps the handle from ever being handed out again (an erased account's). */
    void retire(String handle, Instant now);

    /** Whether the event is kept now (false when it was kept already). */
    boolean keep(AccountId account, EventId event, Instant now);

    /** Whether the event was kept until now. */
    boolean drop(AccountId account, EventId event);

    boolean isKept(AccountId account, EventId event);

    /** Every event the account kept, latest kept first. */
    List<Kept> kept(AccountId account);

    void dropAll(AccountId account);
}
