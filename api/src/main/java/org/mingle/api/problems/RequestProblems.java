package org.mingle.api.problems;

import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.PropertyReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mingle.api.requests.DateTimes;
import org.mingle.api.requests.RefusedValueException;

/**
 * Reads what went wrong in a request that could not be bound (malformed JSON, a field of the wrong type or format, an
 * unknown field) from the framework's exceptions, into messages that name the client's field and never a Java type.
 */
final class RequestProblems {

    static final String INVALID_JSON = "The request body is not valid JSON.";

    private RequestProblems() {
    }

    /** The refused field of a body that did not map onto the request type, when the exception says which one. */
    static Optional<Problem.FieldProblem> fieldOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SerdeException serde && !serde.getPath().isEmpty()) {
                var field = fieldProblem(serde.getPath());
                return Optional.of(serde instanceof RefusedValueException refused
                        ? new Problem.FieldProblem(field.field(), refused.getMessage()) : field);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }

    /** Whether the body was no JSON at all (as opposed to JSON of the wrong shape). */
    static boolean isJsonSyntax(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (t instanceof JsonSyntaxException || name.equals("com.fasterxml.jackson.core.JsonParseException")
                    || name.equals("com.fasterxml.jackson.core.io.JsonEOFException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** What a value of this type must look like, in the client's words. */
    static String expectation(Argument<?> argument) {
        Class<?> type = argument.getType();
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return DateTimes.EXPECTATION;
        }
        if (type == LocalDate.class) {
            return "must be a date in ISO-8601 format, such as 2026-12-03";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "must be a date or time in ISO-8601 format";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "must be a string";
        }
        if (type.isEnum()) {
            return "must be one of " + String.join(", ", enumNames(type));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be an array";
        }
        if (Map.class.isAssignableFrom(type) || BeanIntrospector.SHARED.findIntrospection(type).isPresent()) {
            return "must be an object";
        }
        return "has an invalid value";
    }

    private static Problem.FieldProblem fieldProblem(List<ReferencePath> innermostFirst) {
        var field = new StringBuilder();
        for (int i = innermostFirst.size() - 1; i >= 0; i--) {
            var element = innermostFirst.get(i);
            if (element instanceof PropertyReferencePath property) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(property.property().getName());
            } else if (element instanceof CollectionItemReferencePath item) {
                field.append('[').append(item.index()).append(']');
            } else if (element instanceof MapItemReferencePath entry) {
                field.append(field.isEmpty() ? "" : ".").append(entry.key());
            }
        }
        var innermost = innermostFirst.get(0);
        String message;
        if (innermost instanceof PropertyReferencePath property && !isKnownProperty(property)) {
            message = "is not a known field";
        } else {
            message = expectation(innermost.getArgument());
        }
        return new Problem.FieldProblem(field.isEmpty() ? "body" : field.toString(), message);
    }

    private static boolean isKnownProperty(PropertyReferencePath path) {
        return BeanIntrospector.SHARED.findIntrospection(path.type())
                .map(introspection -> introspection.getProperty(path.property().getName()).isPresent())
                .orElse(true);
    }

    private static List<String> enumNames(Class<?> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    }
}
