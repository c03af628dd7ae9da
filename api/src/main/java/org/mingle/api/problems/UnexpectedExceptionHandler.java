package org.mingle.api.problems;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * Any failure no other handler knows: 500 with a generic detail and a correlation id; the cause is logged under that
 * id and never sent to the client.
 */
@Singleton
@Produces(Problems.MEDIA_TYPE)
public class UnexpectedExceptionHandler implements ExceptionHandler<Throwable, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, Throwable exception) {
        return Problems.response(Problems.serverError(exception, request.getMethodName(), request.getPath()));
    }
}
