package org.mingle.domain.profiles;

import org.mingle.domain.shared.NotFoundException;

/** No photo the viewer may see: the person has none, hides it from the viewer, or does not exist; all answer alike. */
public class PhotoNotFoundException extends NotFoundException {

    public PhotoNotFoundException() {
        super("This person has no photo you may see.");
    }
}
