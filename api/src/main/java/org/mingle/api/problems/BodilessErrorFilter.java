package org.mingle.api.problems;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.exceptions.response.ErrorContext;

/**
 * Gives a problem document to error responses that filters send without a body and without passing through the
 * {@link ProblemErrorResponseProcessor}. Micronaut's CORS filter is one: a cross-origin request to a server addressed
 * as {@code localhost} gets a bare 403, which protects a locally running Mingle from pages in the browser.
 *
 * <p>Then it puts the request's id on every problem, whoever wrote it: the id the server gave the request and answers
 * in the {@value #REQUEST_ID} header (the server's {@code RequestIds} replaces any id a caller sent that is not sane,
 * so the header holds a safe value here).
 *
 * <p>First in order, so its response filter runs last, after every other filter has answered.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class BodilessErrorFilter implements Ordered {

    static final String REQUEST_ID = "X-Request-Id";

    private final ProblemErrorResponseProcessor problems;

    BodilessErrorFilter(ProblemErrorResponseProcessor problems) {
        this.problems = problems;
    }

    @ResponseFilter
    @SuppressWarnings("unchecked")
    void addProblem(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.code() < 400 || request.getMethod() == HttpMethod.HEAD) {
            return;
        }
        if (response.getBody().isEmpty()) {
            if (response.code() == HttpStatus.FORBIDDEN.getCode()
                    && request.getHeaders().contains(HttpHeaders.ORIGIN)) {
                ((MutableHttpResponse<Problem>) response).body(Problems.of(ProblemTypes.FORBIDDEN, "Forbidden",
                        HttpStatus.FORBIDDEN, "Requests from pages of other origins are not allowed."))
                        .contentType(Problems.PROBLEM_JSON);
            } else {
                problems.processResponse(ErrorContext.builder(request).build(), response);
            }
        }
        String requestId = request.getHeaders().get(REQUEST_ID);
        if (requestId != null && response.getBody().orElse(null) instanceof Problem problem
                && problem.requestId() == null) {
            ((MutableHttpResponse<Problem>) response).body(problem.withRequestId(requestId));
        }
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
