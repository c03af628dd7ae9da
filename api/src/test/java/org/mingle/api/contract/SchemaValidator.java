package org.mingle.api.contract;

import static org.mingle.api.contract.OpenApiDescription.list;
import static org.mingle.api.contract.OpenApiDescription.map;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a JSON value (maps, lists, strings, numbers, booleans, null) against an OpenAPI 3.0 schema: the subset the
 * Mingle description uses ({@code $ref}, {@code allOf}, {@code type}, {@code format}, {@code nullable},
 * {@code enum}, {@code required}, {@code properties}, {@code additionalProperties}, {@code items}, lengths, bounds,
 * {@code pattern}, {@code writeOnly}).
 *
 * <p>One deliberate strictness: an object schema that lists {@code properties} and says nothing about
 * {@code additionalProperties} is closed. The description is generated from the response records, so a field it does
 * not list is a field the description forgot, and clients generated from it would drop it.
 */
final class SchemaValidator {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final OpenApiDescription description;

    SchemaValidator(OpenApiDescription description) {
        this.description = description;
    }

    /** What is wrong with the value, one message per finding, each starting with the JSON path; empty when valid. */
    List<String> validate(Object value, Map<String, Object> schema) {
        var errors = new ArrayList<String>();
        validate(value, schema, "$", errors);
        return errors;
    }

    private void validate(Object value, Map<String, Object> rawSchema, String path, List<String> errors) {
        var schema = description.flatten(rawSchema);
        if (value == null) {
            if (!Boolean.TRUE.equals(schema.get("nullable")) && !schema.isEmpty()) {
                errors.add(path + ": null, but the schema is not nullable");
            }
            return;
        }
        var allowed = list(schema.get("enum"));
        if (!allowed.isEmpty() && !allowed.contains(value)) {
            errors.add(path + ": " + shown(value) + " is not one of " + allowed);
        }
        String type = (String) schema.get("type");
        if (type == null && schema.containsKey("properties")) {
            type = "object";
        }
        if (type == null) {
            return;
        }
        switch (type) {
            case "string" -> string(value, schema, path, errors);
            case "integer" -> integer(value, schema, path, errors);
            case "number" -> number(value, schema, path, errors);
            case "boolean" -> {
                if (!(value instanceof Boolean)) {
                    errors.add(path + ": " + shown(value) + " is not a boolean");
                }
            }
            case "array" -> array(value, schema, path, errors);
            case "object" -> object(value, schema, path, errors);
            default -> errors.add(path + ": the schema has an unknown type " + type);
        }
    }

    private static void string(Object value, Map<String, Object> schema, String path, List<String> errors) {
        if (!(value instanceof String text)) {
            errors.add(path + ": " + shown(value) + " is not a string");
            return;
        }
        int length = text.codePointCount(0, text.length());
        if (schema.get("maxLength") instanceof Number max && length > max.intValue()) {
            errors.add(path + ": " + length + " characters, more than maxLength " + max);
        }
        if (schema.get("minLength") instanceof Number min && length < min.intValue()) {
            errors.add(path + ": " + length + " characters, fewer than minLength " + min);
        }
        if (schema.get("pattern") instanceof String pattern && !Pattern.compile(pattern).matcher(text).find()) {
            errors.add(path + ": " + shown(value) + " does not match " + pattern);
        }
        String format = (String) schema.get("format");
        if (format != null && !hasFormat(text, format)) {
            errors.add(path + ": " + shown(value) + " is not a " + format);
        }
    }

    private static boolean hasFormat(String text, String format) {
        try {
            switch (format) {
                case "date-time" -> OffsetDateTime.parse(text);
                case "date" -> LocalDate.parse(text);
                case "uuid" -> {
                    return UUID.matcher(text).matches();
                }
                case "email" -> {
                    return text.indexOf('@') > 0 && text.indexOf('@') < text.length() - 1;
                }
                case "uri" -> {
                    return new URI(text).isAbsolute();
                }
                default -> {
                    return true;
                }
            }
            return true;
        } catch (DateTimeParseException | URISyntaxException notOfTheFormat) {
            return false;
        }
    }

    private static void integer(Object value, Map<String, Object> schema, String path, List<String> errors) {
        BigInteger whole;
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            whole = BigInteger.valueOf(((Number) value).longValue());
        } else if (value instanceof BigInteger big) {
            whole = big;
        } else {
            errors.add(path + ": " + shown(value) + " is not an integer");
            return;
        }
        if ("int32".equals(schema.get("format")) && whole.bitLength() > 31) {
            errors.add(path + ": " + whole + " does not fit int32");
        }
        bounds(new BigDecimal(whole), schema, path, errors);
    }

    private static void number(Object value, Map<String, Object> schema, String path, List<String> errors) {
        if (!(value instanceof Number number)) {
            errors.add(path + ": " + shown(value) + " is not a number");
            return;
        }
        if (number instanceof Double d && (d.isNaN() || d.isInfinite())) {
            errors.add(path + ": " + d + " is not a JSON number");
            return;
        }
        bounds(new BigDecimal(number.toString()), schema, path, errors);
    }

    private static void bounds(BigDecimal value, Map<String, Object> schema, String path, List<String> errors) {
        if (schema.get("minimum") instanceof Number min && value.compareTo(new BigDecimal(min.toString())) < 0) {
            errors.add(path + ": " + value + " is below the minimum " + min);
        }
        if (schema.get("maximum") instanceof Number max && value.compareTo(new BigDecimal(max.toString())) > 0) {
            errors.add(path + ": " + value + " is above the maximum " + max);
        }
    }

    private void array(Object value, Map<String, Object> schema, String path, List<String> errors) {
        if (!(value instanceof List<?> items)) {
            errors.add(path + ": " + shown(value) + " is not an array");
            return;
        }
        if (schema.get("maxItems") instanceof Number max && items.size() > max.intValue()) {
            errors.add(path + ": " + items.size() + " items, more than maxItems " + max);
        }
        if (schema.get("minItems") instanceof Number min && items.size() < min.intValue()) {
            errors.add(path + ": " + items.size() + " items, fewer than minItems " + min);
        }
        var itemSchema = map(schema.get("items"));
        for (int i = 0; i < items.size(); i++) {
            validate(items.get(i), itemSchema, path + "[" + i + "]", errors);
        }
    }

    private void object(Object value, Map<String, Object> schema, String path, List<String> errors) {
        if (!(value instanceof Map<?, ?> object)) {
            errors.add(path + ": " + shown(value) + " is not an object");
            return;
        }
        var properties = map(schema.get("properties"));
        for (Object name : list(schema.get("required"))) {
            if (!object.containsKey(name)) {
                errors.add(path + ": the required field " + name + " is missing");
            }
        }
        Object additional = schema.get("additionalProperties");
        for (var entry : object.entrySet()) {
            String name = String.valueOf(entry.getKey());
            String at = path + "." + name;
            if (properties.containsKey(name)) {
                var property = map(properties.get(name));
                if (Boolean.TRUE.equals(description.resolve(property).get("writeOnly"))) {
                    errors.add(at + ": a writeOnly field appears in a response");
                }
                validate(entry.getValue(), property, at, errors);
            } else if (additional instanceof Map<?, ?> additionalSchema) {
                validate(entry.getValue(), map(additionalSchema), at, errors);
            } else if (Boolean.FALSE.equals(additional) || (additional == null && !properties.isEmpty())) {
                errors.add(at + ": a field the description does not list");
            }
        }
    }

    private static String shown(Object value) {
        String text = value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
        return RawHttp.abbreviated(text);
    }
}
