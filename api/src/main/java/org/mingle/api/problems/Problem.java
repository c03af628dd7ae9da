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
 * @param requestId     the request's id, also in its {@code X-Request-Id} response header: the server's log lines of
 *                      the request carry it
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
        @Nullable String correlationId,
        @Schema(description = "the request's id, as in its X-Request-Id response header; the server's log lines of "
                + "the request carry it", example = "3f2a9c0d5e7b4a1c8d6e0f1a2b3c4d5e") @Nullable String requestId) {

    public Problem {
        errors = errors == null ? null : List.copyOf(errors);
    }

    /** A problem without its request's id yet: {@link BodilessErrorFilter} adds it to every problem response. */
    public Problem(String type, String title, int status, String detail, List<FieldProblem> errors,
                   String correlationId) {
        this(type, title, status, detail, errors, correlationId, null);
    }

    /** The same problem, told which request it answers. */
    public Problem withRequestId(String requestId) {
        return new Problem(type, title, status, detail, errors, correlationId, requestId);
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
