package org.mingle.domain.accounts;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
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
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.mingle.domain.audit.AuditKind;
import org.mingle.domain.audit.AuditLog;
import org.mingle.domain.mail.MailLayout;
import org.mingle.domain.mail.MailOutbox;
import org.mingle.domain.mail.MailToSend;
import org.mingle.domain.mail.MailWords;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.PublicUrl;

/**
 * "Forgot password?": a mail with a link that works once, for an hour, and lets its reader choose a new password.
 * Only a hash of the link's secret is stored. Asking answers the same whether or not the address has an account, so
 * nobody learns who uses Mingle. Choosing the new password ends every token and session of the account and every
 * other link. Security mail: always sent, whatever the person's notification settings.
 */
@Singleton
public class PasswordResetService {

    /** How long a link works. */
    public static final Duration VALID_FOR = Duration.ofHours(1);
    /** Links mailed to one account per hour at most, so the form cannot flood someone's inbox. */
    static final int MAILS_PER_HOUR = 5;
    /** The page the link opens, with the secret as its {@code token} parameter. */
    public static final String PAGE = "reset-password";

    private static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRowRepository accounts;
    private final AccountService accountService;
    private final PasswordResets resets;
    private final PasswordHashing hashing;
    private final MailOutbox mail;
    private final Provider<PublicUrl> publicUrl;
    private final AuditLog audit;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    PasswordResetService(AccountRowRepository accounts, AccountService accountService, PasswordResets resets,
                         PasswordHashing hashing, MailOutbox mail, Provider<PublicUrl> publicUrl, AuditLog audit,
                         TransactionOperations<Connection> transactions, Clock clock) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.resets = resets;
        this.hashing = hashing;
        this.mail = mail;
        this.publicUrl = publicUrl;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Mails a reset link to the account with this address, if there is one and it has not had too many this hour.
     *
     * @throws InvalidInputException when the text is no email address at all
     */
    public void request(String emailText, String clientAddress) {
        var email = Email.parse(emailText).orElseThrow(() -> InvalidInputException.of("email",
                emailText == null || emailText.isBlank() ? "is required" : "must be a valid email address"));
        transactions.executeWrite(status -> {
            accounts.findByEmail(email.value()).filter(AccountRow::active).ifPresent(row -> {
                var account = new AccountId(row.id());
                var now = now();
                if (resets.createdSince(account, now.minus(Duration.ofHours(1))) >= MAILS_PER_HOUR) {
                    return;
                }
                String token = newToken();
                resets.insert(hash(token), account, now, now.plus(VALID_FOR));
                mail.queue(resetMail(row, token));
                audit.record(AuditKind.PASSWORD_RESET_REQUESTED, account, clientAddress);
            });
            return null;
        });
    }

    /**
     * Sets the password the link's reader chose, if the link still works.
     *
     * @throws InvalidInputException naming {@code token} when the link is unknown, used or expired (saying which), or
     *                               {@code password} when the password policy refuses it
     */
    public void confirm(String token, String password, String clientAddress) {
        if (token == null || !TOKEN_SHAPE.matcher(token).matches()) {
            throw unknownLink();
        }
        byte[] tokenHash = hash(token);
        var stored = transactions.executeRead(status -> resets.find(tokenHash)).orElseThrow(
                PasswordResetService::unknownLink);
        requireUsable(stored, now());
        var row = accounts.findById(stored.account().value()).filter(AccountRow::active)
                .orElseThrow(PasswordResetService::unknownLink);
        PasswordPolicy.check(password, row.email(), row.displayName()).ifPresent(reason -> {
            throw new InvalidInputException(List.of(PasswordPolicy.error("password", reason)));
        });
        String passwordHash = hashing.hash(password); // slow: outside the transaction
        transactions.executeWrite(status -> {
            var now = now();
            if (!resets.use(tokenHash, now)) {
                requireUsable(resets.find(tokenHash).orElseThrow(PasswordResetService::unknownLink), now);
                throw usedLink(); // used by a parallel request a moment ago
            }
            accounts.replacePassword(row.id(), passwordHash);
            resets.useAllOf(stored.account(), now);
            audit.record(AuditKind.PASSWORD_RESET, stored.account(), clientAddress);
            return null;
        });
        accountService.forgetTokenVersion(stored.account());
    }

    private static void requireUsable(PasswordResets.Stored stored, Instant now) {
        if (stored.usedAt().isPresent()) {
            throw usedLink();
        }
        if (!stored.expiresAt().isAfter(now)) {
            throw InvalidInputException.of("token", "This link has expired: reset links work for one hour. Ask for a "
                    + "new one with \"Forgot password?\" on the log-in page.");
        }
    }

    private static InvalidInputException usedLink() {
        return InvalidInputException.of("token", "This link was already used: each reset link works once. If you "
                + "still need to, ask for a new one with \"Forgot password?\" on the log-in page.");
    }

    private static InvalidInputException unknownLink() {
        return InvalidInputException.of("token", "This is not a valid reset link. Open the link from the mail "
                + "exactly as it is, or ask for a new one with \"Forgot password?\" on the log-in page.");
    }

    private MailToSend resetMail(AccountRow row, String token) {
        String link = publicUrl.get().link(PAGE + "?token=" + token);
        Locale language = MailWords.spoken(row.language());
        String subject = MailWords.text(language, "passwordReset.subject");
        var layout = new MailLayout(subject,
                List.of(MailWords.text(language, "passwordReset.asked", row.email()),
                        MailWords.text(language, "passwordReset.once")),
                List.of(new MailLayout.Action(MailWords.text(language, "passwordReset.action"), link)),
                List.of(MailWords.text(language, "passwordReset.ignore")));
        return new MailToSend(Optional.of(new AccountId(row.id())), row.email(), subject,
                layout.text(), layout.html(), Optional.empty());
    }

    private static String newToken() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
