package org.mingle.api.accounts;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.mingle.domain.accounts.AccountId;

/**
 * Who is calling the API. The one place that decides it: until sign-in exists every caller acts as
 * {@link AccountId#OPEN_ACCESS_ORGANIZER}; sign-in replaces this class's body (reading the bearer token) and nothing
 * else.
 */
@Singleton
public class CurrentAccount {

    /** The caller of an operation that needs an account. */
    public AccountId require(HttpRequest<?> request) {
        return AccountId.OPEN_ACCESS_ORGANIZER;
    }

    /** The caller if known, for operations open to anyone whose answer depends on who asks. */
    public Optional<AccountId> find(HttpRequest<?> request) {
        return Optional.of(AccountId.OPEN_ACCESS_ORGANIZER);
    }
}
