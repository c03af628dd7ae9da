package org.mingle.domain.shared;

/** The request contradicts the object's current state (an illegal transition, a concurrent change, a duplicate). */
public class ConflictException extends DomainException {

    public ConflictException(String message) {
        super(message);
    }
}
