package org.mingle.domain.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.audit.AuditKind;
import org.mingle.domain.audit.AuditLog;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.testsupport.MicronautPostgres;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountServiceTest implements MicronautPostgres {

    private static final String PASSWORD = "tangerine orbit maple 1987";

    @Inject
    AccountService accounts;
    @Inject
    AuditLog audit;
    @Inject
    DSLContext sql;
    @Inject
    AccountRowRepository rows;

    @Test
    void signsUpWithANormalisedEmailAndLogsIn() {
        var account = accounts.signUp(new SignUp("  Grace.Hopper@Example.COM ", PASSWORD, "  Grace   Hopper "), "10.0.0.1");

        assertThat(account.email().value()).isEqualTo("grace.hopper@example.com");
        assertThat(account.displayName()).isEqualTo("Grace Hopper");
        assertThat(accounts.logIn("GRACE.HOPPER@example.com", PASSWORD, "10.0.0.1")).isEqualTo(account);
        assertThat(audit.about(account.id())).extracting(entry -> entry.kind())
                .containsExactly(AuditKind.SIGNED_UP, AuditKind.LOGIN_SUCCEEDED);
    }

    @Test
    void remembersTheChosenLanguageUntilThePersonLetsTheBrowserDecideAgain() {
        var account = TestAccounts.signUp(accounts, "Ada Sprache");
        assertThat(accounts.language(account.id())).isEmpty();

        accounts.chooseLanguage(account.id(), Optional.of(Locale.GERMANY));
        assertThat(accounts.language(account.id())).contains(Locale.GERMAN);

        assertThatThrownBy(() -> accounts.chooseLanguage(account.id(), Optional.of(Locale.forLanguageTag("xx"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("language", "must be a language code such as en or de")));
        assertThat(accounts.language(account.id())).contains(Locale.GERMAN);

        accounts.chooseLanguage(account.id(), Optional.empty());
        assertThat(accounts.language(account.id())).isEmpty();
    }

    @Test
    void namesEveryRefusedFieldAtSignUp() {
        assertThatThrownBy(() -> accounts.signUp(new SignUp("not-an-email", "short", " "), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactlyInAnyOrder(
                        new FieldError("email", "must be a valid email address"),
                        new FieldError("displayName", "is required"),
                        new FieldError("password", "must have at least 12 characters")));
    }

    @Test
    void accountsOfMinglesOwnShareOneHashWhilePeopleSigningUpGetTheirOwn() {
        var shared = accounts.sharedPassword(PASSWORD);
        var first = accounts.createWithSharedPassword("shared.one@example.com", "Shared One", shared);
        var second = accounts.createWithSharedPassword("shared.two@example.com", "Shared Two", shared);
        var third = accounts.signUp(new SignUp("own.one@example.com", PASSWORD, "Own One"), null);
        var fourth = accounts.signUp(new SignUp("own.two@example.com", PASSWORD, "Own Two"), null);

        for (var account : List.of(first, second, third, fourth)) {
            assertThat(accounts.logIn(account.email().value(), PASSWORD, "10.9.0.1")).isEqualTo(account);
        }
        assertThatThrownBy(() -> accounts.logIn("shared.two@example.com", "not the password!!", "10.9.0.2"))
                .isInstanceOf(InvalidCredentialsException.class);
        assertThat(storedHash(first)).isEqualTo(storedHash(second));
        assertThat(storedHash(third)).as("each sign-up with its own salt")
                .isNotEqualTo(storedHash(fourth)).isNotEqualTo(storedHash(first));
        assertThat(audit.about(first.id())).extracting(entry -> entry.kind())
                .containsExactly(AuditKind.SIGNED_UP, AuditKind.LOGIN_SUCCEEDED);
    }

    @Test
    void aSharedPasswordIsValidatedAsAtSignUp() {
        var shared = accounts.sharedPassword("shared-and-short");
        assertThatThrownBy(() -> accounts.createWithSharedPassword("x", "Shared Three", shared))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("email", "must be a valid email address")));
        accounts.createWithSharedPassword("shared.three@example.com", "Shared Three", shared);
        assertThatThrownBy(() -> accounts.createWithSharedPassword("shared.three@example.com", "Again", shared))
                .isInstanceOf(EmailTakenException.class);
        var weak = accounts.sharedPassword("short");
        assertThatThrownBy(() -> accounts.createWithSharedPassword("shared.four@example.com", "Shared Four", weak))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("password", "must have at least 12 characters")));
    }

    @Test
    void oneAccountPerEmailEvenWhenSigningUpInParallel() throws Exception {
        var email = "parallel." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var results = inParallel(8, () -> accounts.signUp(new SignUp(email, PASSWORD, "Parallel Person"), null));

        assertThat(results.stream().filter(r -> r instanceof Account)).hasSize(1);
        assertThat(results.stream().filter(r -> r instanceof EmailTakenException)).hasSize(7);
    }

    @Test
    void wrongPasswordAndUnknownEmailAnswerAlike() {
        var account = TestAccounts.signUp(accounts, "Alan Turing");

        var wrongPassword = catchMessage(() -> accounts.logIn(account.email().value(), "not the password!!", "10.0.0.2"));
        var unknownEmail = catchMessage(() -> accounts.logIn("nobody@example.com", PASSWORD, "10.0.0.2"));

        assertThat(wrongPassword).isEqualTo(unknownEmail).isEqualTo("The email address or password is not correct.");
    }

    @Test
    void fiveFailuresMakeThatClientWaitForThatAccountWhileAnotherClientLogsIn() {
        var account = TestAccounts.signUp(accounts, "Barbara Liskov");
        var email = account.email().value();
        int limit = LoginThrottlePolicy.PER_ACCOUNT_AND_CLIENT.maxAttempts();
        for (int i = 0; i < limit; i++) {
            assertThatThrownBy(() -> accounts.logIn(email, "wrong password again", "10.1.0.5"))
                    .isInstanceOf(InvalidCredentialsException.class);
        }

        assertThatThrownBy(() -> accounts.logIn(email, TestAccounts.PASSWORD, "10.1.0.5"))
                .isInstanceOfSatisfying(LoginThrottledException.class,
                        e -> assertThat(e.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15)));
        assertThat(audit.about(account.id())).extracting(entry -> entry.kind()).contains(AuditKind.LOGIN_THROTTLED);
        assertThat(accounts.logIn(email, TestAccounts.PASSWORD, "10.1.0.6").id()).isEqualTo(account.id());
    }

    @Test
    void failuresFromManyClientsSlowAnAccountDownButTheRightPasswordGetsIn() {
        var account = TestAccounts.signUp(accounts, "Shafi Goldwasser");
        var email = account.email().value();
        for (int i = 0; i < LoginThrottlePolicy.PER_ACCOUNT.freeFailures() + 2; i++) {
            int client = i;
            assertThatThrownBy(() -> accounts.logIn(email, "wrong password again", "10.7.0." + client))
                    .isInstanceOf(InvalidCredentialsException.class);
        }

        long started = System.nanoTime();
        assertThat(accounts.logIn(email, TestAccounts.PASSWORD, "10.7.1.1").id()).isEqualTo(account.id());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("slowed down by the third delay")
                .isGreaterThanOrEqualTo(Duration.ofMillis(1000));
    }

    @Test
    void parallelGuessesFromOneClientCannotGetPastTheLimit() throws Exception {
        var account = TestAccounts.signUp(accounts, "Leslie Lamport");
        var email = account.email().value();

        var results = inParallel(12, () -> {
            try {
                return accounts.logIn(email, "a parallel guess 123", "10.8.0.1");
            } catch (RuntimeException refused) {
                return refused;
            }
        });

        assertThat(results.stream().filter(r -> r instanceof InvalidCredentialsException))
                .as("passwords checked").hasSize(LoginThrottlePolicy.PER_ACCOUNT_AND_CLIENT.maxAttempts());
        assertThat(results.stream().filter(r -> r instanceof LoginThrottledException))
                .hasSize(12 - LoginThrottlePolicy.PER_ACCOUNT_AND_CLIENT.maxAttempts());
    }

    @Test
    void parallelLogInsWithTheRightPasswordAreAtMostAskedToWaitAMoment() throws Exception {
        var account = TestAccounts.signUp(accounts, "Barbara Simons");
        var email = account.email().value();

        var results = inParallel(12, () -> {
            try {
                return accounts.logIn(email, TestAccounts.PASSWORD, "10.9.0.1");
            } catch (RuntimeException refused) {
                return refused;
            }
        });

        assertThat(results).allSatisfy(result -> assertThat(result).satisfiesAnyOf(
                r -> assertThat(r).isEqualTo(account),
                r -> assertThat(r).isInstanceOfSatisfying(LoginThrottledException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(LoginThrottlePolicy.PENDING_RETRY))));
        assertThat(accounts.logIn(email, TestAccounts.PASSWORD, "10.9.0.1")).isEqualTo(account);
    }

    @Test
    void aSuccessfulLogInClearsThePairsFailures() {
        var account = TestAccounts.signUp(accounts, "Frances Allen");
        var email = account.email().value();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < LoginThrottlePolicy.PER_ACCOUNT_AND_CLIENT.maxAttempts() - 1; i++) {
                assertThatThrownBy(() -> accounts.logIn(email, "wrong password again", "10.2.0.1"))
                        .isInstanceOf(InvalidCredentialsException.class);
            }
            assertThat(accounts.logIn(email, TestAccounts.PASSWORD, "10.2.0.1").id()).isEqualTo(account.id());
        }
    }

    @Test
    void oneClientAddressCannotTryManyAccounts() {
        for (int i = 0; i < LoginThrottlePolicy.PER_CLIENT.maxAttempts(); i++) {
            assertThatThrownBy(() -> accounts.logIn("guess" + UUID.randomUUID() + "@example.com", "guessed password",
                    "10.3.0.1")).isInstanceOf(InvalidCredentialsException.class);
        }

        assertThatThrownBy(() -> accounts.logIn("another@example.com", "guessed password", "10.3.0.1"))
                .isInstanceOf(LoginThrottledException.class);
        assertThatThrownBy(() -> accounts.logIn("another@example.com", "guessed password", "10.3.0.2"))
                .isInstanceOf(InvalidCredentialsException.class);
    }

    @Test
    void theAuditLogHoldsNoPasswordsOrEmails() {
        var account = TestAccounts.signUp(accounts, "Katherine Johnson");
        assertThatThrownBy(() -> accounts.logIn(account.email().value(), "a secret attempt 123", "10.4.0.1"))
                .isInstanceOf(InvalidCredentialsException.class);

        var everything = sql.resultQuery("select a::text from audit_log a").fetch().map(r -> r.get(0, String.class));

        assertThat(String.join("\n", everything)).doesNotContain(account.email().value())
                .doesNotContain("a secret attempt 123").doesNotContain(TestAccounts.PASSWORD);
    }

    @Test
    void erasureRemovesEverythingPersonalAndFreesTheEmail() {
        var account = accounts.signUp(new SignUp("hedy.lamarr@example.com", PASSWORD, "Hedy Lamarr"), "10.5.0.1");
        accounts.logIn("hedy.lamarr@example.com", PASSWORD, "10.5.0.77");

        accounts.erase(account.id(), "10.5.0.1");

        assertThat(accounts.findActive(account.id())).isEmpty();
        assertThatThrownBy(() -> accounts.logIn("hedy.lamarr@example.com", PASSWORD, "10.5.0.1"))
                .isInstanceOf(InvalidCredentialsException.class);
        assertThat(databaseDump()).doesNotContain("hedy.lamarr@example.com").doesNotContain("Hedy Lamarr")
                .doesNotContain("10.5.0.77");
        var again = accounts.signUp(new SignUp("hedy.lamarr@example.com", PASSWORD, "Hedy Lamarr"), null);
        assertThat(again.id()).isNotEqualTo(account.id());
    }

    @Test
    void loggingOutOfTheApiRaisesTheTokenVersion() {
        var account = TestAccounts.signUp(accounts, "Adele Goldberg");
        assertThat(accounts.tokenVersion(account.id())).hasValue(0);

        accounts.revokeApiTokens(account.id(), "10.6.0.1");

        assertThat(accounts.tokenVersion(account.id())).hasValue(1);
        assertThat(audit.about(account.id())).extracting(entry -> entry.kind()).contains(AuditKind.LOGGED_OUT);
        accounts.erase(account.id(), null);
        assertThat(accounts.tokenVersion(account.id())).isEmpty();
        assertThatThrownBy(() -> accounts.revokeApiTokens(account.id(), null)).isInstanceOf(AccountNotFoundException.class);
    }

    @Test
    void anErasedAccountCannotBeErasedTwice() {
        var account = TestAccounts.signUp(accounts, "Radia Perlman");
        accounts.erase(account.id(), null);

        assertThatThrownBy(() -> accounts.erase(account.id(), null)).isInstanceOf(AccountNotFoundException.class);
    }

    /** Every row of every table of the schema, as text: what a dump of the database would hold. */
    private String databaseDump() {
        var tables = sql.resultQuery("select tablename from pg_tables where schemaname = 'public'").fetch()
                .map(r -> r.get(0, String.class));
        var dump = new StringBuilder();
        for (var table : tables) {
            sql.resultQuery("select t::text from \"" + table + "\" t").fetch()
                    .forEach(r -> dump.append(r.get(0, String.class)).append('\n'));
        }
        assertThat(tables).contains("accounts", "audit_log", "events", "event_team");
        return dump.toString();
    }

    private static String catchMessage(Runnable action) {
        try {
            action.run();
            throw new AssertionError("expected a refusal");
        } catch (InvalidCredentialsException e) {
            return e.getMessage();
        }
    }

    private static List<Object> inParallel(int count, Callable<Object> task) throws Exception {
        var pool = Executors.newFixedThreadPool(count);
        var start = new CountDownLatch(1);
        try {
            var futures = new ArrayList<java.util.concurrent.Future<Object>>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            var results = new ArrayList<Object>();
            for (var future : futures) {
                try {
                    results.add(future.get());
                } catch (ExecutionException e) {
                    results.add(e.getCause());
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private String storedHash(Account account) {
        return rows.findById(account.id().value()).orElseThrow().passwordHash();
    }
}
