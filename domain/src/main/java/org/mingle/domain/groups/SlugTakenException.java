package org.mingle.domain.groups;

import org.mingle.domain.shared.ConflictException;

/** Another group has the address already. */
public class SlugTakenException extends ConflictException {

    public SlugTakenException(String slug) {
        super("The address /g/" + slug + " is taken by another group; choose another slug.");
    }
}
