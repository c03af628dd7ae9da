package org.mingle.api.problems;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.exceptions.HttpStatusException;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.DomainException;

/** Test-only routes that fail the ways no public route can fail yet. */
@Controller("/api/test-failures")
class FailingController {

    @Get("/unexpected")
    String unexpected() {
        throw new IllegalStateException("select secret from internal_table failed in org.mingle.Foo");
    }

    @Get("/unavailable")
    String unavailable() {
        throw new HttpStatusException(HttpStatus.SERVICE_UNAVAILABLE, "pool jdbc:postgresql://10.0.0.5 exhausted");
    }

    @Get("/forbidden")
    String forbidden() {
        throw new AccessDeniedException("Only the event's organizers can do this.");
    }

    @Get("/rule")
    String rule() {
        throw new DomainException("Registration for this event has closed.") {
        };
    }
}
