package org.mingle.domain.publicprofiles;

import org.mingle.domain.shared.NotFoundException;

/** No public page at this handle: nobody has it, or its owner keeps the page off (the two answer alike). */
public class PublicProfileNotFoundException extends NotFoundException {

    public PublicProfileNotFoundException() {
        super("No public profile has this handle.");
    }
}
