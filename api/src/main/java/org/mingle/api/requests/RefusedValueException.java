package org.mingle.api.requests;

import io.micronaut.serde.exceptions.SerdeException;

/**
 * A body value of the right JSON type and format that the API still refuses, such as a date-time outside the
 * supported years. Its message is written for the client and becomes the field's message in the 400 answer; the
 * decoder adds the field's path as it does to its own exceptions.
 */
public class RefusedValueException extends SerdeException {

    public RefusedValueException(String message) {
        super(message);
    }
}
