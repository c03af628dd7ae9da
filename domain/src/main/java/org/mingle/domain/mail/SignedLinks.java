package org.mingle.domain.mail;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.mingle.domain.shared.InstallationSecret;
import org.mingle.domain.shared.InvalidInputException;

/**
 * Links in mail that act without a log-in: "stop these mails", "accept this request". A link carries what it may do
 * ({@link Purpose}), on what ({@code subject}, such as an account and a request), until when, and a random nonce,
 * signed with HMAC-SHA256 under a key derived from the {@link InstallationSecret}. Nothing is stored until a
 * single-use link is used; then its nonce is, so a second use explains itself instead of acting again.
 *
 * <p>Opening a link never acts by itself: mail scanners fetch links to check them. The page it opens asks for a click,
 * and one-click unsubscribing (RFC 8058) is a POST.
 */
@Singleton
public class SignedLinks {

    /** What a link may do, how long it works and whether it works more than once. */
    public enum Purpose {
        /** Stop a category's mail; works as often as it is used, for a year (unsubscribe links must keep working). */
        UNSUBSCRIBE(Duration.ofDays(365), false, OPEN_MINGLE),
        /** Answer a meeting request from the mail that announced it; once, for a week. */
        MEETING_REPLY(Duration.ofDays(7), true, OPEN_MINGLE),
        /**
         * Join an event's team through sign-up or log-in, for two weeks. Used once, but not recorded here: the
         * invitation's own row says whether it was accepted or withdrawn, and inviting again refreshes it.
         */
        TEAM_INVITATION(Duration.ofDays(14), false, "Ask the organizer who invited you to invite you again."),
        /**
         * Show one's check-in code without logging in (at the door, from the confirmation mail); as often as needed,
         * for 90 days: the code is what the mail's recipient may show anyway.
         */
        CHECK_IN_CODE(Duration.ofDays(90), false, "Log in to Mingle: the event's page shows your code.");

        private final Duration validFor;
        private final boolean singleUse;
        private final String afterExpiry;

        Purpose(Duration validFor, boolean singleUse, String afterExpiry) {
            this.validFor = validFor;
            this.singleUse = singleUse;
            this.afterExpiry = afterExpiry;
        }

        /** How long a link of this purpose works. */
        public Duration validFor() {
            return validFor;
        }
    }

    private static final String OPEN_MINGLE = "Open Mingle to do the same there.";

    /** A link whose signature, purpose and expiry were checked; its subject as signed. */
    public record Verified(Purpose purpose, List<String> subject, Instant expiresAt, String nonce) {
    }

    private static final String VERSION = "1";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final UsedLinks used;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    SignedLinks(InstallationSecret secret, UsedLinks used, TransactionOperations<Connection> transactions,
                Clock clock) {
        this.key = new SecretKeySpec(hmac(new SecretKeySpec(secret.bytes(), "HmacSHA256"),
                "mingle mail links".getBytes(StandardCharsets.UTF_8)), "HmacSHA256");
        this.used = used;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A token for a link; the subject's parts must not contain {@code |}. */
    public String sign(Purpose purpose, String... subject) {
        for (String part : subject) {
            if (part.contains("|")) {
                throw new IllegalArgumentException("a link's subject must not contain |");
            }
        }
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        long expires = clock.instant().plus(purpose.validFor).getEpochSecond();
        String payload = String.join("|", VERSION, purpose.name(), ENCODE.encodeToString(nonce),
                Long.toString(expires), String.join("|", subject));
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODE.encodeToString(bytes) + "." + ENCODE.encodeToString(hmac(key, bytes));
    }

    /**
     * Checks a token for this purpose without using it.
     *
     * @throws InvalidInputException for {@code token}, saying whether the link is damaged, expired or used
     */
    public Verified verify(String token, Purpose purpose) {
        var verified = parse(token).filter(link -> link.purpose() == purpose).orElseThrow(SignedLinks::damaged);
        if (!verified.expiresAt().isAfter(clock.instant())) {
            throw InvalidInputException.of("token", "This link has expired: links in mail work for "
                    + days(purpose) + ". " + purpose.afterExpiry);
        }
        if (purpose.singleUse) {
            used.usedAt(verified.nonce()).ifPresent(at -> {
                throw usedAlready();
            });
        }
        return verified;
    }

    /**
     * Checks a token and, for a single-use purpose, records its use in the caller's transaction, so the action and
     * the use commit together; of two uses at the same moment one fails as used.
     */
    public Verified use(String token, Purpose purpose) {
        var verified = verify(token, purpose);
        if (purpose.singleUse) {
            transactions.executeWrite(status -> {
                if (!used.record(verified.nonce(), clock.instant().truncatedTo(ChronoUnit.MICROS),
                        verified.expiresAt())) {
                    throw usedAlready();
                }
                return null;
            });
        }
        return verified;
    }

    private Optional<Verified> parse(String token) {
        if (token == null || token.length() > 1000) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            byte[] payload = DECODE.decode(token.substring(0, dot));
            byte[] signature = DECODE.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, hmac(key, payload))) {
                return Optional.empty();
            }
            var parts = List.of(new String(payload, StandardCharsets.UTF_8).split("\\|", -1));
            if (parts.size() < 5 || !parts.get(0).equals(VERSION)) {
                return Optional.empty();
            }
            return Optional.of(new Verified(Purpose.valueOf(parts.get(1)), parts.subList(4, parts.size()),
                    Instant.ofEpochSecond(Long.parseLong(parts.get(3))), parts.get(2)));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static InvalidInputException damaged() {
        return InvalidInputException.of("token", "This link is not valid: it may have been cut off or changed. "
                + "Open it from the mail exactly as it is, or do the same in Mingle.");
    }

    private static InvalidInputException usedAlready() {
        return InvalidInputException.of("token", "This link was already used: each such link works once. Open "
                + "Mingle to see where things stand.");
    }

    private static String days(Purpose purpose) {
        return purpose.validFor.toDays() + " days";
    }

    private static byte[] hmac(SecretKeySpec key, byte[] data) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java has HmacSHA256", e);
        }
    }
}
