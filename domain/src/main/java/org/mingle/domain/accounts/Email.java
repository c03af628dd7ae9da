package org.mingle.domain.accounts;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.mingle.domain.shared.TextRules.Lines;
import org.mingle.domain.shared.TextRules;

/** An email address in the one form Mingle stores and compares: trimmed and lower-cased. */
public record Email(String value) {

    public static final int MAX_LENGTH = 254;
    // Deliberately simple: one @, something before, a dotted domain after. Delivery is the real test.
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");

    public Email {
        if (!isValid(value) || !value.equals(normalise(value))) {
            throw new IllegalArgumentException("not a normalised email address");
        }
    }

    /** The normalised address, or empty when the text is no plausible email address. */
    public static Optional<Email> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var normalised = normalise(text);
        return isValid(normalised) ? Optional.of(new Email(normalised)) : Optional.empty();
    }

    private static String normalise(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isValid(String value) {
        return value != null && TextRules.length(value) <= MAX_LENGTH && SHAPE.matcher(value).matches()
                && TextRules.characterProblem(value, Lines.SINGLE).isEmpty();
    }

    @Override
    public String toString() {
        return value;
    }
}
