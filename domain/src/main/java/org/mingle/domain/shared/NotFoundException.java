package org.mingle.domain.shared;

/** The object does not exist, or the caller may not know that it exists: both answer the same. */
public abstract class NotFoundException extends DomainException {

    protected NotFoundException(String message) {
        super(message);
    }
}
