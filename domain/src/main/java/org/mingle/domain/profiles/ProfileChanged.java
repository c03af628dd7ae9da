package org.mingle.domain.profiles;

import java.util.Objects;
import org.mingle.domain.shared.AccountId;

/**
 * Someone's profile (or name) was saved. Published inside the transaction that saved it, so features that keep
 * derived data (an event's matching model) can take note in the same transaction and act once it commits.
 */
public record ProfileChanged(AccountId account) {

    public ProfileChanged {
        Objects.requireNonNull(account, "account");
    }
}
