package org.mingle.domain.shared;

/** The caller may see the object but not do this to it. */
public class AccessDeniedException extends DomainException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
