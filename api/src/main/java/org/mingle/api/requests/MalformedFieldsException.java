package org.mingle.api.requests;

import io.micronaut.http.codec.CodecException;
import java.util.List;
import org.mingle.domain.shared.FieldError;

/**
 * Fields of a JSON body sent with the wrong JSON type, found by reading the body's fields as sent (see
 * {@link JsonBodies#requireText}): answered like any other body that does not have the expected shape, as a malformed
 * request (400) naming each field.
 */
public class MalformedFieldsException extends CodecException {

    private final List<FieldError> errors;

    public MalformedFieldsException(List<FieldError> errors) {
        super(errors.size() + " fields of the body have the wrong JSON type");
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a malformed body names at least one field");
        }
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
