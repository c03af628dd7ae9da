package org.mingle.domain.profiles;

import org.mingle.domain.shared.DomainException;

/** An upload that is not a JPEG, PNG or WebP image that can be read: another kind of file, empty, damaged or cut short. */
public class NotAnImageException extends DomainException {

    public NotAnImageException(String message) {
        super(message);
    }
}
