package org.mingle.api.problems;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.mingle.api.accounts.NotSignedInException;
import org.mingle.domain.accounts.TooManyAttemptsException;
import org.mingle.domain.idempotency.IdempotencyKeyReusedException;
import org.mingle.domain.meetings.MeetingRuleException;
import org.mingle.domain.meetings.RequestAllowanceException;
import org.mingle.domain.profiles.ImageTooLargeException;
import org.mingle.domain.profiles.NotAnImageException;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AuthenticationException;
import org.mingle.domain.shared.ConflictException;
import org.mingle.domain.shared.DomainException;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.NotFoundException;
import org.mingle.domain.shared.TemporarilyUnavailableException;

/**
 * Refusals of the business rules as problems. Their messages are written for the caller and are safe to show (see
 * {@link DomainException}), so they become the problem's detail.
 *
 * <p>401 carries {@code WWW-Authenticate: Bearer} (with {@code error="invalid_token"} when a token was sent but
 * refused, RFC 6750); 429 and 503 carry {@code Retry-After} in whole seconds, rounded up.
 */
@Singleton
@Produces(Problems.MEDIA_TYPE)
public class DomainExceptionHandler implements ExceptionHandler<DomainException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, DomainException exception) {
        var response = Problems.response(toProblem(exception));
        if (exception instanceof AuthenticationException) {
            boolean refusedToken = exception instanceof NotSignedInException notSignedIn
                    && notSignedIn.tokenPresented();
            response.header(HttpHeaders.WWW_AUTHENTICATE, refusedToken ? "Bearer error=\"invalid_token\"" : "Bearer");
        }
        if (exception instanceof TooManyAttemptsException throttled) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds(throttled.retryAfter())));
        }
        if (exception instanceof TemporarilyUnavailableException unavailable) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds(unavailable.retryAfter())));
        }
        return response;
    }

    static Problem toProblem(DomainException exception) {
        if (exception instanceof InvalidInputException invalid) {
            var errors = invalid.errors().stream()
                    .map(error -> new Problem.FieldProblem(error.field(), error.message()))
                    .toList();
            return Problems.invalid(ProblemTypes.INVALID_INPUT, "Invalid input", errors);
        }
        if (exception instanceof AuthenticationException) {
            return Problems.of(ProblemTypes.UNAUTHENTICATED, "Not signed in", HttpStatus.UNAUTHORIZED,
                    exception.getMessage());
        }
        if (exception instanceof TooManyAttemptsException) {
            return Problems.of(ProblemTypes.TOO_MANY_REQUESTS, "Too many attempts", HttpStatus.TOO_MANY_REQUESTS,
                    exception.getMessage());
        }
        if (exception instanceof TemporarilyUnavailableException) {
            return Problems.of(ProblemTypes.UNAVAILABLE, "Temporarily unavailable", HttpStatus.SERVICE_UNAVAILABLE,
                    exception.getMessage());
        }
        if (exception instanceof NotFoundException) {
            return Problems.of(ProblemTypes.NOT_FOUND, "Not found", HttpStatus.NOT_FOUND, exception.getMessage());
        }
        if (exception instanceof AccessDeniedException) {
            return Problems.of(ProblemTypes.FORBIDDEN, "Forbidden", HttpStatus.FORBIDDEN, exception.getMessage());
        }
        if (exception instanceof IdempotencyKeyReusedException) {
            return Problems.of(ProblemTypes.IDEMPOTENCY_KEY_REUSED, "Idempotency key reused",
                    HttpStatus.UNPROCESSABLE_ENTITY, exception.getMessage());
        }
        if (exception instanceof NotAnImageException) {
            return Problems.ofStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE, exception.getMessage());
        }
        if (exception instanceof ImageTooLargeException) {
            return Problems.of(ProblemTypes.ABOUT_BLANK, "Content Too Large", HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                    exception.getMessage());
        }
        if (exception instanceof RequestAllowanceException) {
            return Problems.of(ProblemTypes.REQUEST_ALLOWANCE, "Meeting request allowance used up",
                    HttpStatus.UNPROCESSABLE_ENTITY, exception.getMessage());
        }
        if (exception instanceof MeetingRuleException) {
            return Problems.of(ProblemTypes.MEETING_RULE, "Kept apart by the event's rules",
                    HttpStatus.UNPROCESSABLE_ENTITY, exception.getMessage());
        }
        if (exception instanceof ConflictException) {
            return Problems.of(ProblemTypes.CONFLICT, "Conflict", HttpStatus.CONFLICT, exception.getMessage());
        }
        return Problems.of(ProblemTypes.RULE_VIOLATED, "Refused by a business rule", HttpStatus.UNPROCESSABLE_ENTITY,
                exception.getMessage());
    }

    /** Whole seconds, rounded up, at least 1: a client that waits exactly this long is let in. */
    static long retryAfterSeconds(Duration wait) {
        long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
