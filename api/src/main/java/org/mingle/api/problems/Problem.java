package org.mingle.api.problems;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * An RFC 9457 problem document, the body of every error response of the API ({@code application/problem+json}).
 *
 * @param type          identifies the kind of problem: {@code about:blank} when the status says it all, otherwise one
 *                      of the {@code urn:mingle:problem:*} types
 * @param title         short summary of the kind of problem; the same for every occurrence of a type
 * @param status        the HTTP status code
 * @param detail        explanation of this occurrence, written for the client's developer or user
 * @param errors        for invalid input: every refused field at once
 * @param correlationId for server errors: quote it when reporting the problem; the server log has the details
 */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details, sent as application/problem+json",
        requiredProperties = {"type", "title", "status", "detail"})
public record Problem(
        @Schema(example = "urn:mingle:problem:invalid-input") String type,
        @Schema(example = "Invalid input") String title,
        @Schema(example = "400") int status,
        @Schema(example = "2 fields are invalid.") String detail,
        @Nullable List<FieldProblem> errors,
        @Nullable String correlationId) {

    public Problem {
        errors = errors == null ? null : List.copyOf(errors);
    }

    /** One refused field. */
    @Serdeable.Serializable
    @Schema(name = "FieldProblem", requiredProperties = {"field", "message"})
    public record FieldProblem(
            @Schema(description = "the field as the client sent it; nested fields joined with dots",
                    example = "capacity") String field,
            @Schema(example = "must be between 1 and 100000") String message) {
    }
}
