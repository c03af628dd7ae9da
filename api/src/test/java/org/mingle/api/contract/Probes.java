package org.mingle.api.contract;

import static org.mingle.api.contract.OpenApiDescription.list;
import static org.mingle.api.contract.OpenApiDescription.map;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.mingle.api.contract.OpenApiDescription.Operation;
import org.mingle.api.contract.OpenApiDescription.Parameter;

/**
 * Builds requests for an operation from its description: one valid request (values from the schema's examples,
 * enums, defaults and formats, or real ids from {@link Fixtures}), and invalid variants that each spoil one parameter
 * or body field with one {@link ValueClass}. Random choices come from a seeded {@link Random}, so a run is repeatable.
 */
final class Probes {

    /** Leaves a parameter or body field out of the valid request. */
    static final Object OMIT = new Object();

    private static final String JSON = "application/json";
    private static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
    private static final int LONG_BODY_TEXT = 100_000;
    private static final int LONG_URL_TEXT = 4_000;
    private static final List<String> FAR_INSTANTS = List.of(
            "+294277-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z", "+10000-01-01T00:00:00Z");

    /** Values of the test's world for parameters ({@code in}: path, query, header) and body fields ({@code body}). */
    @FunctionalInterface
    interface Fixtures {
        /** The value to send, {@link #OMIT}, or null to build one from the schema. */
        Object valueFor(Operation operation, String in, String name);
    }

    /** One request: what it spoils (slot and input) and the bytes to send, apart from who sends it. */
    record Probe(ValueClass valueClass, String slot, String input, String method, String target,
                 Map<String, byte[]> headers, byte[] body) {

        RawHttp.Request request(String authorization) {
            var all = new ArrayList<Map.Entry<String, byte[]>>();
            if (authorization != null) {
                all.add(Map.entry("Authorization", authorization.getBytes(StandardCharsets.ISO_8859_1)));
            }
            all.addAll(headers.entrySet());
            return new RawHttp.Request(method, target, all, body);
        }
    }

    private final OpenApiDescription description;
    private final Fixtures fixtures;
    private final Random random;
    private final String defaultInstant;

    Probes(OpenApiDescription description, Fixtures fixtures, Random random, String defaultInstant) {
        this.description = description;
        this.fixtures = fixtures;
        this.random = random;
        this.defaultInstant = defaultInstant;
    }

    Probe valid(Operation operation) {
        return draft(operation).probe(ValueClass.VALID, "-", "-");
    }

    /**
     * Every invalid variant of the operation: parameters first, then body fields, then the body as a whole, then a
     * bearer token that is no token where the operation takes one (send that one without the role's token).
     */
    List<Probe> invalid(Operation operation) {
        var probes = new ArrayList<Probe>();
        for (var parameter : operation.parameters()) {
            switch (parameter.in()) {
                case "path" -> pathVariants(operation, parameter, probes);
                case "query" -> queryVariants(operation, parameter, probes);
                case "header" -> headerVariants(operation, parameter, probes);
                default -> throw new IllegalStateException("Parameters in " + parameter.in() + " are not probed");
            }
        }
        if (operation.body() != null && isUpload(operation)) {
            uploadVariants(operation, probes);
        } else if (operation.body() != null) {
            bodyFieldVariants(operation, probes);
            bodyVariants(operation, probes);
        }
        if (operation.secured()) {
            var draft = draft(operation);
            draft.headers.put("Authorization", "Bearer not.a.token".getBytes(StandardCharsets.US_ASCII));
            probes.add(draft.probe(ValueClass.INVALID_TOKEN, "header Authorization", "Bearer not.a.token"));
        }
        return probes;
    }

    // ---- parameters

    private void pathVariants(Operation operation, Parameter parameter, List<Probe> probes) {
        var variants = new LinkedHashMap<ValueClass, String>();
        variants.put(ValueClass.UNKNOWN_ID, uuid());
        variants.put(ValueClass.MALFORMED_ID, "not-an-id");
        urlTextVariants(variants);
        variants.put(ValueClass.NEGATIVE_NUMBER, "-1");
        variants.put(ValueClass.HUGE_NUMBER, "99999999999999999999999");
        variants.forEach((valueClass, encoded) -> {
            var draft = draft(operation);
            draft.path.put(parameter.name(), encoded);
            probes.add(draft.probe(valueClass, "path " + parameter.name(), encoded));
        });
    }

