package org.mingle.domain.agenda;

import java.util.Objects;
import java.util.Optional;
import org.mingle.domain.shared.AccountId;

/**
 * Someone who speaks in a talk: a Mingle account, shown under the account's name, or a guest the organizers name
 * (no account, so no profile and no photo).
 *
 * @param account empty for a guest
 */
public record Speaker(Optional<AccountId> account, String name) {

    public Speaker {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(name, "name");
    }

    public static Speaker member(AccountId account, String name) {
        return new Speaker(Optional.of(account), name);
    }

    public static Speaker guest(String name) {
        return new Speaker(Optional.empty(), name);
    }

    public boolean isGuest() {
        return account.isEmpty();
    }
}
