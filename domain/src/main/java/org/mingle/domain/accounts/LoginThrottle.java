package org.mingle.domain.accounts;

import static org.mingle.domain.accounts.LoginThrottlePolicy.PER_ACCOUNT;
import static org.mingle.domain.accounts.LoginThrottlePolicy.PER_ACCOUNT_AND_CLIENT;
import static org.mingle.domain.accounts.LoginThrottlePolicy.PER_CLIENT;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Applies {@link LoginThrottlePolicy} to log-ins and the sign-up limit to sign-ups, with the counts in PostgreSQL.
 *
 * <p>A log-in attempt is counted against its (account, client) pair and its client before the password is checked,
 * under the rows' locks: parallel attempts cannot all pass a check that none of them has counted yet. A successful
 * log-in takes its attempt back and clears the pair; only failures count against the account, and only to slow it.
 */
@Singleton
class LoginThrottle {

    private final ThrottleCounts counts;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final AttemptLimit signUps;

    LoginThrottle(ThrottleCounts counts, TransactionOperations<Connection> transactions, Clock clock,
                  @Value("${mingle.accounts.sign-ups-per-client-per-hour:20}") int signUpsPerHour) {
        this.counts = counts;
        this.transactions = transactions;
        this.clock = clock;
        this.signUps = LoginThrottlePolicy.signUpsPerClient(signUpsPerHour);
    }

    /**
     * A log-in attempt that was let through: how long to pause before checking the password, its keys, and the
     * windows it was counted in.
     */
    record Attempt(String pairKey, Instant pairWindow, String clientKey, Instant clientWindow, String accountKey,
                   Duration delay) {
    }

    /**
     * Counts a log-in attempt, or refuses it.
     *
     * @throws LoginThrottledException when the pair or the client must wait
     */
    Attempt begin(String email, String clientAddress) {
        var now = now();
        var client = LoginThrottlePolicy.client(clientAddress);
        var account = normalised(email);
        var pairKey = "pair:" + sha256(account + "\n" + client);
        var clientKey = "client:" + sha256(client);
        var accountKey = "account:" + sha256(account);
        return transactions.executeWrite(status -> {
            var locked = counts.lock(List.of(pairKey, clientKey), now);
            var pair = locked.get(pairKey);
            var byClient = locked.get(clientKey);
            var decision = LoginThrottlePolicy.decide(pair, byClient, counts.read(accountKey, now), now);
            if (decision.refused()) {
                throw new LoginThrottledException(decision.refusedFor()); // rolls back: nothing counted
            }
            var pairCounted = PER_ACCOUNT_AND_CLIENT.afterAttempt(pair, now);
            var clientCounted = PER_CLIENT.afterAttempt(byClient, now);
            counts.save(pairKey, pairCounted);
            counts.save(clientKey, clientCounted);
            return new Attempt(pairKey, pairCounted.windowStart(), clientKey, clientCounted.windowStart(), accountKey,
                    decision.delay());
        });
    }

    /** The password was right: the pair starts afresh, and the attempt no longer counts against the client. */
    void succeeded(Attempt attempt) {
        transactions.executeWrite(status -> {
            var client = counts.lock(List.of(attempt.clientKey()), now()).get(attempt.clientKey());
            counts.save(attempt.clientKey(), PER_CLIENT.withdraw(client, attempt.clientWindow()));
            counts.delete(attempt.pairKey());
            return null;
        });
    }

    /** The password was wrong: the pair and client counted it already; the account counts it to slow guessing. */
    void failed(Attempt attempt) {
        var now = now();
        transactions.executeWrite(status -> {
            var account = counts.lock(List.of(attempt.accountKey()), now).get(attempt.accountKey());
            counts.save(attempt.accountKey(), PER_ACCOUNT.afterFailure(account, now));
            return null;
        });
    }

    /** The password could not be checked (the server was busy): the attempt counts for nobody. */
    void abandoned(Attempt attempt) {
        transactions.executeWrite(status -> {
            var locked = counts.lock(List.of(attempt.pairKey(), attempt.clientKey()), now());
            counts.save(attempt.pairKey(),
                    PER_ACCOUNT_AND_CLIENT.withdraw(locked.get(attempt.pairKey()), attempt.pairWindow()));
            counts.save(attempt.clientKey(), PER_CLIENT.withdraw(locked.get(attempt.clientKey()), attempt.clientWindow()));
            return null;
        });
    }

    /**
     * Counts a sign-up from this client, or refuses it.
     *
     * @throws SignUpThrottledException when the client has created too many accounts this hour
     */
    void countSignUp(String clientAddress) {
        var now = now();
        var key = "signup:" + sha256(LoginThrottlePolicy.client(clientAddress));
        transactions.executeWrite(status -> {
            var count = counts.lock(List.of(key), now).get(key);
            var wait = signUps.waitBefore(count, now);
            if (!wait.isZero()) {
                throw new SignUpThrottledException(wait);
            }
            counts.save(key, signUps.afterAttempt(count, now));
            return null;
        });
    }

    /** Keeps the table small: counts that no rule looks at any more go. */
    @Scheduled(fixedDelay = "10m", initialDelay = "1m")
    void forgetExpired() {
        var now = now();
        transactions.executeWrite(status -> counts.deleteExpired(now.minus(LoginThrottlePolicy.LONGEST_WINDOW), now));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String normalised(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Throttle keys hold no email or client address in clear text. */
    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