    private void queryVariants(Operation operation, Parameter parameter, List<Probe> probes) {
        var schema = description.flatten(parameter.schema());
        var variants = new ArrayList<Map.Entry<ValueClass, String>>();
        var text = new LinkedHashMap<ValueClass, String>();
        urlTextVariants(text);
        text.put(ValueClass.EMPTY, "");
        variants.addAll(text.entrySet());
        String type = String.valueOf(schema.get("type"));
        String format = String.valueOf(schema.get("format"));
        if (type.equals("integer") || type.equals("number")) {
            variants.add(Map.entry(ValueClass.HUGE_NUMBER, "99999999999999999999999"));
            variants.add(Map.entry(ValueClass.NEGATIVE_NUMBER, "-1"));
            variants.add(Map.entry(ValueClass.ZERO, "0"));
            variants.add(Map.entry(ValueClass.WRONG_TYPE, "2.5"));
            variants.add(Map.entry(ValueClass.WRONG_TYPE, "abc"));
        }
        if (type.equals("boolean")) {
            variants.add(Map.entry(ValueClass.WRONG_TYPE, "maybe"));
        }
        if (format.equals("date-time")) {
            FAR_INSTANTS.forEach(instant -> variants.add(Map.entry(ValueClass.FAR_INSTANT, encode(instant))));
            variants.add(Map.entry(ValueClass.WRONG_TYPE, "yesterday"));
        }
        if (format.equals("uuid")) {
            variants.add(Map.entry(ValueClass.UNKNOWN_ID, uuid()));
            variants.add(Map.entry(ValueClass.MALFORMED_ID, "not-an-id"));
        }
        if (schema.containsKey("enum")) {
            variants.add(Map.entry(ValueClass.UNKNOWN_ENUM, "NOT_A_VALUE"));
        }
        for (var variant : variants) {
            var draft = draft(operation);
            draft.query.put(encode(parameter.name()), variant.getValue());
            probes.add(draft.probe(variant.getKey(), "query " + parameter.name(), variant.getValue()));
        }
    }

    /** Spoilt text for a path segment or query value, already percent-encoded as it goes on the wire. */
    private static void urlTextVariants(Map<ValueClass, String> variants) {
        variants.put(ValueClass.NUL, "a%00b");
        variants.put(ValueClass.CONTROL_CHAR, "a%01b%1F");
        variants.put(ValueClass.LONE_SURROGATE, "a%ED%A0%80b");
        variants.put(ValueClass.MALFORMED_UTF8, "a%FF%FEb%C3");
        variants.put(ValueClass.MALFORMED_PERCENT, "a%G1b%");
        variants.put(ValueClass.LONG_STRING, "x".repeat(LONG_URL_TEXT));
    }

    private void headerVariants(Operation operation, Parameter parameter, List<Probe> probes) {
        var variants = new LinkedHashMap<ValueClass, byte[]>();
        variants.put(ValueClass.NUL, new byte[] {'a', 0, 'b'});
        variants.put(ValueClass.CONTROL_CHAR, new byte[] {'a', 1, 'b', 0x1F});
        variants.put(ValueClass.LONE_SURROGATE, new byte[] {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'b'});
        variants.put(ValueClass.MALFORMED_UTF8, new byte[] {'a', (byte) 0xFF, (byte) 0xFE, 'b'});
        variants.put(ValueClass.LONG_STRING, "k".repeat(LONG_URL_TEXT).getBytes(StandardCharsets.US_ASCII));
        variants.put(ValueClass.EMPTY, new byte[0]);
        variants.forEach((valueClass, bytes) -> {
            var draft = draft(operation);
            draft.headers.put(parameter.name(), bytes);
            probes.add(draft.probe(valueClass, "header " + parameter.name(), shownBytes(bytes)));
        });
    }

