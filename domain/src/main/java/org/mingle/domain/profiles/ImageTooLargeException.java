package org.mingle.domain.profiles;

import org.mingle.domain.shared.DomainException;

/** An image over the limits of a photo: too many bytes, or too many pixels to decode safely. */
public class ImageTooLargeException extends DomainException {

    public ImageTooLargeException(String message) {
        super(message);
    }
}
