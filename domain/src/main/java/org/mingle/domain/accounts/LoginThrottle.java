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
import java.util.Map;
import org.mingle.domain.infrastructure.JobLocks;

/**
 * Applies {@link LoginThrottlePolicy} to log-ins and the sign-up limit to sign-ups, with the counts in PostgreSQL.
 *
 * <p>A log-in is counted as pending against its (account, client) pair and its client before its password is checked,
 * under the rows' locks, and pending log-ins count against the limits: parallel guesses cannot all pass a check that
 * none of them has counted yet. Once checked, it is no longer pending; a failure then counts against the pair, the
 * client and (to slow guessing down) the account, and a success clears the pair.
 */
@Singleton
class LoginThrottle {

    private final ThrottleCounts counts;
    private final TransactionOperations<Connection> transactions;
    private final JobLocks locks;
    private final Clock clock;
    private final AttemptLimit signUps;

    LoginThrottle(ThrottleCounts counts, TransactionOperations<Connection> transactions, JobLocks locks, Clock clock,
                  @Value("${mingle.accounts.sign-ups-per-client-per-hour:20}") int signUpsPerHour) {
        this.counts = counts;
        this.transactions = transactions;
        this.locks = locks;
        this.clock = clock;
        this.signUps = LoginThrottlePolicy.signUpsPerClient(signUpsPerHour);
    }

    /** The keys of one log-in attempt. */
    record Keys(String pair, String pairPending, String client, String clientPending, String account) {

        static Keys of(String email, String clientAddress) {
            var client = sha256(LoginThrottlePolicy.client(clientAddress));
            var account = sha256(email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
            var pair = sha256(account + "\n" + client);
            return new Keys("pair:" + pair, "pair-pending:" + pair, "client:" + client, "client-pending:" + client,
                    "account:" + account);
        }
    }

    /**
     * A log-in attempt that was let through: how long to pause before checking the password, its keys, and the
     * windows it is pending in.
     */
    record Attempt(Keys keys, Instant pairPendingSince, Instant clientPendingSince, Duration delay) {
    }

    /**
     * Counts a log-in attempt as pending, or refuses it.
     *
     * @throws LoginThrottledException when the pair or the client must wait
     */
    Attempt begin(String email, String clientAddress) {
        var now = now();
        var keys = Keys.of(email, clientAddress);
        return transactions.executeWrite(status -> {
            var locked = counts.lock(List.of(keys.pair(), keys.pairPending(), keys.client(), keys.clientPending()), now);
            var decision = LoginThrottlePolicy.decide(locked.get(keys.pair()), locked.get(keys.pairPending()),
                    locked.get(keys.client()), locked.get(keys.clientPending()), counts.read(keys.account(), now), now);
            if (decision.refused()) {
                throw new LoginThrottledException(decision.refusedFor()); // rolls back: nothing counted
            }
            var pairPending = locked.get(keys.pairPending()).plusOne(LoginThrottlePolicy.PENDING_WINDOW, now);
            var clientPending = locked.get(keys.clientPending()).plusOne(LoginThrottlePolicy.PENDING_WINDOW, now);
            counts.save(keys.pairPending(), pairPending);
            counts.save(keys.clientPending(), clientPending);
            return new Attempt(keys, pairPending.windowStart(), clientPending.windowStart(), decision.delay());
        });
    }

    /** The password was right: the attempt is no longer pending, and the pair starts afresh. */
    void succeeded(Attempt attempt) {
        settle(attempt, false);
    }

    /** The password was wrong: it counts against the pair and the client, and against the account to slow guessing. */
    void failed(Attempt attempt) {
        settle(attempt, true);
    }

    /** The password could not be checked (the server was busy): the attempt counts for nobody. */
    void abandoned(Attempt attempt) {
        var keys = attempt.keys();
        transactions.executeWrite(status -> {
            var locked = counts.lock(List.of(keys.pairPending(), keys.clientPending()), now());
            notPending(attempt, locked);
            return null;
        });
    }

    private void settle(Attempt attempt, boolean failed) {
        var now = now();
        var keys = attempt.keys();
        transactions.executeWrite(status -> {
            var locked = counts.lock(List.of(keys.pair(), keys.pairPending(), keys.client(), keys.clientPending(),
                    keys.account()), now);
            notPending(attempt, locked);
            if (failed) {
                counts.save(keys.pair(), PER_ACCOUNT_AND_CLIENT.afterAttempt(locked.get(keys.pair()), now));
                counts.save(keys.client(), PER_CLIENT.afterAttempt(locked.get(keys.client()), now));
                counts.save(keys.account(), PER_ACCOUNT.afterFailure(locked.get(keys.account()), now));
            } else {
                counts.delete(keys.pair());
            }
            return null;
        });
    }

    private void notPending(Attempt attempt, Map<String, ThrottleCount> locked) {
        var keys = attempt.keys();
        counts.save(keys.pairPending(), locked.get(keys.pairPending()).minusOne(attempt.pairPendingSince()));
        counts.save(keys.clientPending(), locked.get(keys.clientPending()).minusOne(attempt.clientPendingSince()));
    }

    /**
     * Counts a sign-up from this client, or refuses it. Sign-ups Mingle makes itself (demo data: no client address)
     * are not counted.
     *
     * @throws SignUpThrottledException when the client has created too many accounts this hour
     */
    void countSignUp(String clientAddress) {
        if (clientAddress == null) {
            return;
        }
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

    /** Keeps the table small: counts that no rule looks at any more go, on one instance at a time. */
    @Scheduled(fixedDelay = "10m", initialDelay = "1m")
    void forgetExpired() {
        var now = now();
        locks.runAlone("login-throttle-cleanup",
                () -> counts.deleteExpired(now.minus(LoginThrottlePolicy.LONGEST_WINDOW), now));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
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
