package org.mingle.api.accounts;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.mingle.api.problems.ProblemResponses;

/**
 * Documents that an operation (or every operation of a controller) takes a bearer token, required or optional: the
 * security requirement, and the 401 for a token that is missing where one is needed, invalid or expired. Only
 * documentation: {@link CurrentAccount} decides who is let in.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@SecurityRequirement(name = ApiSecurity.BEARER)
@ApiResponse(responseCode = "401", ref = ProblemResponses.UNAUTHENTICATED)
public @interface TakesToken {
}
