package org.mingle.domain.profiles;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.TextRules.Lines;
import org.mingle.domain.shared.TextRules;

/**
 * A normalised interest tag. The display form keeps what the person typed, trimmed and with inner whitespace collapsed;
 * the normalised form is also case-folded; the comparison key also drops diacritics, so "  Climate   Tech ",
 * "climate tech" and "Clímate Tech" are the same interest. Equality, hashing and order use the key only.
 */
public final class Interest implements Comparable<Interest> {

    public static final int MAX_LENGTH = 60;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final String display;
    private final String normalized;
    private final String key;

    private Interest(String display, String normalized, String key) {
        this.display = display;
        this.normalized = normalized;
        this.key = key;
    }

    /**
     * Normalises a typed tag.
     *
     * @throws InvalidInputException when the tag is blank, longer than {@link #MAX_LENGTH} or breaks the
     *                               {@link TextRules character rule}
     */
    public static Interest of(String text) {
        String display = text == null ? "" : WHITESPACE.matcher(text).replaceAll(" ").strip();
        if (display.isEmpty()) {
            throw InvalidInputException.of("interests", "must not be blank");
        }
        if (TextRules.length(display) > MAX_LENGTH) {
            throw InvalidInputException.of("interests", "must be at most " + MAX_LENGTH + " characters each");
        }
        TextRules.characterProblem(display, Lines.SINGLE).ifPresent(message -> {
            throw InvalidInputException.of("interests", message);
        });
        String normalized = display.toLowerCase(Locale.ROOT);
        return new Interest(display, normalized, comparisonKey(normalized));
    }

    /**
     * An interest as stored, already normalised when it was saved: rebuilding the key of every stored tag on each read
     * would cost more than the rest of loading an event's profiles.
     */
    static Interest stored(String display, String key) {
        return new Interest(display, display.toLowerCase(Locale.ROOT), key);
    }

    /** The key under which free text is compared: case-folded, whitespace collapsed, diacritics removed. */
    public static String comparisonKey(String text) {
        String folded = WHITESPACE.matcher(text).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
        return MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
    }

    /** As typed, trimmed, inner whitespace collapsed: "Clímate Tech". */
    public String display() {
        return display;
    }

    /** Case-folded display form: "clímate tech". */
    public String normalized() {
        return normalized;
    }

    /** Comparison key: "climate tech". */
    public String key() {
        return key;
    }

    @Override
    public int compareTo(Interest other) {
        return key.compareTo(other.key);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Interest interest && key.equals(interest.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return display;
    }
}
