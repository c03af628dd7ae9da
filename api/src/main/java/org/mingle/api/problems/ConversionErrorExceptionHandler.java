package org.mingle.api.problems;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * A request value that does not convert to its parameter's type ({@code ?page=abc}, {@code ?size=1.5}): 400 naming the
 * parameter. Replaces Micronaut's handler, whose message names Java types.
 */
@Singleton
@Produces(Problems.MEDIA_TYPE)
@Replaces(ConversionErrorHandler.class)
public class ConversionErrorExceptionHandler
        implements ExceptionHandler<ConversionErrorException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConversionErrorException exception) {
        var argument = exception.getArgument();
        if (argument.getAnnotationMetadata().hasAnnotation(Body.class)) {
            return Problems.response(RequestBodyExceptionHandler.toProblem(exception));
        }
        var field = new Problem.FieldProblem(ParameterNames.of(argument), RequestProblems.expectation(argument));
        return Problems.response(Problems.invalid(ProblemTypes.INVALID_INPUT, "Invalid input", List.of(field)));
    }
}
