package org.mingle.domain.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Who must wait after failed log-ins, in the way OWASP recommends: a client that keeps failing (at one account, or at
 * many) waits, and only that client; failures at one account from many clients only slow log-ins to it down, so
 * someone who knows a person's email address cannot lock that person out, and the right password from a client with
 * no failures always works.
 */
public final class LoginThrottlePolicy {

    /** Guesses at one account from one client: the fifth failure in 15 minutes makes that pair wait 15 minutes. */
    public static final AttemptLimit PER_ACCOUNT_AND_CLIENT = new AttemptLimit(5, Duration.ofMinutes(15),
            Duration.ofMinutes(15));
    /**
     * Failures from one client at any accounts. Generous, because the people at a venue often share one public
     * address, and low enough that one client cannot try a long list of accounts.
     */
    public static final AttemptLimit PER_CLIENT = new AttemptLimit(50, Duration.ofMinutes(15),
            Duration.ofMinutes(15));
    /** Failures at one account from all clients together: a delay of up to 3 seconds, never a refusal. */
    public static final SlowDown PER_ACCOUNT = new SlowDown(5, Duration.ofMinutes(15), Duration.ofMillis(250),
            Duration.ofSeconds(3));
    /**
     * Log-ins still being checked count against the pair's and the client's limits, so parallel guesses cannot all
     * pass a limit none of them has reached yet. They are counted in windows of a minute, so the count of an instance
     * that stopped mid-check is soon forgotten (a check takes seconds at most).
     */
    public static final Duration PENDING_WINDOW = Duration.ofMinutes(1);
    /** How long a client whose pending log-ins fill its limit is asked to wait: until some are answered. */
    public static final Duration PENDING_RETRY = Duration.ofSeconds(2);
    /** The window of the sign-up limit per client. */
    public static final Duration SIGN_UP_WINDOW = Duration.ofHours(1);
    /** Counts older than this matter to no rule any more (the longest window or lock-out). */
    public static final Duration LONGEST_WINDOW = Duration.ofHours(1);

    private LoginThrottlePolicy() {
    }

    /** Sign-ups from one client: {@code perHour} an hour, then that client waits for the hour to pass. */
    public static AttemptLimit signUpsPerClient(int perHour) {
        return new AttemptLimit(perHour, SIGN_UP_WINDOW, SIGN_UP_WINDOW);
    }

    /** What a log-in attempt must do: be refused for {@code refusedFor}, or go ahead after {@code delay}. */
    public record Decision(Duration refusedFor, Duration delay) {

        public boolean refused() {
            return !refusedFor.isZero();
        }
    }

    /**
     * @param pair          failures of this account from this client
     * @param pairPending   log-ins of this account from this client still being checked
     * @param client        failures of this client at any accounts
     * @param clientPending log-ins of this client still being checked
     * @param account       failures of this account from any clients
     */
    public static Decision decide(ThrottleCount pair, ThrottleCount pairPending, ThrottleCount client,
                                  ThrottleCount clientPending, ThrottleCount account, Instant now) {
        var pairWait = PER_ACCOUNT_AND_CLIENT.waitBefore(pair, now);
        var clientWait = PER_CLIENT.waitBefore(client, now);
        var refusedFor = pairWait.compareTo(clientWait) >= 0 ? pairWait : clientWait;
        if (refusedFor.isZero() && (PER_ACCOUNT_AND_CLIENT.wouldExceed(pair, pairPending, PENDING_WINDOW, now)
                || PER_CLIENT.wouldExceed(client, clientPending, PENDING_WINDOW, now))) {
            refusedFor = PENDING_RETRY;
        }
        return new Decision(refusedFor, refusedFor.isZero() ? PER_ACCOUNT.delay(account, now) : Duration.ZERO);
    }

    /**
     * The client an address stands for. An IPv6 host usually holds a whole /64 network, so its addresses count as
     * one client; IPv4 addresses stand for themselves.
     */
    public static String client(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        var text = address.strip().toLowerCase(Locale.ROOT);
        if (!text.contains(":")) {
            return text;
        }
        try {
            // A literal with ':' is never looked up in DNS.
            var parsed = java.net.InetAddress.getByName(text);
            if (parsed instanceof java.net.Inet4Address mapped) {
                return mapped.getHostAddress();
            }
            var bytes = parsed.getAddress();
            var prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return prefix.append(":/64").toString();
        } catch (java.net.UnknownHostException notAnAddress) {
            return text;
        }
    }
}