    // ---- body

    private void bodyFieldVariants(Operation operation, List<Probe> probes) {
        var schema = description.flatten(bodySchema(operation));
        var properties = map(schema.get("properties"));
        for (var property : properties.entrySet()) {
            String field = property.getKey();
            for (var variant : fieldVariants(description.flatten(map(property.getValue())))) {
                var draft = draft(operation);
                draft.field(field, variant.getValue());
                probes.add(draft.probe(variant.getKey(), "body " + field, shown(variant.getValue())));
            }
        }
        for (Object required : list(schema.get("required"))) {
            var draft = draft(operation);
            draft.removeField((String) required);
            probes.add(draft.probe(ValueClass.MISSING_REQUIRED, "body " + required, "(left out)"));
        }
        if (!properties.isEmpty()) {
            var draft = draft(operation);
            draft.field("notAField", "surprise");
            probes.add(draft.probe(ValueClass.UNKNOWN_FIELD, "body notAField", "\"surprise\""));
        }
    }

    private List<Map.Entry<ValueClass, Object>> fieldVariants(Map<String, Object> schema) {
        var variants = new ArrayList<Map.Entry<ValueClass, Object>>();
        String type = String.valueOf(schema.get("type"));
        switch (type) {
            case "string" -> {
                variants.addAll(textVariants());
                variants.add(Map.entry(ValueClass.EMPTY, ""));
                variants.add(Map.entry(ValueClass.WRONG_TYPE, 12));
                if ("date-time".equals(schema.get("format"))) {
                    FAR_INSTANTS.forEach(instant -> variants.add(Map.entry(ValueClass.FAR_INSTANT, instant)));
                }
                if (schema.containsKey("enum")) {
                    variants.add(Map.entry(ValueClass.UNKNOWN_ENUM, "NOT_A_VALUE"));
                }
            }
            case "integer", "number" -> {
                variants.add(Map.entry(ValueClass.HUGE_NUMBER, new Json.Raw(type.equals("integer")
                        ? "99999999999999999999999" : "1e400")));
                variants.add(Map.entry(ValueClass.NEGATIVE_NUMBER, -1));
                variants.add(Map.entry(ValueClass.ZERO, 0));
                variants.add(Map.entry(ValueClass.WRONG_TYPE, "12"));
                if (type.equals("integer")) {
                    variants.add(Map.entry(ValueClass.WRONG_TYPE, 2.5));
                }
            }
            case "boolean" -> variants.add(Map.entry(ValueClass.WRONG_TYPE, "true"));
            case "array" -> {
                variants.add(Map.entry(ValueClass.WRONG_TYPE, Map.of("not", "an array")));
                for (var item : fieldVariants(description.flatten(map(schema.get("items"))))) {
                    variants.add(Map.entry(item.getKey(), List.of(item.getValue())));
                }
            }
            case "object" -> {
                variants.add(Map.entry(ValueClass.WRONG_TYPE, List.of("not", "an object")));
                if (schema.get("additionalProperties") instanceof Map<?, ?> values) {
                    for (var value : fieldVariants(description.flatten(map(values)))) {
                        variants.add(Map.entry(value.getKey(), Map.of("headline", value.getValue())));
                    }
                    variants.add(Map.entry(ValueClass.UNKNOWN_FIELD, Map.of("notAField", "PUBLIC")));
                }
            }
            default -> variants.add(Map.entry(ValueClass.WRONG_TYPE, List.of()));
        }
        variants.add(Map.entry(ValueClass.NULL, NULL));
        return variants;
    }

    /** JSON null as a map value (Map.entry refuses null). */
    private static final Object NULL = new Json.Raw("null");

    private static List<Map.Entry<ValueClass, Object>> textVariants() {
        return List.of(
                Map.entry(ValueClass.NUL, "a\u0000b"),
                Map.entry(ValueClass.CONTROL_CHAR, "a\u0001b\u001f"),
                Map.entry(ValueClass.LONE_SURROGATE, "a\ud800b"),
                Map.entry(ValueClass.LONG_STRING, "x".repeat(LONG_BODY_TEXT)));
    }

