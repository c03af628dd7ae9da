package org.mingle.domain.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mingle.domain.shared.FieldError;

/**
 * What a password must be (NIST SP 800-63B): long enough, not absurdly long, not a commonly used password, and not
 * the person's own email or name. No composition rules: they make passwords harder to remember, not to guess.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** Long passphrases are welcome; the cap only bounds the hashing work one request can ask for. */
    public static final int MAX_LENGTH = 1024;
    private static final String COMMON_PASSWORDS = "/org/mingle/domain/accounts/common-passwords.txt";
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** @return the reason a password is refused, or empty when it is acceptable */
    public static Optional<String> check(String password, String email, String displayName) {
        if (password == null || password.isEmpty()) {
            return Optional.of("is required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("must have at least " + MIN_LENGTH + " characters");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("must have at most " + MAX_LENGTH + " characters");
        }
        var lowered = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lowered) || isOneCharacterRepeated(password)) {
            return Optional.of("is too common; choose one that is harder to guess");
        }
        if (containsPersonal(lowered, email == null ? null : email.split("@")[0])
                || containsPersonal(lowered, displayName)) {
            return Optional.of("must not contain your email address or name");
        }
        return Optional.empty();
    }

    static int commonPasswordCount() {
        return COMMON.size();
    }

    private static boolean isOneCharacterRepeated(String password) {
        return password.codePoints().distinct().count() <= 2;
    }

    private static boolean containsPersonal(String password, String personal) {
        if (personal == null) {
            return false;
        }
        var compact = personal.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        return compact.length() >= 4 && password.replaceAll("\\s+", "").contains(compact);
    }

    private static Set<String> load() {
        var stream = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS);
        if (stream == null) {
            throw new IllegalStateException("Missing " + COMMON_PASSWORDS);
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reason {@link #check} gave, as the field's error with its code, so a screen can write it in its language. */
    static FieldError error(String field, String reason) {
        if (reason.equals("is required")) {
            return FieldError.required(field);
        }
        if (reason.equals("must have at least " + MIN_LENGTH + " characters")) {
            return FieldError.coded(field, "password.tooShort", reason, MIN_LENGTH);
        }
        if (reason.equals("must have at most " + MAX_LENGTH + " characters")) {
            return FieldError.coded(field, "password.tooLong", reason, MAX_LENGTH);
        }
        if (reason.startsWith("is too common")) {
            return FieldError.coded(field, "password.common", reason);
        }
        if (reason.startsWith("must not contain your email")) {
            return FieldError.coded(field, "password.personal", reason);
        }
        return new FieldError(field, reason);
    }
}
