package org.mingle.api.problems;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the problem responses of the API, so that every error has the same shape and media type. */
public final class Problems {

    /** {@code application/problem+json} (RFC 9457). */
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.of(MEDIA_TYPE);

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private Problems() {
    }

    /** A problem whose type is {@code about:blank}: the title is the status's reason phrase. */
    public static Problem ofStatus(HttpStatus status, String detail) {
        return new Problem(ProblemTypes.ABOUT_BLANK, status.getReason(), status.getCode(), detail, null, null);
    }

    public static Problem of(String type, String title, HttpStatus status, String detail) {
        return new Problem(type, title, status.getCode(), detail, null, null);
    }

    /** A 400 naming the refused fields. */
    public static Problem invalid(String type, String title, List<Problem.FieldProblem> errors) {
        String detail = errors.size() == 1
                ? "The field " + errors.get(0).field() + " " + errors.get(0).message() + "."
                : errors.size() + " fields are invalid; see errors.";
        return new Problem(type, title, HttpStatus.BAD_REQUEST.getCode(), detail, errors, null);
    }

    /**
     * A 500 that tells nothing about the fault: the cause goes to the server log under a fresh correlation id, which
     * the client can quote.
     */
    public static Problem serverError(Throwable cause, String method, String path) {
        return serverError(HttpStatus.INTERNAL_SERVER_ERROR, cause, method, path);
    }

    /** A 5xx like {@link #serverError(Throwable, String, String)}, with the given status. */
    public static Problem serverError(HttpStatus status, Throwable cause, String method, String path) {
        String correlationId = UUID.randomUUID().toString();
        LOG.error("Error {} answering {} {} [correlationId={}]", status.getCode(), method, path, correlationId, cause);
        return new Problem(ProblemTypes.SERVER_ERROR, status.getReason(), status.getCode(),
                "The server failed to answer this request. If this keeps happening, report the correlation id.",
                null, correlationId);
    }

    /** The response carrying a problem, with its status and media type. */
    public static MutableHttpResponse<Problem> response(Problem problem) {
        return HttpResponse.<Problem>status(HttpStatus.valueOf(problem.status()))
                .body(problem)
                .contentType(PROBLEM_JSON);
    }
}
