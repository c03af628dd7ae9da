package org.mingle.domain.series;

import org.mingle.domain.shared.NotFoundException;

/** A series was asked for in a group that does not exist. */
public class GroupNotFoundException extends NotFoundException {

    public GroupNotFoundException(Object id) {
        super("No group with id " + id + " exists.");
    }
}
