package org.mingle.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The validator the contract test relies on finds each kind of body that is off its schema, and only those. */
class SchemaValidatorTest {

    private static final OpenApiDescription DESCRIPTION = OpenApiDescription.parse("""
            openapi: 3.0.1
            paths: {}
            components:
              schemas:
                Thing:
                  required: [id, name, at]
                  type: object
                  properties:
                    id: {type: string, format: uuid}
                    name: {type: string, maxLength: 5, pattern: "^[a-z]+$"}
                    at: {type: string, format: date-time, example: 2026-12-03T18:30:00+01:00}
                    count: {type: integer, format: int32, minimum: 0}
                    share: {type: number, maximum: 1}
                    done: {type: boolean}
                    kind: {type: string, enum: [A, B]}
                    tags: {type: array, maxItems: 2, items: {type: string}}
                    note: {type: string, nullable: true}
                    secret: {type: string, writeOnly: true}
                    labels: {type: object, additionalProperties: {type: string}}
                    part:
                      nullable: true
                      allOf:
                      - $ref: "#/components/schemas/Part"
                Part:
                  required: [size]
                  type: object
                  properties:
                    size: {type: integer}
            """);
    private static final Map<String, Object> THING = Map.of("$ref", "#/components/schemas/Thing");

    private final SchemaValidator validator = new SchemaValidator(DESCRIPTION);

    @Test
    void aValidBodyPasses() {
        assertThat(validator.validate(valid(), THING)).isEmpty();
    }

    @Test
    void examplesStayTextRatherThanBecomingDates() {
        assertThat(DESCRIPTION.schema("Thing").toString()).contains("example=2026-12-03T18:30:00+01:00");
    }

    @Test
    void eachKindOfDeviationIsFound() {
        assertThat(errors("id", "not-a-uuid")).containsExactly("$.id: \"not-a-uuid\" is not a uuid");
        assertThat(errors("name", "abcdef")).containsExactly("$.name: 6 characters, more than maxLength 5");
        assertThat(errors("name", "ABC")).containsExactly("$.name: \"ABC\" does not match ^[a-z]+$");
        assertThat(errors("name", 12)).containsExactly("$.name: 12 is not a string");
        assertThat(errors("at", "2026-12-03T18:30:00")).containsExactly(
                "$.at: \"2026-12-03T18:30:00\" is not a date-time");
        assertThat(errors("count", -1)).containsExactly("$.count: -1 is below the minimum 0");
        assertThat(errors("count", 2.5)).containsExactly("$.count: 2.5 is not an integer");
        assertThat(errors("count", new BigInteger("99999999999"))).containsExactly(
                "$.count: 99999999999 does not fit int32");
        assertThat(errors("share", 1.5)).containsExactly("$.share: 1.5 is above the maximum 1");
        assertThat(errors("done", "true")).containsExactly("$.done: \"true\" is not a boolean");
        assertThat(errors("kind", "C")).containsExactly("$.kind: \"C\" is not one of [A, B]");
        assertThat(errors("tags", List.of("a", "b", "c"))).containsExactly("$.tags: 3 items, more than maxItems 2");
        assertThat(errors("tags", List.of(1))).containsExactly("$.tags[0]: 1 is not a string");
        assertThat(errors("name", null)).containsExactly("$.name: null, but the schema is not nullable");
        assertThat(errors("secret", "hunter2")).containsExactly("$.secret: a writeOnly field appears in a response");
        assertThat(errors("labels", Map.of("a", 1))).containsExactly("$.labels.a: 1 is not a string");
        assertThat(errors("part", Map.of())).containsExactly("$.part: the required field size is missing");
        assertThat(errors("part", Map.of("size", 1, "extra", 2))).containsExactly(
                "$.part.extra: a field the description does not list");
        assertThat(errors("unlisted", "x")).containsExactly("$.unlisted: a field the description does not list");
        assertThat(validator.validate(List.of(), THING)).containsExactly("$: [] is not an object");
    }

    @Test
    void nullableFieldsAndOpenMapsAcceptWhatTheyPromise() {
        assertThat(errors("note", null)).isEmpty();
        assertThat(errors("part", null)).isEmpty();
        assertThat(errors("labels", Map.of("any", "text"))).isEmpty();
    }

    @Test
    void aMissingRequiredFieldIsFound() {
        var body = valid();
        body.remove("at");

        assertThat(validator.validate(body, THING)).containsExactly("$: the required field at is missing");
    }

    private List<String> errors(String field, Object value) {
        var body = valid();
        body.put(field, value);
        return validator.validate(body, THING);
    }

    private static Map<String, Object> valid() {
        var body = new HashMap<String, Object>();
        body.put("id", "0b8f1c9e-3d1a-4b7e-9a55-2f1c0d9e8a77");
        body.put("name", "ada");
        body.put("at", "2026-12-03T18:30:00+01:00");
        body.put("count", 3);
        body.put("share", 0.5);
        body.put("done", true);
        body.put("kind", "A");
        body.put("tags", List.of("x"));
        body.put("part", Map.of("size", 2));
        return body;
    }
}
