package org.mingle.api.problems;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.mingle.domain.health.DatabaseFaults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any failure no other handler knows: 500 with a generic detail and a correlation id; the cause is logged under that
 * id and never sent to the client. A lost database connection is no fault of the request: 503 with
 * {@code Retry-After}, like any other "temporarily unavailable".
 */
@Singleton
@Produces(Problems.MEDIA_TYPE)
public class UnexpectedExceptionHandler implements ExceptionHandler<Throwable, HttpResponse<Problem>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionHandler.class);

    private final DomainExceptionHandler domainProblems;
    private final DatabaseFaults faults;

    UnexpectedExceptionHandler(DomainExceptionHandler domainProblems, DatabaseFaults faults) {
        this.domainProblems = domainProblems;
        this.faults = faults;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, Throwable exception) {
        if (faults.isConnectionLost(exception)) {
            LOG.warn("Database connection lost during {} {}: {}", request.getMethodName(), request.getPath(),
                    exception.toString());
            return domainProblems.handle(request, faults.unavailable(exception));
        }
        return Problems.response(Problems.serverError(exception, request.getMethodName(), request.getPath()));
    }
}
