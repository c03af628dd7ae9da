package org.mingle.api.contract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * An OpenAPI 3 description as the checks need it: its operations with parameters, request bodies and responses, and
 * {@code $ref}s followed into {@code components}. The document stays a tree of maps and lists, so a check can be run
 * against a deliberately damaged copy (see {@link #copy()}).
 */
final class OpenApiDescription {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    private final Map<String, Object> document;

    private OpenApiDescription(Map<String, Object> document) {
        this.document = document;
    }

    static OpenApiDescription parse(String yaml) {
        return new OpenApiDescription(new Yaml(new SafeConstructor(new LoaderOptions()),
                new Representer(new DumperOptions()), new DumperOptions(), new LoaderOptions(),
                new TimestampsAsText()).load(yaml));
    }

    /** A deep copy, to change for a check that must then fail. */
    OpenApiDescription copy() {
        return new OpenApiDescription(deepCopy(document));
    }

    /** One operation: a method on a path template. */
    record Operation(String method, String path, String id, List<Parameter> parameters, RequestBody body,
                     Map<String, Map<String, Object>> responses, boolean secured) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** A path, query or header parameter. */
    record Parameter(String name, String in, boolean required, Map<String, Object> schema) {
    }

    /** The schemas a request body may take, by media type. */
    record RequestBody(boolean required, Map<String, Map<String, Object>> schemas) {
    }

    List<Operation> operations() {
        var operations = new ArrayList<Operation>();
        map(document.get("paths")).forEach((path, item) -> map(item).forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                operations.add(operation(method.toUpperCase(Locale.ROOT), path, map(operation)));
            }
        }));
        operations.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
        return operations;
    }

    /** The operation with this operationId, as a map that may be changed (on a {@link #copy()}). */
    Map<String, Object> rawOperation(String operationId) {
        for (Object item : map(document.get("paths")).values()) {
            for (Object operation : map(item).values()) {
                if (operation instanceof Map<?, ?> found && operationId.equals(found.get("operationId"))) {
                    return map(found);
                }
            }
        }
        throw new IllegalArgumentException("No operation " + operationId);
    }

    /** The schema of {@code components.schemas.<name>}, as a map that may be changed (on a {@link #copy()}). */
    Map<String, Object> schema(String name) {
        return map(map(map(document.get("components")).get("schemas")).get(name));
    }

    /** The whole document, as a tree of maps and lists that may be changed (on a {@link #copy()}). */
    Map<String, Object> root() {
        return document;
    }

    /** The object a {@code $ref} points to, or the object itself when it is no reference. */
    Map<String, Object> resolve(Map<String, Object> object) {
        Map<String, Object> current = object;
        for (int depth = 0; current != null && current.containsKey("$ref"); depth++) {
            if (depth > 20) {
                throw new IllegalStateException("$ref cycle at " + object.get("$ref"));
            }
            current = pointer((String) current.get("$ref"));
        }
        return current;
    }

    /** The schema with {@code $ref} followed and {@code allOf} merged into one object schema. */
    Map<String, Object> flatten(Map<String, Object> rawSchema) {
        var schema = resolve(rawSchema);
        if (!schema.containsKey("allOf")) {
            return schema;
        }
        var merged = new LinkedHashMap<String, Object>(schema);
        merged.remove("allOf");
        var properties = new LinkedHashMap<String, Object>(map(schema.get("properties")));
        var required = new LinkedHashSet<Object>(list(schema.get("required")));
        for (Object part : list(schema.get("allOf"))) {
            var flat = flatten(map(part));
            flat.forEach(merged::putIfAbsent);
            properties.putAll(map(flat.get("properties")));
            required.addAll(list(flat.get("required")));
        }
        if (!properties.isEmpty()) {
            merged.put("properties", properties);
        }
        if (!required.isEmpty()) {
            merged.put("required", List.copyOf(required));
        }
        if (schema.containsKey("nullable")) {
            merged.put("nullable", schema.get("nullable"));
        }
        return merged;
    }

    private Map<String, Object> pointer(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalStateException("Only local references are supported: " + ref);
        }
        Object at = document;
        for (String part : ref.substring(2).split("/")) {
            at = map(at).get(part.replace("~1", "/").replace("~0", "~"));
            if (at == null) {
                throw new IllegalStateException("Dangling reference " + ref);
            }
        }
        return map(at);
    }

    private Operation operation(String method, String path, Map<String, Object> operation) {
        var parameters = new ArrayList<Parameter>();
        for (Object raw : list(operation.get("parameters"))) {
            var parameter = resolve(map(raw));
            parameters.add(new Parameter((String) parameter.get("name"), (String) parameter.get("in"),
                    Boolean.TRUE.equals(parameter.get("required")), map(parameter.get("schema"))));
        }
        RequestBody body = null;
        if (operation.get("requestBody") != null) {
            var requestBody = resolve(map(operation.get("requestBody")));
            var schemas = new LinkedHashMap<String, Map<String, Object>>();
            map(requestBody.get("content")).forEach((type, media) -> schemas.put(type, map(map(media).get("schema"))));
            body = new RequestBody(Boolean.TRUE.equals(requestBody.get("required")), schemas);
        }
        var responses = new LinkedHashMap<String, Map<String, Object>>();
        map(operation.get("responses")).forEach((status, response) -> responses.put(status, resolve(map(response))));
        boolean secured = !list(operation.get("security")).isEmpty();
        return new Operation(method, path, (String) operation.get("operationId"), List.copyOf(parameters), body,
                responses, secured);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static <T> T deepCopy(T value) {
        if (value instanceof Map<?, ?> source) {
            var copy = new LinkedHashMap<Object, Object>();
            source.forEach((k, v) -> copy.put(k, deepCopy(v)));
            return (T) copy;
        }
        if (value instanceof List<?> source) {
            var copy = new ArrayList<>();
            source.forEach(v -> copy.add(deepCopy(v)));
            return (T) copy;
        }
        return value;
    }

    /** YAML's implicit timestamps would turn examples such as 2026-12-03T18:30:00+01:00 into dates; keep the text. */
    private static final class TimestampsAsText extends Resolver {

        @Override
        public void addImplicitResolver(Tag tag, Pattern regexp, String first) {
            if (!Tag.TIMESTAMP.equals(tag)) {
                super.addImplicitResolver(tag, regexp, first);
            }
        }

        @Override
        public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
            if (!Tag.TIMESTAMP.equals(tag)) {
                super.addImplicitResolver(tag, regexp, first, limit);
            }
        }
    }
}
