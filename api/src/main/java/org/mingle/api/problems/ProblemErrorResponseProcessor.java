package org.mingle.api.problems;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.NotAcceptableException;
import io.micronaut.http.server.exceptions.NotAllowedException;
import io.micronaut.http.server.exceptions.UnsupportedMediaException;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Makes every error response that Micronaut produces itself (unknown route, wrong method, unsupported media type,
 * malformed JSON, ...) a problem document. Being the application's {@link ErrorResponseProcessor}, it replaces
 * Micronaut's default one, which all built-in exception handlers call.
 *
 * <p>It never copies the messages in the {@link ErrorContext}: Micronaut writes them for developers and they may name
 * Java classes, arguments or input values. The detail is chosen from the status and, for a few known causes, from
 * facts that are safe to show (the allowed methods, the accepted media types).
 */
@Singleton
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    @Override
    @NonNull
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<Problem> processResponse(@NonNull ErrorContext context,
                                                        @NonNull MutableHttpResponse<?> response) {
        var request = context.getRequest();
        Problem problem;
        int code = response.code();
        if (code >= 500) {
            var status = standardStatus(code).orElse(HttpStatus.INTERNAL_SERVER_ERROR);
            problem = Problems.serverError(status, context.getRootCause().orElse(null), request.getMethodName(),
                    request.getPath());
        } else {
            problem = clientProblem(code, context);
        }
        var problemResponse = (MutableHttpResponse<Problem>) response;
        if (request.getMethod() == HttpMethod.HEAD) {
            return problemResponse;
        }
        return problemResponse.body(problem).contentType(Problems.PROBLEM_JSON);
    }

    private static Problem clientProblem(int code, ErrorContext context) {
        HttpStatus status = standardStatus(code).orElse(null);
        if (status == null) {
            return new Problem(ProblemTypes.ABOUT_BLANK, "Error", code, "The request failed.", null, null);
        }
        Throwable cause = context.getRootCause().orElse(null);
        return switch (status) {
            case BAD_REQUEST -> Problems.of(ProblemTypes.MALFORMED_REQUEST, "Malformed request", status,
                    RequestProblems.isJsonSyntax(cause) ? RequestProblems.INVALID_JSON
                            : "The request could not be understood.");
            case NOT_FOUND -> Problems.ofStatus(status, "There is nothing at this path.");
            case METHOD_NOT_ALLOWED -> Problems.ofStatus(status, cause instanceof NotAllowedException notAllowed
                    ? "This path does not allow this method. Allowed: " + list(notAllowed.getAllowedMethods()) + "."
                    : "This path does not allow this method.");
            case UNSUPPORTED_MEDIA_TYPE -> Problems.ofStatus(status, cause instanceof UnsupportedMediaException media
                    ? "Send the request body as " + list(media.getAcceptableContentTypes()) + "."
                    : "The request body has an unsupported media type.");
            case NOT_ACCEPTABLE -> Problems.ofStatus(status, cause instanceof NotAcceptableException
                    ? "This resource cannot be represented in any of the accepted media types."
                    : "No acceptable representation exists.");
            case REQUEST_ENTITY_TOO_LARGE -> Problems.ofStatus(status, "The request body is too large.");
            case UNAUTHORIZED -> Problems.of(ProblemTypes.UNAUTHENTICATED, "Not signed in", status,
                    "Log in first, then send the access token as 'Authorization: Bearer <token>'.");
            case TOO_MANY_REQUESTS -> Problems.of(ProblemTypes.TOO_MANY_REQUESTS, "Too many attempts", status,
                    "Too many requests. Wait a moment and try again.");
            case FORBIDDEN -> Problems.of(ProblemTypes.FORBIDDEN, "Forbidden", status, "You may not do this.");
            default -> Problems.ofStatus(status, status.getReason() + ".");
        };
    }

    private static Optional<HttpStatus> standardStatus(int code) {
        try {
            return Optional.of(HttpStatus.valueOf(code));
        } catch (IllegalArgumentException nonStandard) {
            return Optional.empty();
        }
    }

    private static String list(Collection<String> values) {
        return String.join(", ", new TreeSet<>(values));
    }
}
