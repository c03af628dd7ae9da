package org.mingle.domain.shared;

/**
 * A refusal by the business rules. Its message is written for the person who made the request and is safe to show:
 * it never carries SQL, class names or stack traces.
 */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }
}
