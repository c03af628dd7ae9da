package org.mingle.api.requests;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.codec.CodecException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mingle.domain.shared.FieldError;

/**
 * Reads JSON request bodies that a controller takes as raw text: where the raw bytes matter (the fingerprint of an
 * idempotent request) or which fields were sent at all (a partial update). Malformed JSON, a field of the wrong type
 * and an unknown field fail as they do when the framework decodes the body: 400 naming the field (see
 * {@code org.mingle.api.problems.RequestBodyExceptionHandler}).
 */
@Singleton
public class JsonBodies {

    private final JsonMapper json;

    public JsonBodies(JsonMapper json) {
        this.json = json;
    }

    /** The body as the request type. */
    public <T> T read(@Nullable String body, Class<T> type) {
        return decode(body, Argument.of(type));
    }

    /** The body's top-level fields as sent, JSON {@code null}s included. */
    public Map<String, Object> fields(@Nullable String body) {
        return decode(body, Argument.mapOf(String.class, Object.class));
    }

    /**
     * Refuses the fields that were sent with another JSON type than text: {@code strings} must be a string or
     * {@code null}, {@code stringArrays} an array of strings or {@code null}. The framework reads a number, a boolean
     * and even an object into a text field, which would store something other than what the client meant; use this
     * on the {@link #fields} of a body whose text matters as sent.
     *
     * @throws MalformedFieldsException naming every such field (answered 400, malformed request)
     */
    public void requireText(Map<String, Object> fields, List<String> strings, List<String> stringArrays) {
        List<FieldError> errors = new ArrayList<>();
        for (String name : strings) {
            Object value = fields.get(name);
            if (value != null && !(value instanceof String)) {
                errors.add(new FieldError(name, "must be a string"));
            }
        }
        for (String name : stringArrays) {
            Object value = fields.get(name);
            if (value != null && !(value instanceof List<?> list && list.stream().allMatch(String.class::isInstance))) {
                errors.add(new FieldError(name, "must be an array of strings"));
            }
        }
        if (!errors.isEmpty()) {
            throw new MalformedFieldsException(errors);
        }
    }

    private <T> T decode(@Nullable String body, Argument<T> type) {
        if (body == null || body.isBlank()) {
            throw new CodecException("The request needs a JSON body.");
        }
        T value;
        try {
            value = json.readValue(body, type);
        } catch (CodecException codec) {
            throw codec;
        } catch (IOException | RuntimeException malformed) {
            throw new CodecException("The request body could not be decoded.", malformed);
        }
        if (value == null) {
            throw new CodecException("The request body is JSON null.");
        }
        return value;
    }
}
