package org.mingle.domain.groups;

import org.mingle.domain.shared.NotFoundException;

/** No group has this id or slug, or it is a private group the caller does not belong to: both answer the same. */
public class GroupNotFoundException extends NotFoundException {

    public GroupNotFoundException(Object idOrSlug) {
        super("No group " + idOrSlug + " exists, or it is not visible to you.");
    }
}
