package org.mingle.domain.publicprofiles;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.mingle.domain.shared.AccountId;

/**
 * A person's public page settings, valid by construction ({@link PublicSettingsRules}).
 *
 * @param handle    empty until the person chooses one
 * @param shown     whether {@code /p/{handle}} answers at all; never without a handle
 * @param indexable whether search engines may index the page
 * @param updatedAt {@code null} while the person never saved them
 */
public record PublicSettings(AccountId accountId, Optional<String> handle, boolean shown, boolean indexable,
                             Instant updatedAt) {

    public PublicSettings {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(handle, "handle");
        handle.ifPresent(h -> {
            if (!HandleRules.isHandle(h)) {
                throw new IllegalArgumentException("not a handle: " + h);
            }
        });
        if (shown && handle.isEmpty()) {
            throw new IllegalArgumentException("a shown page needs a handle");
        }
    }

    /** Off, as everyone starts: no handle, no page, no indexing. */
    public static PublicSettings none(AccountId accountId) {
        return new PublicSettings(accountId, Optional.empty(), false, false, null);
    }
}
