package org.mingle.domain.shared;

import java.util.List;

/** Input that breaks a validation rule; carries every refused field at once so a form can mark them all. */
public class InvalidInputException extends DomainException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(summary(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid input names at least one field");
        }
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldError(field, message)));
    }

    /** The one field's error with a code: see {@link FieldError#coded}. */
    public static InvalidInputException coded(String field, String code, String message, Object... arguments) {
        return new InvalidInputException(List.of(FieldError.coded(field, code, message, arguments)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String summary(List<FieldError> errors) {
        return errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
    }
}
