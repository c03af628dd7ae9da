package org.mingle.api.problems;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.UnsatisfiedArgumentHandler;
import jakarta.inject.Singleton;
import java.util.List;

/** A required request value is missing: the body, or a required parameter. Replaces Micronaut's handler. */
@Singleton
@Produces(Problems.MEDIA_TYPE)
@Replaces(UnsatisfiedArgumentHandler.class)
public class UnsatisfiedArgumentExceptionHandler
        implements ExceptionHandler<UnsatisfiedArgumentException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, UnsatisfiedArgumentException exception) {
        var argument = exception.getArgument();
        if (argument.getAnnotationMetadata().hasAnnotation(Body.class)) {
            return Problems.response(RequestBodyExceptionHandler.missingBody());
        }
        var field = new Problem.FieldProblem(ParameterNames.of(argument), "is required");
        return Problems.response(Problems.invalid(ProblemTypes.INVALID_INPUT, "Invalid input", List.of(field)));
    }
}
