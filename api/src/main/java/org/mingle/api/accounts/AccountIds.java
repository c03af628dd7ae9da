package org.mingle.api.accounts;

import java.util.UUID;
import org.mingle.domain.profiles.ProfileNotFoundException;
import org.mingle.domain.shared.AccountId;

/** Account ids as they appear in URLs. */
public final class AccountIds {

    private AccountIds() {
    }

    /**
     * The account named by a path segment. Text that is no id names nobody, so it answers 404 like an unknown id
     * rather than 400: a client cannot tell a malformed id from an erased account, nor should it need to.
     */
    public static AccountId fromPath(String text) {
        try {
            return new AccountId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            throw new ProfileNotFoundException();
        }
    }
}
