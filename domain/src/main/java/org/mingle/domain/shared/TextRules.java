package org.mingle.domain.shared;

import java.util.List;
import java.util.Optional;

/**
 * The one rule for text that people type, whichever edge it came through. Text may hold any Unicode character except
 * control characters (U+0000-U+001F, U+007F, U+0080-U+009F; multi-line text may hold tab, line feed and carriage
 * return) and unpaired surrogates, which are no characters at all: PostgreSQL refuses NUL, and the others break
 * calendar files, CSV exports and what people see. Lengths count characters as people see them, code points, so an
 * emoji counts once, as PostgreSQL's {@code char_length} does.
 */
public final class TextRules {

    public static final String CONTROL_CHARACTERS = "must not contain control characters";
    public static final String UNPAIRED_SURROGATES = "must not contain unpaired surrogates";

    /** Whether line breaks and tabs belong in the text (a bio) or not (a title). */
    public enum Lines {
        SINGLE, MULTIPLE
    }

    private TextRules() {
    }

    /** The number of characters as people count them: code points. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** What is wrong with the characters of the text, if anything. */
    public static Optional<String> characterProblem(String text, Lines lines) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(UNPAIRED_SURROGATES);
            } else if (Character.getType(c) == Character.CONTROL && !(lines == Lines.MULTIPLE && isLineSpace(c))) {
                return Optional.of(CONTROL_CHARACTERS);
            }
        }
        return Optional.empty();
    }

    /**
     * Checks the length and characters of a field's text, adding at most one error for it.
     *
     * @param max the most characters (code points) the text may have
     * @return whether the text is fine
     */
    public static boolean check(String field, String text, int max, Lines lines, List<FieldError> errors) {
        if (length(text) > max) {
            errors.add(FieldError.coded(field, "text.tooLong", "must be at most " + max + " characters", max));
            return false;
        }
        Optional<String> problem = characterProblem(text, lines);
        problem.ifPresent(message -> errors.add(FieldError.coded(field, message.equals(CONTROL_CHARACTERS)
                ? "text.controlCharacters" : "text.unpairedSurrogates", message)));
        return problem.isEmpty();
    }

    /**
     * Refuses single-line text that breaks the character rule, such as words to search for.
     *
     * @return the text, {@code null} included
     * @throws InvalidInputException naming the field
     */
    public static String requireValid(String field, String text) {
        if (text != null) {
            characterProblem(text, Lines.SINGLE).ifPresent(message -> {
                throw InvalidInputException.of(field, message);
            });
        }
        return text;
    }

    /** At most {@code max} characters of the text, never cutting a character in half. */
    public static String truncate(String text, int max) {
        if (text == null || length(text) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max));
    }

    private static boolean isLineSpace(char c) {
        return c == '\t' || c == '\n' || c == '\r';
    }
}
