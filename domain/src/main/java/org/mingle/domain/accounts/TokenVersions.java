package org.mingle.domain.accounts;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.mingle.domain.shared.AccountId;

/**
 * The token versions of recently seen accounts, remembered for a second, so the API's check of every request's token
 * costs no database round trip while an attendee's phone keeps asking (decision 27). A change on this instance (log-out,
 * erasure) forgets the account at once; another instance's cached answer lasts at most {@link #FOR} longer. Bounded:
 * past {@link #MAX_ACCOUNTS} entries it starts afresh. Thread-safe.
 */
final class TokenVersions {

    static final Duration FOR = Duration.ofSeconds(1);
    static final int MAX_ACCOUNTS = 100_000;

    private record Remembered(OptionalInt version, long until) {
    }

    private final Map<AccountId, Remembered> remembered = new ConcurrentHashMap<>();

    /** The account's version, as remembered or as {@code read} answers now. */
    OptionalInt of(AccountId account, Function<AccountId, OptionalInt> read) {
        long now = System.nanoTime();
        Remembered known = remembered.get(account);
        if (known != null && now - known.until() < 0) {
            return known.version();
        }
        OptionalInt version = read.apply(account);
        if (remembered.size() >= MAX_ACCOUNTS) {
            remembered.clear();
        }
        remembered.put(account, new Remembered(version, now + FOR.toNanos()));
        return version;
    }

    void forget(AccountId account) {
        remembered.remove(account);
    }
}