    private void bodyVariants(Operation operation, List<Probe> probes) {
        var raw = new LinkedHashMap<String, byte[]>();
        raw.put("{not json", "{not json".getBytes(StandardCharsets.UTF_8));
        raw.put("(empty)", new byte[0]);
        raw.put("null", "null".getBytes(StandardCharsets.UTF_8));
        raw.put("[]", "[]".getBytes(StandardCharsets.UTF_8));
        raw.forEach((shown, bytes) -> {
            var draft = draft(operation);
            draft.rawBody = bytes;
            probes.add(draft.probe(ValueClass.NOT_JSON, "body", shown));
        });

        var malformed = draft(operation);
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"x\": \"a".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xC3});
        bytes.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
        malformed.rawBody = bytes.toByteArray();
        probes.add(malformed.probe(ValueClass.MALFORMED_UTF8, "body", "{\"x\": \"a\\xFF\\xFE\\xC3\"}"));

        var plain = draft(operation);
        plain.contentType = "text/plain";
        probes.add(plain.probe(ValueClass.WRONG_MEDIA_TYPE, "body", "Content-Type: text/plain"));

        var large = draft(operation);
        large.rawBody = ("{\"padding\": \"" + "x".repeat(1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        probes.add(large.probe(ValueClass.TOO_LARGE, "body", "(1 MiB + 15 bytes)"));
    }

    /** Bodies of an upload (a file such as an image, valid from the fixtures) that are not what it takes. */
    private void uploadVariants(Operation operation, List<Probe> probes) {
        byte[] valid = (byte[]) draft(operation).body;
        var variants = new LinkedHashMap<String, byte[]>();
        variants.put("text", "not an image".getBytes(StandardCharsets.UTF_8));
        variants.put("(empty)", new byte[0]);
        variants.put("the first half", Arrays.copyOf(valid, valid.length / 2));
        variants.forEach((shown, bytes) -> {
            var draft = draft(operation);
            draft.rawBody = bytes;
            probes.add(draft.probe(ValueClass.NOT_AN_IMAGE, "body", shown));
        });

        var plain = draft(operation);
        plain.contentType = "text/plain";
        probes.add(plain.probe(ValueClass.WRONG_MEDIA_TYPE, "body", "Content-Type: text/plain"));

        var large = draft(operation);
        large.rawBody = Arrays.copyOf(valid, MAX_UPLOAD_BYTES + 1);
        probes.add(large.probe(ValueClass.TOO_LARGE, "body", "(5 MiB + 1 byte)"));
    }

    /** Whether the operation takes a file (a binary string) rather than JSON. */
    private boolean isUpload(Operation operation) {
        var schema = description.flatten(bodySchema(operation));
        return "string".equals(schema.get("type")) && "binary".equals(schema.get("format"));
    }

    private Map<String, Object> bodySchema(Operation operation) {
        var schemas = operation.body().schemas();
        return schemas.containsKey(JSON) ? schemas.get(JSON) : schemas.values().iterator().next();
    }

    // ---- valid values

    /** A valid value for the schema: an example, the first enum value, the default, or one made for the format. */
    private Object validValue(Map<String, Object> rawSchema, Operation operation, String in, String name) {
        Object fixture = fixtures.valueFor(operation, in, name);
        if (fixture != null) {
            return fixture;
        }
        if (in.equals("path")) {
            return uuid();
        }
        var schema = description.flatten(rawSchema);
        if (schema.containsKey("example")) {
            return schema.get("example");
        }
        if (!list(schema.get("enum")).isEmpty()) {
            return list(schema.get("enum")).get(0);
        }
        if (schema.containsKey("default")) {
            return schema.get("default");
        }
        String format = String.valueOf(schema.get("format"));
        return switch (String.valueOf(schema.get("type"))) {
            case "string" -> switch (format) {
                case "date-time" -> defaultInstant;
                case "date" -> LocalDate.now().plusDays(7).toString();
                case "uuid" -> uuid();
                case "email" -> "someone@example.com";
                case "uri" -> "https://example.com/";
                default -> "Mingle networking";
            };
            case "integer" -> schema.get("minimum") instanceof Number min ? min : 1;
            case "number" -> schema.get("minimum") instanceof Number min ? min : 0.5;
            case "boolean" -> false;
            case "array" -> List.of(validValue(map(schema.get("items")), operation, in, name + "[]"));
            default -> {
                var object = new LinkedHashMap<String, Object>();
                map(schema.get("properties")).forEach((field, fieldSchema) -> {
                    Object value = validValue(map(fieldSchema), operation, in, field);
                    if (value != OMIT) {
                        object.put(field, value);
                    }
                });
                yield object;
            }
        };
    }

    private String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    // ---- one request being put together

    private Draft draft(Operation operation) {
        var draft = new Draft(operation);
        for (var parameter : operation.parameters()) {
            Object value = validValue(parameter.schema(), operation, parameter.in(), parameter.name());
            if (value == OMIT) {
                continue;
            }
            switch (parameter.in()) {
                case "path" -> draft.path.put(parameter.name(), encode(String.valueOf(value)));
                case "query" -> draft.query.put(encode(parameter.name()), encode(String.valueOf(value)));
                case "header" -> draft.headers.put(parameter.name(),
                        (parameter.name().equals("Idempotency-Key") ? uuid() : String.valueOf(value))
                                .getBytes(StandardCharsets.UTF_8));
                default -> throw new IllegalStateException("Parameters in " + parameter.in() + " are not probed");
            }
        }
        if (operation.body() != null) {
            var schemas = operation.body().schemas();
            draft.contentType = schemas.containsKey(JSON) ? JSON : schemas.keySet().iterator().next();
            draft.body = validValue(bodySchema(operation), operation, "body", "");
        }
        return draft;
    }

    private static final class Draft {

        private final Operation operation;
        private final Map<String, String> path = new LinkedHashMap<>();
        private final Map<String, String> query = new LinkedHashMap<>();
        private final Map<String, byte[]> headers = new LinkedHashMap<>();
        private Object body;
        private byte[] rawBody;
        private String contentType;

        Draft(Operation operation) {
            this.operation = operation;
        }

        @SuppressWarnings("unchecked")
        void field(String name, Object value) {
            var object = new LinkedHashMap<>((Map<String, Object>) body);
            object.put(name, value == NULL ? null : value);
            body = object;
        }

        @SuppressWarnings("unchecked")
        void removeField(String name) {
            var object = new LinkedHashMap<>((Map<String, Object>) body);
            object.remove(name);
            body = object;
        }

        Probe probe(ValueClass valueClass, String slot, String input) {
            String target = operation.path();
            for (var value : path.entrySet()) {
                target = target.replace("{" + value.getKey() + "}", value.getValue());
            }
            var queryText = new StringBuilder();
            query.forEach((name, value) -> queryText.append(queryText.isEmpty() ? "?" : "&")
                    .append(name).append('=').append(value));
            var allHeaders = new LinkedHashMap<>(headers);
            byte[] bytes = null;
            if (body instanceof byte[] file) {
                allHeaders.put("Content-Type", contentType.getBytes(StandardCharsets.US_ASCII));
                bytes = rawBody != null ? rawBody : file;
            } else if (contentType != null) {
                allHeaders.put("Content-Type", (contentType + "; charset=utf-8").getBytes(StandardCharsets.US_ASCII));
                bytes = rawBody != null ? rawBody : Json.write(body).getBytes(StandardCharsets.UTF_8);
            }
            return new Probe(valueClass, slot, input, operation.method(), target + queryText, allHeaders, bytes);
        }
    }

    // ---- text

    /** Percent-encodes UTF-8 text for a path segment or query value: only unreserved characters stay. */
    static String encode(String text) {
        var out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    private static String shown(Object value) {
        return RawHttp.abbreviated(Json.write(value));
    }

    private static String shownBytes(byte[] bytes) {
        var out = new StringBuilder();
        for (byte b : bytes) {
            int c = b & 0xFF;
            out.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\x%02X", c));
        }
        return RawHttp.abbreviated(out.toString());
    }
}
