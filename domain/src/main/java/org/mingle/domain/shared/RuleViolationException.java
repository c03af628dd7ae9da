package org.mingle.domain.shared;

/** A well-formed, valid request that a business rule refuses (registration has closed, the event is cancelled). */
public class RuleViolationException extends DomainException {

    public RuleViolationException(String message) {
        super(message);
    }
}
