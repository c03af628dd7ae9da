package org.mingle.domain.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One refused input field, named as the caller sent it (for example {@code title} or {@code capacity}), with the
 * English message. A message people see often also has a stable code and the values it was made from, by which a
 * screen writes it in its own language ({@code error.<code>}); without a code, or without a translation, the English
 * message is shown. Two errors are equal when they refuse the same field with the same message: the code only says
 * how to translate it.
 */
public record FieldError(String field, String message, String code, List<Object> arguments) {

    /** A code for the rule that every field must be filled in. */
    public static final String REQUIRED = "required";

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        arguments = List.copyOf(arguments);
    }

    /** An error without a code: shown in English in every language. */
    public FieldError(String field, String message) {
        this(field, message, null, List.of());
    }

    /** An error with a code and the values its message was made from. */
    public static FieldError coded(String field, String code, String message, Object... arguments) {
        return new FieldError(field, message, Objects.requireNonNull(code, "code"), Arrays.asList(arguments));
    }

    public static FieldError required(String field) {
        return coded(field, REQUIRED, "is required");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldError error && error.field.equals(field) && error.message.equals(message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, message);
    }
}
