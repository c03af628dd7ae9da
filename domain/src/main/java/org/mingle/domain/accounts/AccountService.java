package org.mingle.domain.accounts;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.mingle.domain.audit.AuditKind;
import org.mingle.domain.audit.AuditLog;
import org.mingle.domain.mail.MailWords;
import org.mingle.domain.personaldata.PersonalDataService;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.Chunks;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.TemporarilyUnavailableException;
import org.mingle.domain.shared.TextRules.Lines;
import org.mingle.domain.shared.TextRules;

/** Sign-up, log-in and erasure: the accounts feature's entry point for API and UI alike. */
@Singleton
public class AccountService {

    public static final int DISPLAY_NAME_MAX = 100;
    static final String ERASED_NAME = "Former member";

    private final AccountRowRepository accounts;
    private final PasswordHashing hashing;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    /** Lazily: the personal-data sections depend on services that depend on this one. */
    private final Provider<PersonalDataService> personalData;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final TokenVersions tokenVersions = new TokenVersions();

    AccountService(AccountRowRepository accounts, PasswordHashing hashing, LoginThrottle throttle, AuditLog audit,
                   Provider<PersonalDataService> personalData, TransactionOperations<Connection> transactions,
                   Clock clock) {
        this.accounts = accounts;
        this.hashing = hashing;
        this.throttle = throttle;
        this.audit = audit;
        this.personalData = personalData;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Creates an account.
     *
     * @param clientAddress where the request came from, for the sign-up limit and the security log; {@code null} for
     *                      accounts Mingle creates itself (demo data), which no limit counts
     * @throws InvalidInputException naming every refused field
     * @throws EmailTakenException   when an active account has this email
     * @throws SignUpThrottledException when this client created too many accounts within the hour
     */
    public Account signUp(SignUp input, String clientAddress) {
        return create(input, clientAddress, () -> hashing.hash(input.password()));
    }

    /** Hashes a password that the accounts Mingle creates itself share, once: see {@link SharedPassword}. */
    public SharedPassword sharedPassword(String password) {
        return new SharedPassword(password, hashing.hash(password));
    }

    /**
     * Creates an account of Mingle's own (demo data) with a password shared by others: validated as at sign-up, but
     * not hashed again. No sign-up limit counts it.
     *
     * @throws InvalidInputException naming every refused field
     * @throws EmailTakenException   when an active account has this email
     */
    public Account createWithSharedPassword(String email, String displayName, SharedPassword password) {
        return create(new SignUp(email, password.password(), displayName), null, password::hash);
    }

    private Account create(SignUp input, String clientAddress, Supplier<String> passwordHash) {
        var errors = new ArrayList<FieldError>();
        var email = Email.parse(input.email());
        if (email.isEmpty()) {
            errors.add(input.email() == null || input.email().isBlank() ? FieldError.required("email")
                    : FieldError.coded("email", "email.invalid", "must be a valid email address"));
        }
        var displayName = input.displayName() == null ? "" : input.displayName().strip().replaceAll("\\s+", " ");
        if (displayName.isEmpty()) {
            errors.add(FieldError.required("displayName"));
        } else {
            TextRules.check("displayName", displayName, DISPLAY_NAME_MAX, Lines.SINGLE, errors);
        }
        PasswordPolicy.check(input.password(), input.email(), displayName)
                .ifPresent(reason -> errors.add(PasswordPolicy.error("password", reason)));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (accounts.findByEmail(email.get().value()).isPresent()) {
            throw new EmailTakenException();
        }
        throttle.countSignUp(clientAddress);
        var hash = passwordHash.get(); // slow: outside the transaction
        var row = new AccountRow(UUID.randomUUID(), email.get().value(), displayName, hash, now(), null, 0,
                null);
        try {
            return transactions.executeWrite(status -> {
                accounts.save(row);
                audit.record(AuditKind.SIGNED_UP, new AccountId(row.id()), clientAddress);
                return row.toAccount();
            });
        } catch (DataAccessException | org.jooq.exception.DataAccessException duplicate) {
            if (accounts.findByEmail(email.get().value()).isPresent()) {
                throw new EmailTakenException(); // lost a race with a parallel sign-up
            }
            throw duplicate;
        }
    }

    /**
     * Checks an email and password. Unknown email and wrong password answer alike, in about the same time.
     *
     * @throws InvalidInputException       when the email address or password is missing (not counted as a failure)
     * @throws InvalidCredentialsException on any mismatch
     * @throws LoginThrottledException     when this client failed too often, at this account or at all accounts
     */
    public Account logIn(String emailText, String password, String clientAddress) {
        var missing = new ArrayList<FieldError>();
        if (emailText == null || emailText.isBlank()) {
            missing.add(FieldError.required("email"));
        }
        if (password == null || password.isEmpty()) {
            missing.add(FieldError.required("password"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        var row = Email.parse(emailText).flatMap(email -> accounts.findByEmail(email.value()));
        var accountId = row.map(r -> new AccountId(r.id())).orElse(null);
        LoginThrottle.Attempt attempt;
        try {
            attempt = throttle.begin(emailText, clientAddress);
        } catch (LoginThrottledException throttled) {
            audit.record(AuditKind.LOGIN_THROTTLED, accountId, clientAddress);
            throw throttled;
        }
        boolean matches;
        try {
            pause(attempt.delay()); // holding no database connection and no hashing slot
            matches = password.length() <= PasswordPolicy.MAX_LENGTH
                    && hashing.verify(password, row.map(AccountRow::passwordHash).orElse(null));
        } catch (RuntimeException notChecked) {
            throttle.abandoned(attempt);
            throw notChecked;
        }
        if (!matches) {
            throttle.failed(attempt);
            audit.record(AuditKind.LOGIN_FAILED, accountId, clientAddress);
            throw new InvalidCredentialsException();
        }
        throttle.succeeded(attempt);
        audit.record(AuditKind.LOGIN_SUCCEEDED, accountId, clientAddress);
        return row.get().toAccount();
    }

    public void recordLogOut(AccountId account, String clientAddress) {
        audit.record(AuditKind.LOGGED_OUT, account, clientAddress);
    }

    /**
     * Logs out of the API: every access token issued so far stops working, here at once and on every other instance
     * within a second (see {@link TokenVersions}), since tokens carry the
     * {@link #tokenVersion} they were issued under.
     */
    public void revokeApiTokens(AccountId account, String clientAddress) {
        transactions.executeWrite(status -> {
            if (accounts.incrementTokenVersion(account.value()) == 0) {
                throw new AccountNotFoundException();
            }
            audit.record(AuditKind.LOGGED_OUT, account, clientAddress);
            return null;
        });
        tokenVersions.forget(account); // after commit, so no request reads the old version back in between
    }

    /**
     * The version new API tokens of this active account carry; tokens of another version are refused. Answered from
     * memory for up to a second after the last read (see {@link TokenVersions}).
     */
    public OptionalInt tokenVersion(AccountId id) {
        return tokenVersions.of(id, account -> transactions.executeRead(status -> accounts.findById(account.value())
                .filter(AccountRow::active).map(row -> OptionalInt.of(row.tokenVersion())).orElse(OptionalInt.empty())));
    }

    /**
     * Changes the name the account is shown under. The profile editor validates the name with the rest of the profile;
     * this checks it again because it is the last line before the database.
     */
    @Transactional
    public Account rename(AccountId id, String displayName) {
        var name = displayName == null ? "" : displayName.strip().replaceAll("\\s+", " ");
        if (name.isEmpty() || TextRules.length(name) > DISPLAY_NAME_MAX) {
            throw InvalidInputException.of("displayName", "must be 1 to " + DISPLAY_NAME_MAX + " characters");
        }
        TextRules.characterProblem(name, Lines.SINGLE).ifPresent(message -> {
            throw InvalidInputException.of("displayName", message);
        });
        if (accounts.updateDisplayName(id.value(), name) == 0) {
            throw new AccountNotFoundException();
        }
        return get(id);
    }

    /**
     * Remembers the language the person chose for Mingle, or forgets it (empty: their browser's language decides).
     * Any ISO 639 language is kept; which ones Mingle speaks is the user interface's business.
     */
    @Transactional
    public void chooseLanguage(AccountId id, Optional<Locale> language) {
        String code = language.map(Locale::getLanguage).orElse(null);
        if (code != null && !Set.of(Locale.getISOLanguages()).contains(code)) {
            throw InvalidInputException.of("language", "must be a language code such as en or de");
        }
        if (accounts.updateLanguage(id.value(), code) == 0) {
            throw new AccountNotFoundException();
        }
    }

    /** The language the person chose for Mingle, if they chose one. */
    @ReadOnly
    public Optional<Locale> language(AccountId id) {
        return accounts.findById(id.value()).filter(AccountRow::active).map(AccountRow::language)
                .map(Locale::forLanguageTag);
    }

    /** The account if it exists and is not erased: what a token or session must still name to be honoured. */
    @ReadOnly
    public Optional<Account> findActive(AccountId id) {
        return accounts.findById(id.value()).filter(AccountRow::active).map(AccountRow::toAccount);
    }

    /** The active accounts among these ids, by id; erased and unknown ones are left out. */
    @ReadOnly
    public Map<AccountId, Account> activeAmong(Collection<AccountId> ids) {
        var found = new HashMap<AccountId, Account>();
        for (var chunk : Chunks.of(ids.stream().map(AccountId::value).distinct().toList(), Chunks.ROWS)) {
            accounts.findByIdIn(chunk).stream()
                    .filter(AccountRow::active).map(AccountRow::toAccount)
                    .forEach(account -> found.put(account.id(), account));
        }
        return found;
    }

    /**
     * The language Mingle writes to each of these accounts in (mail, notifications): the one the person chose if Mingle
     * speaks it, else English. Erased and unknown accounts are left out.
     */
    @ReadOnly
    public Map<AccountId, Locale> writtenLanguagesOf(Collection<AccountId> ids) {
        var found = new HashMap<AccountId, Locale>();
        for (var chunk : Chunks.of(ids.stream().map(AccountId::value).distinct().toList(), Chunks.ROWS)) {
            accounts.findByIdIn(chunk).stream().filter(AccountRow::active)
                    .forEach(row -> found.put(new AccountId(row.id()), MailWords.spoken(row.language())));
        }
        return found;
    }

    @ReadOnly
    public Account get(AccountId id) {
        return findActive(id).orElseThrow(AccountNotFoundException::new);
    }

    /** The active account with this email, for adding people to an event's team. */
    @ReadOnly
    public Optional<Account> findByEmail(String emailText) {
        return Email.parse(emailText).flatMap(email -> accounts.findByEmail(email.value())).map(AccountRow::toAccount);
    }

    /**
     * Erases an account and its personal data. The row stays, without email, password or name, so counts in
     * organizers' reports stay right; the email address can sign up again as a new account.
     */
    public void erase(AccountId id, String clientAddress) {
        transactions.executeWrite(status -> {
            var row = accounts.findById(id.value()).filter(AccountRow::active)
                    .orElseThrow(AccountNotFoundException::new);
            personalData.get().eraseAll(id);
            accounts.update(new AccountRow(row.id(), null, ERASED_NAME, null, row.createdAt(), now(),
                    row.tokenVersion() + 1, null));
            audit.forgetClientAddresses(id);
            audit.record(AuditKind.ACCOUNT_ERASED, id, null);
            return null;
        });
        tokenVersions.forget(id);
    }

    /** After a change of the token version committed elsewhere in this feature (a password reset). */
    void forgetTokenVersion(AccountId account) {
        tokenVersions.forget(account);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TemporarilyUnavailableException("The server is shutting down. Please try again.",
                    Duration.ofSeconds(5));
        }
    }
}
