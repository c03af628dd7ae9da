package org.mingle.api.problems;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.ConflictException;
import org.mingle.domain.shared.DomainException;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.NotFoundException;

/**
 * Refusals of the business rules as problems. Their messages are written for the caller and are safe to show (see
 * {@link DomainException}), so they become the problem's detail.
 */
@Singleton
@Produces(Problems.MEDIA_TYPE)
public class DomainExceptionHandler implements ExceptionHandler<DomainException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, DomainException exception) {
        return Problems.response(toProblem(exception));
    }

    static Problem toProblem(DomainException exception) {
        if (exception instanceof InvalidInputException invalid) {
            var errors = invalid.errors().stream()
                    .map(error -> new Problem.FieldProblem(error.field(), error.message()))
                    .toList();
            return Problems.invalid(ProblemTypes.INVALID_INPUT, "Invalid input", errors);
        }
        if (exception instanceof NotFoundException) {
            return Problems.of(ProblemTypes.NOT_FOUND, "Not found", HttpStatus.NOT_FOUND, exception.getMessage());
        }
        if (exception instanceof AccessDeniedException) {
            return Problems.of(ProblemTypes.FORBIDDEN, "Forbidden", HttpStatus.FORBIDDEN, exception.getMessage());
        }
        if (exception instanceof ConflictException) {
            return Problems.of(ProblemTypes.CONFLICT, "Conflict", HttpStatus.CONFLICT, exception.getMessage());
        }
        return Problems.of(ProblemTypes.RULE_VIOLATED, "Refused by a business rule", HttpStatus.UNPROCESSABLE_ENTITY,
                exception.getMessage());
    }
}
