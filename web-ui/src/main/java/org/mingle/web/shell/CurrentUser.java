package org.mingle.web.shell;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.mingle.domain.accounts.AccountId;

/**
 * Who is using the UI. Until sign-in exists everyone acts as {@link AccountId#OPEN_ACCESS_ORGANIZER}; sign-in will
 * replace this class (reading the account from the Vaadin session) and nothing else.
 */
@Singleton
public class CurrentUser {

    /** The signed-in account, if any. */
    public Optional<AccountId> account() {
        return Optional.of(AccountId.OPEN_ACCESS_ORGANIZER);
    }

    /** The account acting now, for operations that need one. */
    public AccountId require() {
        return account().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
    }
}
