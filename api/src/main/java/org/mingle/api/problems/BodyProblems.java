package org.mingle.api.problems;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents the answers every operation that takes a request body can give before it reads the body: 413 when the
 * body is over the server's limit, 415 when its media type is not one the operation accepts.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
@ApiResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
public @interface BodyProblems {
}
